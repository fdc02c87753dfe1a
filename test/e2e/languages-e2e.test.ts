/**
 * Issue 15: the task pane in the six UN languages, in the built preview in Chromium. In each: the pane is
 * in that language (lang, and dir="rtl" for Arabic), validating shows the findings, and axe reports no
 * serious or critical violation. Arabic and French leave screenshots (pane-ar.png, pane-fr.png).
 */
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import { label } from "../../src/labels/lookup";
import { LANGUAGES, type Language } from "../../src/labels/language";
import { chromiumAvailable } from "./support/browser";
import { previewBrowser, SCREENSHOTS } from "./support/preview-browser";

jest.setTimeout(240_000);

const run = chromiumAvailable() ? describe : describe.skip;

run("the task pane in each UN language", () => {
  const preview = previewBrowser();

  it.each(LANGUAGES.map((lang) => [lang]))(
    "%s: in its language and direction, no serious axe violation",
    async (lang: Language) => {
      const { context, page, errors } = await preview.openPreview(`?fault=1&lang=${lang}`);
      try {
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
