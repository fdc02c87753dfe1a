/**
 * End to end: the built preview (dist-preview/preview.html, from `webpack --env preview`) in Chromium.
 * The task pane, the Office.js adapter and the core are the production code; Excel is the in-memory one.
 * Each step leaves a screenshot.
 */
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import type { Page } from "playwright-core";
import { PLANTED_FAULT_CELL, PLANTED_FAULT } from "../../dev/preview/sample-fault";
import { isLanguage } from "../../src/labels/language";
import { FINDINGS_PAGE } from "../../src/taskpane/findings/FindingGroupSection";
import { cellAddress } from "../../dev/preview/workbook/addresses";
import { chromiumAvailable } from "./support/browser";
import { expectedLayouts, textCells } from "./support/expected-layouts";
import { previewBrowser, SCREENSHOTS, VIEWPORT } from "./support/preview-browser";

jest.setTimeout(240_000);

const run = chromiumAvailable() ? describe : describe.skip;

interface Watched {
  page: Page;
  requests: string[];
  errors: string[];
}

run("the preview in Chromium", () => {
  const preview = previewBrowser();

  afterEach(async () => {
    for (const context of preview.browser.contexts()) await context.close();
  });

  /** Names the step that failed, so a timeout says what it waited for. */
  async function step<T>(name: string, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      throw new Error(`Step "${name}" failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Opens the preview, recording every request and every error or CSP violation the page reports. */
  async function open(
    query: string,
    validateName = "Validate register",
  ): Promise<Watched & { interactiveMs: number; wallMs: number; breakdown: string }> {
    const context = await preview.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(`console: ${message.text()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const started = Date.now();
    await page.goto(`${preview.origin}/preview.html${query}`);
    await page.getByRole("button", { name: validateName, exact: true }).waitFor();
    await page.waitForFunction(() => document.body.dataset.paneReady === "true");
    const wallMs = Date.now() - started;
    const marks = await page.evaluate(() =>
      ["jiu:script-start", "jiu:workbook-loaded", "jiu:pane-interactive"].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      ),
    );
    const [scriptStart = NaN, workbookLoaded = NaN, interactiveMs = NaN] = marks;
    const breakdown =
      `script running at ${scriptStart.toFixed(0)} ms, sample workbook loaded at ${workbookLoaded.toFixed(0)} ms, ` +
      `pane interactive at ${interactiveMs.toFixed(0)} ms`;
    return { page, requests, errors, interactiveMs, wallMs, breakdown };
  }

  const validateButton = (page: Page) => page.getByRole("button", { name: "Validate register", exact: true });

  async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
    const results = await new AxeBuilder({ page }).include('[data-testid="task-pane"]').analyze();
    return results.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes[0]?.target}`,
      );
  }

  /** The text of every rendered cell of the sheet on screen, by address. */
  async function renderedCells(page: Page, sheet: string): Promise<Map<string, string>> {
    const entries = await page.evaluate((name) => {
      const table = [...document.querySelectorAll("table[data-sheet]")].find(
        (candidate) => candidate.getAttribute("data-sheet") === name,
      );
      if (!table) return null;
      return [...table.querySelectorAll("td[data-cell]")].map(
        (cell) => [cell.getAttribute("data-cell") ?? "", cell.textContent ?? ""] as [string, string],
      );
    }, sheet);
    if (!entries) throw new Error(`Sheet "${sheet}" is not on screen`);
    return new Map(entries);
  }

  async function showSheet(page: Page, sheet: string): Promise<void> {
    await page.getByRole("tab", { name: sheet, exact: true }).click();
    await page.locator(`table[data-sheet="${sheet}"]`).waitFor();
  }

  function expectNoForeignRequests(watched: Watched): void {
    const foreign = watched.requests.filter(
      (url) => !url.startsWith(preview.origin) && !url.startsWith("data:") && !url.startsWith("blob:"),
    );
    expect(foreign).toEqual([]);
  }

  it("opens to an interactive pane quickly, with no accessibility problem, no error and no foreign request", async () => {
    const cold = await open("?fault=1");
    // A second load in the same browser: what a user sees once the browser process is up.
    const warm = await open("?fault=1");
    console.log(
      `Time to interactive pane (target < 1000 ms): cold ${cold.interactiveMs.toFixed(0)} ms, ` +
        `warm ${warm.interactiveMs.toFixed(0)} ms after navigation start ` +
        `(${cold.wallMs} / ${warm.wallMs} ms from goto to an enabled "Validate register"). Warm: ${warm.breakdown}.`,
    );
    expect(Number.isFinite(cold.interactiveMs) && Number.isFinite(warm.interactiveMs)).toBe(true);
    expect(await seriousAccessibilityViolations(cold.page)).toEqual([]);
    for (const watched of [cold, warm]) {
      expect(watched.errors).toEqual([]);
      expectNoForeignRequests(watched);
    }
  });

  it("lists the planted fault, and selecting it selects its cell in the workbook", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    await validateButton(page).click();
    const fault = page.locator(
      `button[data-rule="E05-acceptance"][data-row="${PLANTED_FAULT_CELL.row}"][data-column="${PLANTED_FAULT_CELL.columnNumber}"]`,
    );
    await step("the fault is listed", fault.waitFor());
    await expect(fault.textContent()).resolves.toContain(PLANTED_FAULT.value);
    await expect(page.getByTestId("error-count").textContent()).resolves.toMatch(/\d+ errors?/);

    const address = cellAddress(PLANTED_FAULT_CELL.row - 1, PLANTED_FAULT_CELL.columnNumber - 1);
    const markedCell = page.locator(
      `table[data-sheet="${PLANTED_FAULT.sheet}"] td[data-cell="${address}"][data-marked="true"]`,
    );
    await step("the fault's cell is marked in the grid", markedCell.waitFor());

    await fault.click();
    await step(
      "selecting the finding selects its cell",
      page.locator(`td[data-cell="${address}"][data-selected="true"]`).waitFor(),
    );
    await expect(page.getByTestId("name-box").textContent()).resolves.toBe(address);
    await expect(page.getByTestId("cell-text").textContent()).resolves.toBe(PLANTED_FAULT.value);

    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-findings.png") });
    await page.getByTestId("task-pane").screenshot({ path: path.join(SCREENSHOTS, "pane-findings.png") });

    await page.getByRole("radio", { name: "Group by row" }).check();
    await step(
      "grouping by row shows the fault's row",
      page
        .locator(`button[aria-expanded]`, { hasText: `Row ${PLANTED_FAULT_CELL.row}` })
        .first()
        .waitFor(),
    );

    await page.getByRole("button", { name: "Clear marks", exact: true }).click();
    await step("the pane says the marks are gone", page.getByText("Marks cleared.").waitFor());
    await step("the grid shows no mark", markedCell.waitFor({ state: "detached" }));
    expect(watched.errors).toEqual([]);
    expectNoForeignRequests(watched);
  });

  it("shows a progress bar that moves forward while the adapter works", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    // Record every value the bar shows, from inside the page, while the work runs.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector('[role="progressbar"]');
        const value = bar?.getAttribute("aria-valuenow");
        if (value && seen[seen.length - 1] !== value) seen.push(value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await validateButton(page).click();
    await page.getByTestId("error-count").waitFor();
    const seen = await page.evaluate(() =>
      (window as unknown as { progressSeen: string[] }).progressSeen.map(Number),
    );
    console.log(`Progress values shown while validating: ${seen.join(", ")}`);
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it("stays responsive on a 20,000-row register: progress moves, the list is capped with Show more", async () => {
    const watched = await open("?rows=20000");
    const { page } = watched;
    await page.evaluate(() => {
      const probe = { longest: 0, progress: [] as string[], countsAt: 0 };
      (window as unknown as { probe: typeof probe }).probe = probe;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!probe.countsAt) probe.longest = Math.max(probe.longest, entry.duration);
      }).observe({ type: "longtask" });
      new MutationObserver(() => {
        const value = document.querySelector('[role="progressbar"]')?.getAttribute("aria-valuenow");
        if (value && probe.progress[probe.progress.length - 1] !== value) probe.progress.push(value);
        if (!probe.countsAt && document.querySelector('[data-testid$="-count"]'))
          probe.countsAt = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const started = await page.evaluate(() => performance.now());
    await validateButton(page).click();
    await page.locator('[data-testid$="-count"]').first().waitFor({ timeout: 120_000 });
    const probe = await page.evaluate(
      () => (window as unknown as { probe: { longest: number; progress: string[]; countsAt: number } }).probe,
    );
    console.log(
      `20,000 rows: findings shown ${Math.round(probe.countsAt - started)} ms after the click; ` +
        `longest main-thread task meanwhile ${Math.round(probe.longest)} ms; progress ${probe.progress.join(", ")}`,
    );
    expect(probe.progress.length).toBeGreaterThanOrEqual(2);
    const shown = await page.locator("button[data-rule]").count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(FINDINGS_PAGE);
    await page
      .getByTestId("task-pane")
      .screenshot({ path: path.join(SCREENSHOTS, "pane-large-register.png") });
    await page
      .getByRole("button", { name: /^Show [\d,]+ more$/ })
      .first()
      .click();
    await page.locator("button[data-rule]").nth(shown).waitFor();
    // Focus lands on the first finding that appeared, so a keyboard user reads on from there.
    await page.waitForFunction(
      (index) => document.activeElement === document.querySelectorAll("button[data-rule]")[index],
      shown,
    );
    expect(watched.errors).toEqual([]);
  });

  it("works with the keyboard alone: Tab to an action, Enter, Tab to a finding, Enter", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    /** Presses Tab until the focused element matches, so the test follows the real tab order. */
    async function tabTo(description: string, matches: () => boolean): Promise<void> {
      for (let presses = 0; presses < 40; presses++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(matches)) return;
      }
      throw new Error(`Tab never reached ${description}`);
    }
    // Start where Excel would: in the task pane (its title is not focusable; Tab goes on from there).
    await page.locator("#pane-title").click();
    await tabTo("Validate register", () => document.activeElement?.textContent === "Validate register");
    await page.keyboard.press("Enter");
    await page.getByTestId("error-count").waitFor();
    await tabTo("the first finding", () => document.activeElement?.hasAttribute("data-rule") ?? false);
    const focused = await page.evaluate(() => ({
      row: document.activeElement?.getAttribute("data-row"),
      column: document.activeElement?.getAttribute("data-column"),
      outline: getComputedStyle(document.activeElement as Element).outlineStyle,
    }));
    // The keyboard focus is visible (Fluent draws an outline when focus came from the keyboard).
    expect(focused.outline).not.toBe("none");
    await page.keyboard.press("Enter");
    const address = cellAddress(Number(focused.row) - 1, Number(focused.column) - 1);
    await page.locator(`td[data-cell="${address}"][data-selected="true"]`).waitFor();
    expect(watched.errors).toEqual([]);
  });

  it("refuses to generate over errors, then generates anyway: the sheets hold what the layout says", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    const expected = expectedLayouts(true, "en");

    await page.getByRole("button", { name: "Generate summary sheet", exact: true }).click();
    await page.getByText(/Nothing was generated/).waitFor();
    await page.getByRole("button", { name: "Generate anyway" }).click();
    await page.getByText(/Sheets created/).waitFor();
    await showSheet(page, expected.summary.name);
    const summaryCells = await renderedCells(page, expected.summary.name);
    for (const [address, text] of textCells(expected.summary))
      expect([address, summaryCells.get(address)]).toEqual([address, text]);
    await expect(page.locator("svg[data-chart]").count()).resolves.toBe(expected.summary.charts.length);
    // Scroll so the first figure's title, its table and its chart are on screen together.
    const figureRow = expected.summary.charts[0]?.source.row ?? 0;
    await page
      .locator(`td[data-cell="${cellAddress(Math.max(0, figureRow - 2), 0)}"]`)
      .evaluate((cell) => cell.scrollIntoView({ block: "start" }));
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-summary.png") });

    await page.getByRole("button", { name: "Generate annex", exact: true }).click();
    await page.getByText(/Nothing was generated/).waitFor();
    await page.getByRole("button", { name: "Generate anyway" }).click();
    await page.getByText(/Sheets created/).waitFor();
    for (const annex of expected.annexes) {
      await showSheet(page, annex.name);
      const cells = await renderedCells(page, annex.name);
      for (const [address, text] of textCells(annex))
        expect([address, cells.get(address)]).toEqual([address, text]);
    }
    const firstAnnex = expected.annexes[0];
    if (firstAnnex) await showSheet(page, firstAnnex.name);
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-annex.png") });

    expect(watched.errors).toEqual([]);
    expectNoForeignRequests(watched);
  });

  /** The sheet area's scroll offset, from the top. */
  const sheetScrollTop = (page: Page) => page.getByTestId("sheet-scroller").evaluate((el) => el.scrollTop);

  it("opens a newly generated sheet at its top, not at the previous sheet's scroll position", async () => {
    const watched = await open("");
    const { page } = watched;
    const expected = expectedLayouts(false, "en");
    await page.getByTestId("sheet-scroller").evaluate((el) => el.scrollTo({ top: 1500 }));
    expect(await sheetScrollTop(page)).toBeGreaterThan(1000);
    await page.getByRole("button", { name: "Generate summary sheet", exact: true }).click();
    await page.getByText(/Sheets created/).waitFor();
    await page.locator(`table[data-sheet="${expected.summary.name}"]`).waitFor();
    expect(await sheetScrollTop(page)).toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-new-sheet-top.png") });
    expect(watched.errors).toEqual([]);
  });

  it("Clear marks keeps the sheet in view and clears the old findings and the Sheets created bar", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    const expected = expectedLayouts(true, "en");
    await validateButton(page).click();
    await page.getByTestId("error-count").waitFor();
    await page.getByRole("button", { name: "Generate summary sheet", exact: true }).click();
    await page.getByRole("button", { name: "Generate anyway" }).click();
    await page.getByText(/Sheets created/).waitFor();
    await page.locator(`table[data-sheet="${expected.summary.name}"]`).waitFor();
    // The user goes back to the register (the summary stays the workbook's active sheet), then clears.
    await showSheet(page, PLANTED_FAULT.sheet);
    await page.getByRole("button", { name: "Clear marks", exact: true }).click();
    await page.getByText("Marks cleared.").waitFor();
    await page.locator("td[data-marked='true']").first().waitFor({ state: "detached" });
    // The redraw comes a frame after the pane's message: wait past it before looking.
    await page.waitForTimeout(200);
    await expect(page.locator(`table[data-sheet="${PLANTED_FAULT.sheet}"]`).count()).resolves.toBe(1);
    await expect(page.getByRole("tab", { selected: true }).textContent()).resolves.toBe(PLANTED_FAULT.sheet);
    await expect(page.getByText(/Sheets created/).count()).resolves.toBe(0);
    await expect(page.locator("button[data-rule]").count()).resolves.toBe(0);
    await expect(page.getByTestId("error-count").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, "preview-marks-cleared.png") });
    expect(watched.errors).toEqual([]);
  });

  it("grouped by rule, names the sheet of a finding on another sheet than the register", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    await validateButton(page).click();
    await page.getByTestId("error-count").waitFor();
    await expect(page.getByRole("radio", { name: "Group by rule" }).isChecked()).resolves.toBe(true);
    const plannedReview = page.locator('button[data-rule="W07-planned-review-code"]');
    if (!(await plannedReview.isVisible())) {
      await page.locator("button[aria-expanded]", { hasText: "W07" }).first().click();
    }
    await expect(plannedReview.textContent()).resolves.toContain("计划审查, row 4, column 代码");
    // A finding on the register itself keeps its short form.
    const fault = page.locator('button[data-rule="E05-acceptance"]').first();
    await expect(fault.textContent()).resolves.toContain(`Row ${PLANTED_FAULT_CELL.row}, column`);
    await plannedReview.scrollIntoViewIfNeeded();
    await page.getByTestId("task-pane").screenshot({ path: path.join(SCREENSHOTS, "pane-sheet-named.png") });
    expect(watched.errors).toEqual([]);
  });

  it("draws warnings in a colour well apart from the errors' red", async () => {
    const watched = await open("?fault=1");
    const { page } = watched;
    await validateButton(page).click();
    await page.getByTestId("error-count").waitFor();
    const hue = (selector: string) =>
      page
        .locator(selector)
        .first()
        .locator("svg")
        .first()
        .evaluate((svg) => {
          const [r = 0, g = 0, b = 0] = (getComputedStyle(svg).color.match(/\d+/g) ?? []).map(Number);
          const max = Math.max(r, g, b);
          const min = Math.min(r, g, b);
          if (max === min) return 0;
          const d = max - min;
          const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
          return (h * 60 + 360) % 360;
        });
    const errorHue = await hue('button[data-rule^="E"]');
    const warningHue = await hue('button[data-rule^="W"]');
    const apart = Math.min(Math.abs(errorHue - warningHue), 360 - Math.abs(errorHue - warningHue));
    console.log(`Icon hues: error ${errorHue.toFixed(0)}°, warning ${warningHue.toFixed(0)}°`);
    // Fluent's dark orange, the warning colour before, was 16° from the error red.
    expect(apart).toBeGreaterThanOrEqual(40);
  });

  it("documents its options in the banner, and shows the help link and version in the pane", async () => {
    const watched = await open("");
    const { page } = watched;
    const options = page.getByTestId("preview-options");
    for (const query of ["?fault=1", "?lang=zh", "?theme=dark", "?rows=20000"])
      await expect(options.getByRole("link", { name: query }).getAttribute("href")).resolves.toBe(
        `preview.html${query}`,
      );
    const help = page.getByRole("link", { name: "Help and reporting a problem" });
    await expect(help.getAttribute("href")).resolves.toBe("help.html");
    await expect(page.getByTestId("task-pane").textContent()).resolves.toMatch(/Version \d+\.\d+\.\d+/);
    const helpPage = await page.context().newPage();
    await helpPage.goto(`${preview.origin}/help.html`);
    await expect(helpPage.locator("#report-a-problem").textContent()).resolves.toBe("Reporting a problem");
    await helpPage.goto(`${preview.origin}/help-zh.html`);
    await expect(helpPage.locator("#report-a-problem").textContent()).resolves.toBe("报告问题");
    for (const [page, heading] of [
      ["help-ar.html", "الإبلاغ عن مشكلة"],
      ["help-fr.html", "Signaler un problème"],
      ["help-ru.html", "Сообщение о проблеме"],
      ["help-es.html", "Notificar un problema"],
    ] as const) {
      await helpPage.goto(`${preview.origin}/${page}`);
      await expect(helpPage.locator("#report-a-problem").textContent()).resolves.toBe(heading);
      // Each help page lists the six languages, each in its own name, in UN order.
      await expect(helpPage.locator("nav a, nav span").allTextContents()).resolves.toEqual([
        "العربية",
        "中文",
        "English",
        "Français",
        "Русский",
        "Español",
      ]);
    }
    expect(watched.errors).toEqual([]);
  });

  it("shows the ribbon command's result page as text, whatever the query holds", async () => {
    const context = await preview.browser.newContext({ viewport: { width: 420, height: 220 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(`${preview.origin}/command-result.html?lang=en&rows=24&errors=1&warnings=3`);
    await expect(page.locator("h1").textContent()).resolves.toBe("Register validated");
    await expect(page.locator("p").first().textContent()).resolves.toContain("1 error and 3 warnings");
    await page.screenshot({ path: path.join(SCREENSHOTS, "ribbon-validate-result.png") });

    const hostile = '<img src=x onerror="window.pwned=1">';
    await page.goto(
      `${preview.origin}/command-result.html?${new URLSearchParams({ lang: "en", error: hostile })}`,
    );
    await expect(page.locator("p").first().textContent()).resolves.toBe(hostile);
    await expect(
      page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).resolves.toBeUndefined();
    expect(requests.every((url) => url.startsWith(preview.origin))).toBe(true);
  });

  it("follows a dark Office theme and a Chinese display language", async () => {
    const dark = await open("?fault=1&theme=dark");
    await validateButton(dark.page).click();
    await dark.page.getByTestId("error-count").waitFor();
    expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);
    await dark.page.getByTestId("task-pane").screenshot({ path: path.join(SCREENSHOTS, "pane-dark.png") });
    expect(dark.errors).toEqual([]);

    const chinese = await open("?fault=1&lang=zh", "验证登记册");
    await chinese.page.getByRole("button", { name: "验证登记册", exact: true }).click();
    await chinese.page.getByTestId("error-count").waitFor();
    await chinese.page.getByTestId("task-pane").screenshot({ path: path.join(SCREENSHOTS, "pane-zh.png") });
    expect(chinese.errors).toEqual([]);
  });

  // Runs once Language takes Arabic, French, Russian and Spanish (the label table complete in all six).
  (isLanguage("ar") ? it : it.skip).each([
    ["ar", "التحقق من السجل", "rtl"],
    ["fr", "Vérifier le registre", "ltr"],
    ["ru", "Проверить реестр", "ltr"],
    ["es", "Validar el registro", "ltr"],
  ] as const)(
    "shows the pane in %s, in its direction, with no serious accessibility fault",
    async (lang, validate, dir) => {
      const watched = await open(`?fault=1&lang=${lang}`, validate);
      const { page } = watched;
      await page.getByRole("button", { name: validate, exact: true }).click();
      await page.getByTestId("error-count").waitFor();
      const pane = page.getByTestId("task-pane");
      await expect(pane.locator("main").evaluate((main) => getComputedStyle(main).direction)).resolves.toBe(
        dir,
      );
      await expect(pane.locator("footer a").getAttribute("href")).resolves.toBe(`help-${lang}.html`);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await pane.screenshot({ path: path.join(SCREENSHOTS, `pane-${lang}.png`) });
      expect(watched.errors).toEqual([]);
    },
  );
});
