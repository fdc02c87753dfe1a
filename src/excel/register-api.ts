import type { ActionOptions, GenerationOutcome, RegisterApi } from "../app/register-api";
import type { RolloverActionOptions } from "../app/rollover";
import type { GeneratedKind } from "../app/pipeline";
import { RegisterSession, type GenerateResult, type SessionAction } from "../app/session";
import type { Language } from "../labels/language";
import { toRegisterApiError } from "./errors";
import type { ExcelRunner, XlRequestContext } from "./excel-api";
import { excelPorts, type SheetsWritten } from "./excel-ports";
import { newRegisterInExcel } from "./new-register-action";
import { memorySettings, type DocumentSettings } from "./document-settings";
import { LiveChecker } from "./live-check";
import { applyRollover } from "./rollover-write";
import type { WorkbookMemory } from "./workbook-reader";

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

/**
 * The task pane's `RegisterApi` over an Excel runner: `officeRunner` in Excel, or an in-memory Excel's
 * `run` in tests, the benchmark and the preview. It holds one `RegisterSession` (src/app/session.ts) in the
 * pane's language; each action runs it over the ports of its own `Excel.run` (excel-ports.ts). Round trips, whatever the register's size where responses
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
  const uiLanguage: Language = options.language ?? "en";
  const live = new LiveChecker(run, options.settings ?? memorySettings());
  const limit = options.responseLimitBytes ?? null;
  const session = new RegisterSession<WorkbookMemory>({
    uiLanguage,
    pause: options.yieldToUi ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0))),
  });
  const guarded: Guarded = async (batch) => {
    try {
      return await run((context) => batch(excelPorts(context, { responseLimitBytes: limit, live }), context));
    } catch (error) {
      throw toRegisterApiError(error, uiLanguage);
    }
  };
  const generate = (kind: GeneratedKind) => (action: ActionOptions) =>
    guarded(async (ports) => generationOutcome(await session.generate(kind, ports, sessionAction(action))));

  return {
    validate: (action) => {
      // Edits are checked against this validation's register from its end on (or not, if it fails).
      live.forget();
      return guarded(async (ports) => {
        const { register, findings } = await session.validate(ports, sessionAction(action));
        return { sheet: register.sheet, rows: register.rows.length, findings };
      });
    },
    generateSummary: generate("summary"),
    generateAnnex: generate("annex"),
    ...documentActions(session, guarded),
    clearMarks: () => {
      // The marks of live checking go with the others: checking as you type resumes at the next validation.
      live.forget();
      return guarded((ports) => ports.marks.clear());
    },
    ...liveMethods(live),
    newRegister: (options) =>
      guarded((_, context) => newRegisterInExcel(context, options, limit, uiLanguage)),
    goTo: (finding) =>
      guarded(async (_, context) => {
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

type Guarded = <T>(
  batch: (ports: ReturnType<typeof excelPorts>, context: XlRequestContext) => Promise<T>,
) => Promise<T>;

/** The actions that read the register and make something of it outside the workbook, or roll it over. */
function documentActions(
  session: RegisterSession<WorkbookMemory>,
  guarded: Guarded,
): Pick<RegisterApi, "createReportDocument" | "previewRollover" | "rollover"> {
  return {
    createReportDocument: (action) =>
      guarded(async (ports) => {
        const result = await session.report(ports, sessionAction(action));
        if (result.kind === "refused") return { bytes: null, refusedFindings: result.errors };
        // The Word writer is loaded on first use: it is most of the weight of this action, and the pane's
        // first paint should not wait for it.
        const { reportDocxBytes } = await import(/* webpackChunkName: "docx-writer" */ "../docx/write-docx");
        const bytes = await reportDocxBytes(result.document);
        action.onProgress?.(1);
        return { bytes, refusedFindings: null };
      }),
    previewRollover: (action) => guarded((ports) => session.rollover(ports, rolloverAction(action), null)),
    rollover: (action) =>
      guarded((ports, context) =>
        session.rollover(ports, rolloverAction(action), (plan) =>
          applyRollover(context, plan, (done, total) => action.onProgress?.(0.5 + (0.5 * done) / total)),
        ),
      ),
  };
}

/** The pane's action as the session takes it: its `language` is the output's. */
function sessionAction(action: ActionOptions): SessionAction {
  return {
    asOf: action.asOf,
    outputLanguage: action.language,
    ...(action.force === undefined ? {} : { force: action.force }),
    ...(action.onProgress ? { onProgress: action.onProgress } : {}),
  };
}

function rolloverAction(action: RolloverActionOptions) {
  return {
    ...sessionAction(action),
    ...(action.confirmed === undefined ? {} : { confirmed: action.confirmed }),
    ...(action.archiveClosed === undefined ? {} : { archiveClosed: action.archiveClosed }),
  };
}

function generationOutcome(result: GenerateResult<SheetsWritten>): GenerationOutcome {
  return result.kind === "refused"
    ? { sheets: [], renamedFrom: [], refusedFindings: result.errors }
    : { ...result.written, refusedFindings: null };
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
