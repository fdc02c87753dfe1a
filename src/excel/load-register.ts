import { RegisterApiError } from "../app/register-api";
import type { WorkbookGrid } from "../core/grid";
import { parseWorkbook, type ParseOutcome } from "../core/parse";
import { formatLabel } from "../labels/labels";
import type { Language } from "../labels/language";
import type { XlRequestContext } from "./excel-api";
import { findUncertainLinks, queueHyperlinkRead, type UncertainLinks } from "./read-links";
import { readWorkbook, type FocusSheet, type ReadWorkbookOptions, type WorkbookRead } from "./read-workbook";

export interface LoadedWorkbook<E> {
  readonly read: WorkbookRead<E, LinkPrefetch>;
  readonly outcome: ParseOutcome;
  /** Link-column cells whose hyperlinks are still unknown (see read-links.ts); null when none are. */
  readonly links: UncertainLinks | null;
}

/** Hyperlinks read in advance from the focus sheet, with the second round trip. */
export interface LinkPrefetch {
  covers(links: UncertainLinks): boolean;
  apply(grid: WorkbookGrid): WorkbookGrid;
}

/**
 * Reads the workbook and parses the register. When the register is on the sheet read first (the one an
 * earlier action found, or the active sheet), the hyperlinks its link cells may hold are read with the
 * second round trip, so they cost none of their own.
 */
export async function loadRegister<E>(
  context: XlRequestContext,
  options: Omit<ReadWorkbookOptions<E, LinkPrefetch>, "withFocus">,
): Promise<LoadedWorkbook<E>> {
  const read = await readWorkbook<E, LinkPrefetch>(context, { ...options, withFocus: prefetchLinks });
  const outcome = parseWorkbook(read.grid);
  if (!outcome.ok) return { read, outcome, links: null };
  const links = findUncertainLinks(outcome.register, read.grid);
  if (!links || !read.focus?.covers(links)) return { read, outcome, links };
  const grid = read.focus.apply(read.grid);
  return { read: { ...read, grid }, outcome: parseWorkbook(grid), links: null };
}

function prefetchLinks(focus: FocusSheet): LinkPrefetch | null {
  const grid = { sheets: [focus.sheet] };
  const parsed = parseWorkbook(grid);
  if (!parsed.ok) return null;
  const links = findUncertainLinks(parsed.register, grid);
  if (!links) return null;
  const apply = queueHyperlinkRead(focus.proxy, links);
  return {
    covers: (wanted) => wanted.sheet === links.sheet && [...wanted.keys].every((key) => links.keys.has(key)),
    apply,
  };
}

/** The parser's one-line reason, as the task pane shows it. */
export function unusableRegister(
  problem: { code: string; message: string },
  language: Language,
): RegisterApiError {
  return new RegisterApiError(
    problem.code,
    formatLabel("ui.error.noRegister", language, { message: problem.message }),
  );
}
