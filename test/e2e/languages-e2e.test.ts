/**
 * Issue 15: the task pane in the six UN languages, in the built preview in Chromium. In each: the pane is
 * in that language (lang, and dir="rtl" for Arabic), validating shows the findings, and axe reports no
 * serious or critical violation. Arabic and French leave screenshots (pane-ar.png, pane-fr.png).
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { label } from "../../src/labels/lookup";
import { LANGUAGES, type Language } from "../../src/labels/language";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumAvailable } from "./support/browser";
import { DIST, ensureProductionBuild, ROOT } from "./support/build-dist";
import { serveFolder } from "./support/static-server";

jest.setTimeout(240_000);

const SCREENSHOTS = path.resolve(ROOT, process.env.JIU_SCREENSHOTS_DIR ?? path.join("out", "screenshots"));
const run = chromiumAvailable() ? describe : describe.skip;

run("the task pane in each UN language", () => {
  let browser: Browser;
  let server: { origin: string; close: () => Promise<void> };

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(LANGUAGES.map((lang) => [lang]))(
    "%s: in its language and direction, no serious axe violation",
    async (lang: Language) => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 900 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      try {
        await page.goto(`${server.origin}/preview.html?fault=1&lang=${lang}`);
        const validate = page.getByRole("button", { name: label("ui.validate", lang), exact: true });
        await validate.waitFor();
        await page.waitForFunction(() => document.body.dataset.paneReady === "true");
        await validate.click();
        await page.getByTestId("error-count").waitFor();

        const pane = page.getByTestId("task-pane");
        // The pane's root (Fluent's provider) carries its language and direction; the preview's frame does not.
        const root = await pane.evaluate((element) => {
          const provider = element.firstElementChild;
          return (
            provider && {
              lang: provider.getAttribute("lang"),
              direction: getComputedStyle(provider).direction,
            }
          );
        });
        expect(root).toEqual({ lang, direction: lang === "ar" ? "rtl" : "ltr" });

        const results = await new AxeBuilder({ page }).include('[data-testid="task-pane"]').analyze();
        const serious = results.violations
          .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
          .map(
            (violation) =>
              `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes[0]?.target}`,
          );
        expect(serious).toEqual([]);
        expect(errors).toEqual([]);
        if (lang === "ar" || lang === "fr")
          await pane.screenshot({ path: path.join(SCREENSHOTS, `pane-${lang}.png`) });
      } finally {
        await context.close();
      }
    },
  );
});
