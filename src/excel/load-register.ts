import { RegisterApiError } from "../app/register-api";
import type { WorkbookGrid } from "../core/grid";
import type { ColumnId } from "../core/model";
import type { UnusableInput } from "../core/parse";
import { unusableInputMessage } from "../labels/unusable-message";
import { matchHeader, MAX_REGISTER_ROWS, parseWorkbook, type ParseOutcome } from "../core/parse";
import { columnLetters } from "./a1";
import type { XlClientResult, XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import {
  findUncertainLinks,
  LINK_COLUMNS,
  queueHyperlinkRead,
  withLinks,
  type UncertainLinks,
} from "./read-links";
import {
  readWorkbook,
  type FocusSheet,
  type CutSheet,
  type HeaderRows,
  LAST_ROW_READ,
  type ReadWorkbookOptions,
  type WorkbookRead,
  type WorkbookShape,
} from "./read-workbook";

/**
 * What the last action learnt about the workbook: its sheets and tables, the register's sheet, and the
 * register's link columns that showed text (whose hyperlinks had to be read). With it the next action
 * asks for everything, hyperlinks included, in its first round trip.
 */
export interface WorkbookMemory {
  readonly shape: WorkbookShape;
  /** 0-based worksheet columns of the register's link columns that held text other than addresses. */
  readonly linkColumns: readonly number[];
}

export interface LoadedWorkbook<E> {
  readonly read: WorkbookRead<E, LinkPrefetch>;
  readonly outcome: ParseOutcome;
  /** Link-column cells whose hyperlinks are still unknown (see read-links.ts); null when none are. */
  readonly links: UncertainLinks | null;
  /** For the next action; null when there is no register. */
  readonly memory: WorkbookMemory | null;
}

/** Hyperlinks read in advance from the register's sheet, with the cells. */
export interface LinkPrefetch {
  covers(links: UncertainLinks): boolean;
  apply(grid: WorkbookGrid): WorkbookGrid;
}

export type LoadOptions<E> = Omit<
  ReadWorkbookOptions<E, LinkPrefetch>,
  "withFocus" | "withShapedFocus" | "withHeaders" | "shape"
> & {
  readonly memory: WorkbookMemory | null;
};

/**
 * Reads the workbook and parses the register, reading the hyperlinks its link cells may hold along with
 * the cells when it can: with the second round trip when the register is the sheet read first, or is the
 * first sheet and its header row is within the top rows, or with the first round trip when an earlier
 * action remembered where the register and its link columns are.
 */
export async function loadRegister<E>(
  context: XlRequestContext,
  options: LoadOptions<E>,
): Promise<LoadedWorkbook<E>> {
  const { memory, ...rest } = options;
  const read = await readWorkbook<E, LinkPrefetch>(context, {
    ...rest,
    shape: memory?.shape ?? null,
    withFocus: prefetchFromCells,
    withHeaders: (headers, proxy, used) => {
      const columns = linkColumnsOf(headers);
      return columns.length > 0 ? prefetchColumns(headers.sheet, proxy, used, columns) : null;
    },
    withShapedFocus: (proxy, used) =>
      memory && memory.linkColumns.length > 0
        ? prefetchColumns(memory.shape.focus, proxy, used, memory.linkColumns)
        : null,
  });
  const outcome = refuseCut(parseWorkbook(read.grid), read.cut);
  if (!outcome.ok) return { read, outcome, links: null, memory: null };
  const links = findUncertainLinks(outcome.register, read.grid);
  const remember = (grid: WorkbookGrid): WorkbookMemory => ({
    shape: {
      focus: outcome.register.sheet,
      others: [read.shape.focus, ...read.shape.others].filter((name) => name !== outcome.register.sheet),
      tables: read.shape.tables,
    },
    linkColumns: (links?.columns ?? []).map(
      (column) => column.index + originColumn(grid, outcome.register.sheet),
    ),
  });
  if (!links || !read.focus?.covers(links)) return { read, outcome, links, memory: remember(read.grid) };
  const grid = read.focus.apply(read.grid);
  return { read: { ...read, grid }, outcome: parseWorkbook(grid), links: null, memory: remember(grid) };
}

/**
 * A register on a sheet whose cells go on far below the last row a register can reach was not read
 * whole: refuse it, saying where the sheet's used range ends and what to do (as the parser words its
 * too-many-rows refusal).
 */
function refuseCut(outcome: ParseOutcome, cut: readonly CutSheet[]): ParseOutcome {
  if (!outcome.ok) return outcome;
  const sheet = outcome.register.sheet;
  const found = cut.find((entry) => entry.sheet.toUpperCase() === sheet.toUpperCase());
  if (!found) return outcome;
  return {
    ok: false,
    problem: {
      code: "too-many-rows",
      reason: "used-range",
      sheet,
      headerRow: outcome.register.headerRow,
      limit: MAX_REGISTER_ROWS,
      lastRow: LAST_ROW_READ,
      lastCell: found.lastCell,
    },
  };
}

function originColumn(grid: WorkbookGrid, sheet: string): number {
  return (grid.sheets.find((candidate) => candidate.name === sheet)?.origin.column ?? 1) - 1;
}

/** The register was the sheet read first: read its uncertain links' hyperlinks with the other sheets. */
function prefetchFromCells(focus: FocusSheet): LinkPrefetch | null {
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

/**
 * The worksheet columns (0-based) of the link headers in the header rows' likeliest header row: the one
 * that names the most register columns.
 */
function linkColumnsOf(headers: HeaderRows): number[] {
  let best: (ColumnId | null)[] = [];
  let bestCount = 1;
  for (const row of headers.rows) {
    const ids = row.map((cell) => (typeof cell === "string" ? matchHeader(cell) : null));
    const count = ids.filter((id) => id !== null).length;
    if (count > bestCount) [best, bestCount] = [ids, count];
  }
  return best.flatMap((id, i) => (id !== null && LINK_COLUMNS.includes(id) ? [headers.column + i] : []));
}

/** The remembered link columns, whole (within the used range), read with the first round trip. */
function prefetchColumns(
  sheet: string,
  proxy: XlWorksheet,
  used: XlRange,
  columns: readonly number[],
): LinkPrefetch {
  const reads = columns.map((column): [number, XlClientResult<Excel.CellProperties[][]>] => [
    column,
    used.getIntersectionOrNullObject(`${columnLetters(column)}:${columnLetters(column)}`).getCellProperties({
      hyperlink: true,
    }),
  ]);
  return {
    covers: (wanted) =>
      wanted.sheet === sheet &&
      wanted.columns.every(({ index }) => columns.includes(index + wanted.grid.origin.column - 1)),
    apply: (grid) => {
      const found = new Map<string, string>();
      const top = used.rowIndex + 1;
      // withLinks keys a cell by its index in the grid's row, which starts at the sheet's origin column.
      const firstColumn = (grid.sheets.find((candidate) => candidate.name === sheet)?.origin.column ?? 1) - 1;
      for (const [column, result] of reads)
        result.value.forEach((row, i) => {
          const address = row[0]?.hyperlink?.address;
          if (address) found.set(`${top + i}:${column - firstColumn}`, address);
        });
      return withLinks(grid, sheet, found);
    },
  };
}

/**
 * The parser's one-line reason, as the task pane shows it: alone, since it already says what is wrong
 * ("No register found: ...", "The register on sheet ... names a column more than once") and what to do.
 */
export function unusableRegister(problem: UnusableInput): RegisterApiError {
  return new RegisterApiError(problem.code, unusableInputMessage(problem, "en"), problem);
}
