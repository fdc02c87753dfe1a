/**
 * End to end, in the built preview: New register on an empty workbook, and Check as I type on the sample
 * (edits typed through the preview's `jiuTypeInto`, which fires the change events a person's typing does).
 * Each step leaves a screenshot of the pane.
 */
import path from "node:path";
import { PLANTED_FAULT_CELL } from "../../dev/preview/sample-fault";
import { cellAddress } from "../../dev/preview/workbook/addresses";
import { REGISTER_SHEET } from "../../samples/wipo-2023-data";
import { chromiumAvailable } from "./support/browser";
import { previewBrowser, SCREENSHOTS, type PreviewPage } from "./support/preview-browser";

jest.setTimeout(240_000);

const run = chromiumAvailable() ? describe : describe.skip;

run("New register and Check as I type in the preview", () => {
  const preview = previewBrowser();

  const open = (query: string): Promise<PreviewPage> => preview.openPreview(query);

  it("writes a new register on an empty workbook, and refuses a second one", async () => {
    const { page, errors } = await open("?empty=1");
    await page.getByRole("button", { name: "New register", exact: true }).click();
    await page.getByText("New register written on sheet 'Register'").waitFor();
    await page.locator('table[data-sheet="Register"]').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-new-register.png") });
    await page.getByTestId("task-pane").screenshot({ path: path.join(SCREENSHOTS, "pane-new-register.png") });
    await page.getByRole("button", { name: "Validate register", exact: true }).click();
    await page.getByText("No problems found in 0 recommendations", { exact: false }).waitFor();
    await page.getByRole("button", { name: "New register", exact: true }).click();
    await page.getByText("already holds a register, on sheet 'Register'").waitFor();
    expect(errors).toEqual([]);
  });

  it("checks an edit as it is typed, when the option is on", async () => {
    const { page, errors } = await open("?");
    const toggle = page.getByRole("switch", { name: "Check as I type" });
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.getByTestId("warning-count").waitFor();
    expect(await page.getByTestId("error-count").count()).toBe(0);
    const cell = cellAddress(PLANTED_FAULT_CELL.row - 1, PLANTED_FAULT_CELL.columnNumber - 1);
    type TypeInto = (sheet: string, address: string, values: string[][]) => Promise<void>;
    await page.evaluate(
      ([sheet, address]) =>
        (window as unknown as { jiuTypeInto: TypeInto }).jiuTypeInto(sheet, address, [["Acepted"]]),
      [REGISTER_SHEET, cell] as const,
    );
    await page.getByTestId("error-count").getByText("1 error").waitFor();
    await page
      .getByTestId("task-pane")
      .screenshot({ path: path.join(SCREENSHOTS, "pane-check-as-you-type.png") });
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-check-as-you-type.png") });
    expect(errors).toEqual([]);
  });
});
