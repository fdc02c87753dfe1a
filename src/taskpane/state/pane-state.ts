import type { GenerationOutcome, Finding, IsoDate } from "../../app/register-api";
import type { Language } from "../../labels/language";

/** The pane's long-running actions; one runs at a time. */
export type PaneAction = "validate" | "summary" | "annex" | "clearMarks";

export type Grouping = "rule" | "row";

/** What the findings list shows: a validation run, or the errors that made a generation refuse. */
export interface FindingsView {
  readonly source: "validation" | "refusal";
  readonly sheet: string;
  /** Data rows read; null when the adapter did not say (a refusal). */
  readonly rows: number | null;
  readonly findings: readonly Finding[];
}

export interface GenerationView {
  readonly action: "summary" | "annex";
  readonly outcome: GenerationOutcome;
}

export interface PaneError {
  /** `RegisterApiError.code`, or "unexpected". */
  readonly code: string;
  readonly message: string;
}

export interface PaneState {
  readonly asOf: string;
  readonly annexLanguage: Language;
  readonly grouping: Grouping;
  /** The running action and its progress (0..1, or null while the adapter has not reported any). */
  readonly busy: { readonly action: PaneAction; readonly progress: number | null } | null;
  readonly findings: FindingsView | null;
  readonly generation: GenerationView | null;
  readonly marksCleared: boolean;
  readonly error: PaneError | null;
}

export type PaneEvent =
  | { readonly type: "asOfChanged"; readonly asOf: string }
  | { readonly type: "annexLanguageChanged"; readonly language: Language }
  | { readonly type: "groupingChanged"; readonly grouping: Grouping }
  | { readonly type: "started"; readonly action: PaneAction }
  | { readonly type: "progressed"; readonly fraction: number }
  | { readonly type: "validated"; readonly view: FindingsView }
  /** An edit was checked as you type: the findings change, whatever else the pane shows. */
  | { readonly type: "liveChecked"; readonly view: FindingsView }
  | { readonly type: "generated"; readonly action: "summary" | "annex"; readonly outcome: GenerationOutcome }
  | { readonly type: "marksCleared" }
  | { readonly type: "failed"; readonly error: PaneError };

export function initialPaneState(asOf: IsoDate, annexLanguage: Language): PaneState {
  return {
    asOf,
    annexLanguage,
    grouping: "rule",
    busy: null,
    findings: null,
    generation: null,
    marksCleared: false,
    error: null,
  };
}

/** The pane's state transitions, kept pure so that each can be tested without a browser. */
export function paneReducer(state: PaneState, event: PaneEvent): PaneState {
  switch (event.type) {
    case "asOfChanged":
      return { ...state, asOf: event.asOf };
    case "annexLanguageChanged":
      return { ...state, annexLanguage: event.language };
    case "groupingChanged":
      return { ...state, grouping: event.grouping };
    case "started":
      return { ...state, busy: { action: event.action, progress: null }, error: null, marksCleared: false };
    case "progressed": {
      if (!state.busy) return state;
      const fraction = Math.min(1, Math.max(0, event.fraction));
      // Progress never runs backwards on screen, and tiny steps are not worth a render.
      const previous = state.busy.progress ?? -1;
      if (fraction < previous + 0.01 && fraction < 1) return state;
      return { ...state, busy: { ...state.busy, progress: fraction } };
    }
    case "validated":
      return { ...state, busy: null, findings: event.view, generation: null };
    case "liveChecked":
      return { ...state, findings: event.view, marksCleared: false };
    case "generated": {
      const refused = event.outcome.refusedFindings;
      // After "Generate anyway" the errors are no longer "to fix before generating": they stay listed as findings.
      const findings: FindingsView | null =
        refused !== null
          ? { source: "refusal", sheet: refused[0]?.sheet ?? "", rows: null, findings: refused }
          : state.findings?.source === "refusal"
            ? { ...state.findings, source: "validation" }
            : state.findings;
      return { ...state, busy: null, generation: { action: event.action, outcome: event.outcome }, findings };
    }
    case "marksCleared":
      // The findings and "Sheets created" describe marks and a run that are gone: leaving them under
      // "Marks cleared" would say the opposite of the message.
      return { ...state, busy: null, marksCleared: true, findings: null, generation: null };
    case "failed":
      return { ...state, busy: null, error: event.error };
  }
}
