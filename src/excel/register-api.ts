import type { RegisterApi } from "../app/register-api";
import { summarize } from "../core/summarize";
import type { Language } from "../labels/language";
import { layoutAnnexes, layoutSummarySheet } from "../layout";
import { toRegisterApiError } from "./errors";
import type { ExcelRunner, XlRequestContext } from "./excel-api";
import { generateInExcel } from "./generate-action";
import { reportDocumentInExcel } from "./report-action";
import { clearMarkSteps, loadRules } from "./marks";
import { loadOutline } from "./outline";
import { runSteps } from "./steps";
import { validateInExcel, type ActionDeps } from "./validate-action";

export interface ExcelRegisterApiOptions {
  /**
   * The host's cap on one response, in bytes: 5,000,000 on Excel on the web, null on desktop Excel. With
   * null (the default) the register is read in one round trip, and if the host refuses the response as too
   * large, again in blocks; with a number it is read in blocks from the start when large.
   * `officeResponseLimitBytes()` gives the host's; the in-memory Excel's `limits.responseBytes` a test's.
   */
  readonly responseLimitBytes?: number | null;
  /** The language of error messages for clearMarks and goTo until an action names one. */
  readonly language?: Language;
  /** Lets the task pane repaint between steps; a zero-delay timeout by default. */
  readonly yieldToUi?: () => Promise<void>;
}

/**
 * The task pane's `RegisterApi` over an Excel runner: `officeRunner` in Excel, or an in-memory Excel's
 * `run` in tests, the benchmark and the preview. Round trips, whatever the register's size where responses
 * are not capped: validate with marks 3 (4 when reading hyperlinks changes the marks), summary 3, annexes
 * 2 + one per 4.8 MB written (+1 when link cells show text and the register is neither the active nor the
 * first sheet), clear marks 3, go to 1. Every failure becomes a
 * `RegisterApiError` with a message for the task pane.
 *
 * @example
 * const api = createExcelRegisterApi(officeRunner, { responseLimitBytes: officeResponseLimitBytes() });
 * const { findings } = await api.validate({ asOf: "2023-02-28" as IsoDate, language: "en" });
 */
export function createExcelRegisterApi(run: ExcelRunner, options: ExcelRegisterApiOptions = {}): RegisterApi {
  const deps: ActionDeps = {
    responseLimitBytes: options.responseLimitBytes ?? null,
    pause: options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
    memory: null,
  };
  let language: Language = options.language ?? "en";

  const guarded = async <T>(lang: Language, batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    language = lang;
    try {
      return await run(batch);
    } catch (error) {
      throw toRegisterApiError(error, lang);
    }
  };

  return {
    validate: (action) => guarded(action.language, (context) => validateInExcel(context, action, deps)),

    generateSummary: (action) =>
      guarded(action.language, (context) =>
        generateInExcel(
          context,
          action,
          {
            layoutsOf: (register) => [layoutSummarySheet(summarize(register, action.asOf), action.language)],
            usesLinks: false,
          },
          deps,
        ),
      ),

    generateAnnex: (action) =>
      guarded(action.language, (context) =>
        generateInExcel(
          context,
          action,
          {
            layoutsOf: (register) =>
              layoutAnnexes(register, summarize(register, action.asOf), action.language),
            usesLinks: true,
          },
          deps,
        ),
      ),

    createReportDocument: (action) =>
      guarded(action.language, (context) => reportDocumentInExcel(context, action, deps)),

    clearMarks: () =>
      guarded(language, async (context) => {
        const outline = await loadOutline(context);
        if (!outline.markers.some((marker) => marker.role.kind === "marks")) return;
        const rules = loadRules(
          context,
          outline.sheets.filter((sheet) => outline.roleOf(sheet.name) === null),
        );
        await context.sync();
        await runSteps(context, clearMarkSteps(context, outline, rules));
      }),

    goTo: (finding) =>
      guarded(language, async (context) => {
        const sheet = context.workbook.worksheets.getItem(finding.sheet);
        sheet.activate();
        const target =
          finding.columnNumber > 0
            ? sheet.getCell(finding.row - 1, finding.columnNumber - 1)
            : sheet.getRange(`${finding.row}:${finding.row}`);
        target.select();
        await context.sync();
      }),
  };
}
