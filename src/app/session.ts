import type { Finding } from "../core/findings";
import type { IsoDate, WorkbookGrid } from "../core/grid";
import type { Register } from "../core/model";
import { mergeReportDetails, readReportDetails, type ReportDetails } from "../core/parse/report-sheet";
import { planRollover } from "../core/rollover";
import type { RolloverPlan } from "../core/rollover";
import { summarize } from "../core/summarize";
import type { Summary } from "../core/summary-types";
import { validate } from "../core/validate";
import type { Language } from "../labels/language";
import { layoutReportDocument } from "../layout/document";
import type { ReportDocument } from "../layout/document/model";
import { generatedSheets, type GeneratedKind } from "./pipeline";
import type { MarkWriter, RegisterPorts, Validated } from "./ports";
import type { RolloverResult } from "./rollover";
import { completed, loadRegister, reparse, unusableRegister, type LoadedRegister } from "./session-load";

/** What one action of the session is asked: the typed as-of date and the output's language. */
export interface SessionAction {
  readonly asOf: IsoDate;
  /** The language of what the action writes (sheets, document); the UI's is the session's own. */
  readonly outputLanguage: Language;
  /** Write even when the register has validation errors. */
  readonly force?: boolean;
  /** Called with 0..1 as the action advances. */
  readonly onProgress?: (fraction: number) => void;
  /**
   * A caller's own check of the validated register, before anything is refused or written (the CLI
   * stops a register none of whose rows can be counted, and notes a forced write); it may throw.
   */
  readonly vet?: (checked: Checked) => void;
}

export interface SessionOptions {
  /** The language of every message the session's errors carry (the pane's, the terminal's). */
  readonly uiLanguage: Language;
  /** The sheet the register is on, when the user named it (the CLI's --sheet); else the parser finds it. */
  readonly sheet?: string;
  /** Lets a UI repaint between the read and the work that follows; nothing by default. */
  readonly pause?: () => Promise<void>;
}

/** A register read and checked. */
export interface Checked {
  readonly grid: WorkbookGrid;
  readonly register: Register;
  readonly findings: readonly Finding[];
}

export type GenerateResult<W> =
  | { readonly kind: "refused"; readonly checked: Checked; readonly errors: readonly Finding[] }
  | { readonly kind: "written"; readonly checked: Checked; readonly summary: Summary; readonly written: W };

export type ReportResult =
  | { readonly kind: "refused"; readonly checked: Checked; readonly errors: readonly Finding[] }
  | { readonly kind: "built"; readonly checked: Checked; readonly document: ReportDocument };

/**
 * The one home of the pipeline, which the CLI and the task pane both call: read (a port) → parse →
 * validate → refuse on errors unless forced → summarize → layouts → write (a port). It keeps the UI's
 * language, the user's choice of sheet, and what the reader learnt of the workbook for the next action
 * (`M`); each action brings its as-of date and output language. It holds no Office.js and no file.
 *
 * @example
 * const session = new RegisterSession<null>({ uiLanguage: "zh" });
 * const result = await session.generate("annex", xlsxPorts(file, { output }), { asOf, outputLanguage: "en" });
 */
export class RegisterSession<M> {
  private memory: M | null = null;

  constructor(readonly options: SessionOptions) {}

  get uiLanguage(): Language {
    return this.options.uiLanguage;
  }

  /** Reads and validates, without marks or pending cells (findings on those may change once read). */
  async check(ports: RegisterPorts<M>, action: SessionAction): Promise<Checked> {
    const loaded = await this.load(ports, action);
    return { ...loaded, findings: validate(loaded.register, action.asOf) };
  }

  /** Reads, validates and summarizes, whatever the findings (a summary printed with a note of errors). */
  async summary(
    ports: RegisterPorts<M>,
    action: SessionAction,
  ): Promise<{ checked: Checked; summary: Summary }> {
    const checked = await this.check(ports, action);
    return { checked, summary: summarize(checked.register, action.asOf) };
  }

  /**
   * Validate and mark: the findings of the whole register, marked in it. Findings that depend on
   * cells still pending are marked once those are read, in the same request when the marks port can.
   */
  async validate(ports: RegisterPorts<M>, action: SessionAction): Promise<Checked> {
    const marks = ports.marks;
    if (!marks) return this.check(ports, action);
    // A register that no longer reads must not keep marks pointing at it.
    const loaded = await this.load(ports, action, { forMarks: true, onUnusable: () => marks.clear() });
    await this.options.pause?.();
    const { pending } = loaded;
    if (pending && marks.writeAndRead) {
      // The marks sure to hold go with the pending cells' read; the others once those are known.
      const sure = validate(loaded.register, action.asOf).filter((finding) => !pending.mayChange(finding));
      const grid = await marks.writeAndRead({ ...loaded, findings: sure, asOf: action.asOf }, pending);
      action.onProgress?.(0.9);
      const register = reparse(grid, this.options.sheet, this.uiLanguage);
      return this.marked(
        marks,
        { grid, register, findings: validate(register, action.asOf), asOf: action.asOf },
        action,
      );
    }
    const whole = await completed(loaded, this.options.sheet, this.uiLanguage);
    return this.marked(
      marks,
      { ...whole, findings: validate(whole.register, action.asOf), asOf: action.asOf },
      action,
    );
  }

