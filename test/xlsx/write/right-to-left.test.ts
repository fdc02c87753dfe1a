/**
 * Issue 15: an Arabic sheet written to .xlsx is right to left: the sheet view's rightToLeft flag (with
 * showGridLines kept as the page says), text aligned right; cells keep the "context" reading order, so that
 * English or Chinese user text keeps its own direction (its final full stop stays at its end).
 */
import { withDirection } from "../../../src/layout/direction";
import { addSheetsToXlsx } from "../../../src/xlsx/write";
import { anInputWorkbook, aSheetLayout } from "./fixtures";
import { partText, readWorkbook } from "./package-checks";
import type { Element } from "@xmldom/xmldom";
import { elements, NS, parseXml } from "./xml";

const NAME = "ملخص";

/** The generated sheet's <sheetView>, found through workbook.xml and its relationships. */
async function sheetView(xlsx: Uint8Array): Promise<Element | undefined> {
  const workbook = parseXml(await partText(xlsx, "xl/workbook.xml"));
  const sheet = elements(workbook, NS.main, "sheet").find((s) => s.getAttribute("name") === NAME);
  const id = sheet?.getAttributeNS(NS.relationships, "id");
  const rels = parseXml(await partText(xlsx, "xl/_rels/workbook.xml.rels"));
  const target = elements(rels, NS.packageRelationships, "Relationship")
    .find((r) => r.getAttribute("Id") === id)
    ?.getAttribute("Target");
  return elements(parseXml(await partText(xlsx, `xl/${target ?? ""}`)), NS.main, "sheetView")[0];
}

async function written(direction: "ltr" | "rtl") {
  const layout = withDirection(aSheetLayout({ name: NAME }), direction);
  const { xlsx } = await addSheetsToXlsx(await anInputWorkbook(), [layout]);
  const sheet = (await readWorkbook(xlsx)).getWorksheet(NAME);
  if (!sheet) throw new Error("no sheet");
  return { xlsx, sheet };
}

describe(".xlsx: a right-to-left sheet", () => {
  it("sets the sheet view's rightToLeft flag and keeps showGridLines", async () => {
    const view = await sheetView((await written("rtl")).xlsx);
    expect(view?.getAttribute("rightToLeft")).toBe("1");
    expect(view?.getAttribute("showGridLines")).toBe("0");
  });

  it("reads back right to left: text cells aligned right, a right-aligned number moved left", async () => {
    const { sheet } = await written("rtl");
    expect(sheet.views[0]).toMatchObject({ rightToLeft: true, showGridLines: false });
    expect(sheet.getCell("C4").alignment).toMatchObject({ horizontal: "right" });
    expect(sheet.getCell("A8").alignment).toMatchObject({ horizontal: "right" });
    expect(sheet.getCell("B8").alignment).toMatchObject({ horizontal: "left" });
    expect(sheet.getCell("C4").alignment?.readingOrder).toBeUndefined();
  });

  it("leaves a left-to-right sheet's view and cells as before", async () => {
    const { xlsx, sheet } = await written("ltr");
    expect((await sheetView(xlsx))?.hasAttribute("rightToLeft")).toBe(false);
    expect(sheet.getCell("C4").alignment?.horizontal).toBeUndefined();
  });
});
