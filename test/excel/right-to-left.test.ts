/**
 * Issue 15: an Arabic sheet written through the Office.js adapter, on the in-memory Excel. Office.js cannot
 * set a sheet's right-to-left view (Window.showRightToLeft is read-only, ExcelApiDesktop 1.1), so the writer
 * writes what the layout says: text aligned right, numbers' sides mirrored, the gridlines as the page says;
 * reading order stays Context (RangeFormat.readingOrder, ExcelApi 1.9), which reads Arabic right to left
 * and leaves English or Chinese user text in its own direction.
 */
import { layoutSteps } from "../../src/excel/layout-steps";
import { runSteps } from "../../src/excel/steps";
import { withDirection } from "../../src/layout/direction";
import type { SheetLayout } from "../../src/layout/model";
import { createMemoryExcel } from "../../dev/memory-excel";
import { aSheetLayout } from "../xlsx/write/fixtures";

async function writtenThroughOfficeJs(layout: SheetLayout) {
  const excel = createMemoryExcel({ sheets: [{ name: "Register", cells: [["x"]] }] });
  await excel.run(async (context) => {
    const sheet = context.workbook.worksheets.add(layout.name);
    await runSteps(
      context,
      layoutSteps(() => sheet, layout),
    );
  });
  const snapshot = excel.snapshot(layout.name);
  const at = (row: number, column: number) =>
    snapshot.cells.find((cell) => cell.row === row && cell.column === column)?.format ?? {};
  return { snapshot, at };
}

describe("Office.js writer: a right-to-left sheet", () => {
  it("aligns text right, moves right-aligned numbers left, keeps Context reading order and the gridlines off", async () => {
    const layout = withDirection(aSheetLayout({ name: "ملخص" }), "rtl");
    const { snapshot, at } = await writtenThroughOfficeJs(layout);
    expect(snapshot.showGridlines).toBe(false);
    layout.values.forEach((row, r) =>
      row.forEach((_value, c) =>
        expect({ at: [r, c], order: at(r, c).readingOrder }).toEqual({ at: [r, c], order: undefined }),
      ),
    );
    expect(at(3, 2).horizontal).toBe("Right");
    expect(at(7, 0).horizontal).toBe("Right");
    expect(at(7, 1).horizontal).toBe("Left");
  });

  it("leaves a left-to-right sheet's text alignment to Excel", async () => {
    const { at } = await writtenThroughOfficeJs(aSheetLayout({ name: "Summary" }));
    expect(at(3, 2).readingOrder).toBeUndefined();
    expect(at(3, 2).horizontal).toBeUndefined();
  });

  it("refuses a reading order Excel does not have, as Excel does", async () => {
    const excel = createMemoryExcel({ sheets: [{ name: "Register", cells: [["x"]] }] });
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Register").getRange("A1").format.readingOrder =
          "Backwards" as never;
        await context.sync();
      }),
    ).rejects.toThrow(/Reading order/);
  });
});
