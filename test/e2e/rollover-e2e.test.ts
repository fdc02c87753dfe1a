/**
 * End to end: "Start next reporting cycle" in the built preview (the production pane over the in-memory
 * Excel holding the sample). The confirmation says what will change; confirming adds the History sheet.
 * Screenshots of the dialog, in English and in Chinese.
 */
import path from "node:path";
import { chromiumAvailable } from "./support/browser";
import { previewBrowser, SCREENSHOTS } from "./support/preview-browser";

jest.setTimeout(240_000);

const run = chromiumAvailable() ? describe : describe.skip;

run("Start next reporting cycle in Chromium", () => {
  const preview = previewBrowser();

  it.each([
    ["en", "Start next reporting cycle", "Start next cycle", "Reporting history"],
    ["zh", "开始下一个报告周期", "开始下一个周期", "报告历史"],
  ])("asks with what will change, then rolls over (%s)", async (lang, action, confirm, _sheet) => {
    const { context, page, errors } = await preview.openPreview(`?lang=${lang}`);
    await page.getByLabel(lang === "zh" ? "截至日期" : "As of").fill("2023-02-28");
    await page.getByRole("button", { name: action, exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    const text = await dialog.innerText();
    // The sample's register is Chinese: its History sheet is 报告历史 whatever the pane's language.
    expect(text).toContain(
      lang === "zh"
        ? "将新建“报告历史”工作表，每项建议一行：24"
        : 'The sheet "报告历史" is created, with one row per recommendation: 24',
    );
    expect(text).toContain(lang === "zh" ? "：21" : "implementation: 21");
    await dialog.screenshot({ path: path.join(SCREENSHOTS, `pane-rollover-dialog-${lang}.png`) });
    await page.screenshot({ path: path.join(SCREENSHOTS, `preview-rollover-dialog-${lang}.png`) });
    await dialog.getByRole("button", { name: confirm, exact: true }).click();
    await page.getByText(lang === "zh" ? "已开始下一个报告周期" : "Next reporting cycle started").waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, `preview-rollover-done-${lang}.png`) });
    // Closed, the dialog gives the page back: nothing is left hidden from assistive technology. Fluent
    // (tabster) lifts the aria-hidden it set on the rest of the page a moment after the dialog leaves, so
    // this waits for it (5 s at most); a page left hidden still fails here.
    await page.getByRole("alertdialog").waitFor({ state: "detached" });
    await page.waitForFunction(
      () => document.querySelectorAll("[aria-hidden=true] [role=tab]").length === 0,
      null,
      {
        timeout: 5_000,
      },
    );
    await page.getByRole("tab", { name: "报告历史", exact: true }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("with the archive option, says how many rows move, and adds the Archive sheet", async () => {
    const { context, page, errors } = await preview.openPreview("?lang=en");
    await page.getByLabel("As of").fill("2023-02-28");
    await page.getByRole("checkbox", { name: /Move closed recommendations/ }).check();
    await page.getByRole("button", { name: "Start next reporting cycle", exact: true }).click();
    const dialog = page.getByRole("alertdialog");
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      'Closed recommendations copied to the sheet "存档", their rows in the register emptied (formats kept; delete the empty rows in Excel if you wish): 19',
    );
    await dialog.screenshot({ path: path.join(SCREENSHOTS, "pane-rollover-archive-dialog-en.png") });
    await dialog.getByRole("button", { name: "Start next cycle", exact: true }).click();
    await page.getByText("Next reporting cycle started").waitFor();
    await page.getByRole("tab", { name: "存档", exact: true }).click();
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-rollover-archive-en.png") });
    expect(errors).toEqual([]);
    await context.close();
  });
});
