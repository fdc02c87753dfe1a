/**
 * End to end: "Create report document" in the built preview (Chromium), where the pane may download a file:
 * the .docx is built from the in-memory workbook by the production adapter and arrives as a download.
 */
import { readFile } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { chromiumAvailable } from "./support/browser";
import { previewBrowser } from "./support/preview-browser";

jest.setTimeout(240_000);
const run = chromiumAvailable() ? describe : describe.skip;

run("Create report document in the preview", () => {
  const preview = previewBrowser();
  const folder = mkdtempSync(path.join(os.tmpdir(), "jiu-e2e-report-"));

  afterAll(async () => {
    rmSync(folder, { recursive: true, force: true });
  });

  it("downloads the report as a .docx with the draft decision and two native charts", async () => {
    const { context, page, errors } = await preview.openPreview("", { acceptDownloads: true });

    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("button", { name: "Create report document", exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("jiu-report-2023-02-28-en.docx");
    const file = path.join(folder, download.suggestedFilename());
    await download.saveAs(file);
    await page
      .getByText("The report document jiu-report-2023-02-28-en.docx was downloaded.", { exact: false })
      .waitFor();

    const zip = await JSZip.loadAsync(await readFile(file));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain("JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);");
    expect(zip.file(/^word\/charts\/chart\d+\.xml$/)).toHaveLength(2);
    expect(errors).toEqual([]);
    await context.close();
  });
});
