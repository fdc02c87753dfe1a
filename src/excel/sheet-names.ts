import type { SheetKind } from "../layout/model";
import type { SheetOutline, WorkbookOutline } from "./outline";

export interface SheetNamePlan {
  readonly wanted: string;
  readonly used: string;
  /** The add-in's earlier sheet of that name, which the new one replaces; null for a new sheet. */
  readonly replaces: SheetOutline | null;
}

/**
 * Names the sheets to generate. A name is free when no sheet has it, when the sheet that has it is one
 * the add-in generated of the same kind (regenerating replaces it), or when that sheet is an unfinished
 * one (marked incomplete: the generation removes it first). A user's sheet is never taken: then
 * "Summary (2)", "Summary (3)"… is used, and reused on the next generation.
 *
 * @example planSheetNames(outline, [{ kind: "summary", name: "Summary" }]) // [{ wanted: "Summary", used: "Summary (2)", replaces: null }] when the user has a "Summary"
 */
export function planSheetNames(
  outline: WorkbookOutline,
  sheets: readonly { readonly kind: SheetKind; readonly name: string }[],
): SheetNamePlan[] {
  const chosen = new Set<string>();
  return sheets.map(({ kind, name }) => {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? name : withSuffix(name, n);
      if (chosen.has(candidate.toUpperCase())) continue;
      const existing = outline.sheet(candidate);
      const role = existing ? outline.roleOf(existing.name) : null;
      const ours = role?.kind === "generated" && role.layout === kind;
      if (existing && !ours && role?.kind !== "incomplete") continue;
      chosen.add(candidate.toUpperCase());
      return { wanted: name, used: candidate, replaces: ours ? (existing ?? null) : null };
    }
  });
}

/** "Summary (2)", shortening the name so that the whole stays within Excel's 31 characters. */
function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return `${[...name].slice(0, 31 - suffix.length).join("")}${suffix}`;
}

/** Names for sheets still being written: "JIU_Incomplete_1"… */
export function temporaryNames(outline: WorkbookOutline, count: number): string[] {
  const names: string[] = [];
  for (let n = 1; names.length < count; n++) {
    const name = `JIU_Incomplete_${n}`;
    if (!outline.sheet(name)) names.push(name);
  }
  return names;
}