  /**
   * Generate sheets (the summary sheet, or Annexes I-III): refused when the register has errors, unless
   * forced; else the layouts go to the sheets port.
   */
  async generate<W>(
    kind: GeneratedKind,
    ports: RegisterPorts<M, W>,
    action: SessionAction,
  ): Promise<GenerateResult<W>> {
    const sheets = ports.sheets;
    if (!sheets) throw new Error("Generating sheets needs a sheets port.");
    let loaded = await this.load(ports, action);
    let findings = validate(loaded.register, action.asOf);
    const hasErrors = findings.some((finding) => finding.severity === "error");
    // Pending cells matter when the sheets show them (the annexes show links) or a refusal may hang on them.
    if (loaded.pending && (kind === "annex" || (!action.force && hasErrors))) {
      loaded = await this.complete(loaded, action);
      findings = validate(loaded.register, action.asOf);
    }
    const checked: Checked = { ...loaded, findings };
    const errors = this.vetted(checked, action);
    if (errors) return { kind: "refused", checked, errors };
    await this.options.pause?.();
    const summary = summarize(loaded.register, action.asOf);
    const layouts = generatedSheets(kind, loaded.register, summary, action.outputLanguage);
    action.onProgress?.(0.5);
    const written = await sheets.write(layouts, (done, total) =>
      action.onProgress?.(0.5 + (0.5 * done) / total),
    );
    return { kind: "written", checked, summary, written };
  }

  /**
   * The progress report as a document layout, from the register with its pending cells read; refused
   * when the register has errors, unless forced. `details` overrides the workbook's Report sheet.
   */
  async report(
    ports: RegisterPorts<M>,
    action: SessionAction,
    details: ReportDetails = {},
  ): Promise<ReportResult> {
    const loaded = await this.complete(await this.load(ports, action), action);
    const checked: Checked = { ...loaded, findings: validate(loaded.register, action.asOf) };
    const errors = this.vetted(checked, action);
    if (errors) return { kind: "refused", checked, errors };
    await this.options.pause?.();
    const summary = summarize(loaded.register, action.asOf);
    action.onProgress?.(0.5);
    const merged = mergeReportDetails(readReportDetails(loaded.grid), details);
    const document = layoutReportDocument(loaded.register, summary, merged, action.outputLanguage);
    return { kind: "built", checked, document };
  }

  /**
   * "Start next reporting cycle": plans the roll-over in the core from the register with its pending
   * cells read (History would lose link addresses otherwise), and with `apply` writes the plan.
   */
  async rollover(
    ports: RegisterPorts<M>,
    action: SessionAction & { readonly confirmed?: boolean; readonly archiveClosed?: boolean },
    apply: ((plan: RolloverPlan) => Promise<void>) | null,
  ): Promise<RolloverResult> {
    const loaded = await this.complete(await this.load(ports, action), action);
    const planned = planRollover(loaded.register, loaded.grid, action.asOf, {
      confirmed: action.confirmed ?? false,
      archiveClosed: action.archiveClosed ?? false,
    });
    if (!planned.ok) return { plan: null, refusal: planned.refusal };
    if (apply) {
      await this.options.pause?.();
      await apply(planned.plan);
    }
    return { plan: planned.plan, refusal: null };
  }

  /**
   * Reads and parses; an unusable workbook throws its reason in the UI's language (after `onUnusable`).
   * Progress rises with each round trip, to 0.4 (0.6 when marks follow, as validation has less after it).
   */
  private async load(
    ports: RegisterPorts<M>,
    action: SessionAction,
    { forMarks = false, onUnusable }: { forMarks?: boolean; onUnusable?: () => Promise<void> } = {},
  ): Promise<LoadedRegister> {
    let trips = 0;
    const [step, most] = forMarks ? [0.2, 0.6] : [0.15, 0.4];
    const outcome = await loadRegister(ports.reader, {
      memory: this.memory,
      forMarks,
      ...(this.options.sheet === undefined ? {} : { sheet: this.options.sheet }),
      onRoundTrip: () => action.onProgress?.(Math.min(most, step * ++trips)),
    });
    if (!outcome.ok) {
      await onUnusable?.();
      throw unusableRegister(outcome.problem, this.uiLanguage);
    }
    this.memory = outcome.memory;
    return outcome.loaded;
  }

  private async complete(loaded: LoadedRegister, action: SessionAction): Promise<LoadedRegister> {
    if (!loaded.pending) return loaded;
    const whole = await completed(loaded, this.options.sheet, this.uiLanguage);
    action.onProgress?.(0.4);
    return whole;
  }

  /** The caller's check, then the errors that refuse the action (null when it goes ahead). */
  private vetted(checked: Checked, action: SessionAction): readonly Finding[] | null {
    action.vet?.(checked);
    const errors = checked.findings.filter((finding) => finding.severity === "error");
    return errors.length > 0 && !action.force ? errors : null;
  }

  private async marked(marks: MarkWriter, validated: Validated, action: SessionAction): Promise<Checked> {
    await marks.write(validated);
    await marks.settled?.(validated);
    action.onProgress?.(1);
    return { grid: validated.grid, register: validated.register, findings: validated.findings };
  }
}
