import type { Recommendation, Status } from "../core/model";
import { statusOf } from "../core/status";
import type { Language } from "../labels/language";
import { formatLabel, label, statusLabel } from "../labels/labels";

/** The note beside an annex block: what changed since the previous report. */
export type ChangeNote =
  | { readonly kind: "previously"; readonly status: Status }
  | { readonly kind: "unchangedUpdated" }
  | { readonly kind: "new" }
  | { readonly kind: "assessmentUpdated" };

/**
 * What changed since the previous report: the previous status when it differs from the current one;
 * "no change, assessment updated" when the status is the same and the assessment was rewritten; "new" when
 * the register has previous-status columns but they are blank on this row; nothing when nothing changed.
 * Without previous-status columns the change is unknown, so only an updated assessment is noted.
 *
 * @example changeNote({ ...rec, implementation: "implemented", previousImplementation: "inProgress" }) // { kind: "previously", status: "inProgress" }
 */
export function changeNote(rec: Recommendation): ChangeNote | null {
  if (rec.previousAcceptance === undefined && rec.previousImplementation === undefined) {
    return rec.assessmentUpdated ? { kind: "assessmentUpdated" } : null;
  }
  const previousImplementation = rec.previousImplementation ?? null;
  // A previous implementation alone implies the recommendation was accepted then (as status.ts reads it).
  const previousAcceptance = rec.previousAcceptance ?? (previousImplementation ? "accepted" : null);
  const previous = statusOf(previousAcceptance, previousImplementation);
  if (previous === null) return { kind: "new" };
  const current = statusOf(rec.acceptance, rec.implementation);
  if (current !== previous) return { kind: "previously", status: previous };
  return rec.assessmentUpdated ? { kind: "unchangedUpdated" } : null;
}

/**
 * The note's text.
 *
 * @example changeNoteText({ kind: "previously", status: "inProgress" }, "zh") // "之前为“正在落实”"
 */
export function changeNoteText(note: ChangeNote, lang: Language): string {
  switch (note.kind) {
    case "previously":
      return formatLabel("note.previously", lang, { status: statusLabel(note.status, lang) });
    case "unchangedUpdated":
      return label("note.unchangedUpdated", lang);
    case "new":
      return label("note.new", lang);
    case "assessmentUpdated":
      return label("note.assessmentUpdated", lang);
  }
}
