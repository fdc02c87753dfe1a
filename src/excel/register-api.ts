import type { ActionOptions, RegisterApi } from "../app/register-api";
import { summarize } from "../core/summarize";
import type { Language } from "../labels/language";
import { generatedSheets, type GeneratedKind } from "../app/pipeline";
import { toRegisterApiError } from "./errors";
import type { ExcelRunner, XlRequestContext } from "./excel-api";
import { generateInExcel } from "./generate-action";
import { newRegisterInExcel } from "./new-register-action";
import { memorySettings, type DocumentSettings } from "./document-settings";
import { LiveChecker } from "./live-check";
import { reportDocumentInExcel } from "./report-action";
import { rolloverInExcel } from "./rollover-action";
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
  /**
   * The task pane's language: that of every error message, whatever the action. An action's own `language`
   * is the output's (the generated sheets, the marks' notes), a separate setting.
   */
  readonly language?: Language;
  /** Lets the task pane repaint between steps; a zero-delay timeout by default. */
  readonly yieldToUi?: () => Promise<void>;
  /** Where "Check as I type" is kept: the document's settings in Office; a map by default. */
  readonly settings?: DocumentSettings;
}

/** What every action of one adapter shares: the host's response cap, the UI's pause, the workbook memory. */
function actionDeps(run: ExcelRunner, options: ExcelRegisterApiOptions): ActionDeps {
  return {
    responseLimitBytes: options.responseLimitBytes ?? null,
    pause: options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
    memory: null,
    live: new LiveChecker(run, options.settings ?? memorySettings()),
  };
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
  const deps = actionDeps(run, options);
  const live = deps.live as LiveChecker;
  const uiLanguage: Language = options.language ?? "en";

  const guarded = async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    try {
      return await run(batch);
    } catch (error) {
      throw toRegisterApiError(error, uiLanguage);
    }
  };
  const generate = (kind: GeneratedKind) => (action: ActionOptions) =>
    guarded((context) =>
      generateInExcel(
        context,
        action,
        {
          layoutsOf: (register) =>
            generatedSheets(kind, register, summarize(register, action.asOf), action.language),
          usesLinks: kind === "annex",
        },
        deps,
      ),
    );

  return {
    validate: (action) => guarded((context) => validateInExcel(context, action, deps)),
    generateSummary: generate("summary"),
    generateAnnex: generate("annex"),

    createReportDocument: (action) => guarded((context) => reportDocumentInExcel(context, action, deps)),

    previewRollover: (action) => guarded((context) => rolloverInExcel(context, action, deps, false)),
    rollover: (action) => guarded((context) => rolloverInExcel(context, action, deps, true)),

    clearMarks: () => {
      // The marks of live checking go with the others: checking as you type resumes at the next validation.
      live.forget();
      return guarded(clearMarksInExcel);
    },

    ...liveMethods(live),

    newRegister: (options) =>
      guarded((context) => newRegisterInExcel(context, options, deps.responseLimitBytes, uiLanguage)),

    goTo: (finding) =>
      guarded(async (context) => {
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

/** Clear marks: the add-in's rules and mask sheets, found in two round trips and removed in one. */
async function clearMarksInExcel(context: XlRequestContext): Promise<void> {
  const outline = await loadOutline(context);
  if (!outline.markers.some((marker) => marker.role.kind === "marks")) return;
  const rules = loadRules(
    context,
    outline.sheets.filter((sheet) => outline.roleOf(sheet.name) === null),
  );
  await context.sync();
  await runSteps(context, clearMarkSteps(context, outline, rules));
}

/** Check as I type, as the pane sees it. */
function liveMethods(
  live: LiveChecker,
): Pick<RegisterApi, "checkAsYouType" | "setCheckAsYouType" | "onLiveCheck"> {
  return {
    checkAsYouType: () => live.enabled,
    setCheckAsYouType: (on) => live.setEnabled(on),
    onLiveCheck: (listener) => live.subscribe(listener),
  };
}
