import type { Finding } from "../core/findings";
import type { IsoDate } from "../core/grid";
import type { UnusableInput } from "../core/parse/outcome";
import type { Language } from "../labels/language";
import type { RolloverApi } from "./rollover";
import type { TemplateLanguage } from "../layout/template/register-template";

// The task pane sees the pipeline through src/app alone: these core types are part of its contract.
export type { Finding, RuleId, Severity } from "../core/findings";
export type { IsoDate } from "../core/grid";
export type { RolloverActionOptions, RolloverPlan, RolloverRefusal, RolloverResult } from "./rollover";

/**
 * What the task pane can ask of the workbook. The Office.js adapter implements it against Excel
 * (or the in-memory Excel in tests and the preview); components receive it as a prop and never
 * touch `Excel` or `Office` themselves.
 */
export interface RegisterApi extends RolloverApi {
  validate(options: ActionOptions): Promise<ValidationOutcome>;
  generateSummary(options: ActionOptions): Promise<GenerationOutcome>;
  generateAnnex(options: ActionOptions): Promise<GenerationOutcome>;
  /** The progress report as a Word document (.docx), built from the register; the workbook is only read. */
  createReportDocument(options: ActionOptions): Promise<ReportDocumentOutcome>;
  clearMarks(): Promise<void>;
  /** Activate the finding's sheet and select its cell. */
  goTo(finding: Finding): Promise<void>;
  /**
   * Writes a new, empty register (and the optional sheets the workbook lacks) into a workbook that has
   * none; refuses, with code "register-exists" or "sheet-taken", rather than touch a sheet of the user's.
   */
  newRegister(options: NewRegisterOptions): Promise<NewRegisterOutcome>;
  /** Whether "Check as I type" is on in this document (kept in its settings; off by default). */
  checkAsYouType(): boolean;
  /** Turns it on or off and saves that in the document; it starts with the next validation. */
  setCheckAsYouType(on: boolean): Promise<void>;
  /** Called with each edit's new findings while it is on; returns the unsubscribe function. */
  onLiveCheck(listener: (event: LiveCheckEvent) => void): () => void;
  /**
   * Resolves when the implementation is loaded (see lazy-register-api.ts); absent when it always is.
   * What answers at once (checkAsYouType) may answer differently after it.
   */
  whenReady?(): Promise<void>;
}

/** What checking as you type reports after an edit of the register. */
export type LiveCheckEvent =
  | {
      readonly kind: "updated";
      readonly outcome: ValidationOutcome;
      /** The worksheet rows whose findings and marks were brought up to date. */
      readonly rows: readonly number[];
    }
  /** The edit changed the register's shape (its header, rows inserted or deleted): validate it whole. */
  | { readonly kind: "needsFullCheck" }
  | { readonly kind: "failed"; readonly message: string };

export interface NewRegisterOptions {
  /** The language of the headers, the dropdowns' words and the sheet names. */
  readonly language: TemplateLanguage;
}

export interface NewRegisterOutcome {
  /** The sheets written, the register's first. */
  readonly sheets: readonly string[];
}

export interface ActionOptions {
  readonly asOf: IsoDate;
  readonly language: Language;
  /** Generate even when the register has validation errors. */
  readonly force?: boolean;
  /** Called with 0..1 as long work advances. */
  readonly onProgress?: (fraction: number) => void;
}

export interface ValidationOutcome {
  readonly sheet: string;
  /** Data rows read. */
  readonly rows: number;
  readonly findings: readonly Finding[];
}

export interface GenerationOutcome {
  /** Names of the sheets written, in order. */
  readonly sheets: readonly string[];
  /** Set when a user's sheet already had the wanted name and another name was chosen. */
  readonly renamedFrom: readonly { readonly wanted: string; readonly used: string }[];
  /** When the register had errors and generation was refused. */
  readonly refusedFindings: readonly Finding[] | null;
}

export type ReportDocumentOutcome =
  | { readonly bytes: Uint8Array; readonly refusedFindings: null }
  /** The register had errors and the document was not built. */
  | { readonly bytes: null; readonly refusedFindings: readonly Finding[] };

/**
 * Failures the pane shows: a message a person can act on, never a stack trace. A workbook that is not a
 * usable register also carries the parser's `problem`, so that the pane renders it in its own language.
 */
export class RegisterApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problem?: UnusableInput,
  ) {
    super(message);
    this.name = "RegisterApiError";
  }
}
