import type { GridRead, GridReader, GridRequest, PendingCells } from "../app/ports";
import type { WorkbookGrid } from "../core/grid";
import type { ColumnId, Register } from "../core/model";
import { matchHeader, parseWorkbook } from "../core/parse";
import { columnLetters } from "./a1";
import type { XlClientResult, XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import { loadRules, type LoadedRules } from "./marks";
import {
  findUncertainLinks,
  isUncertainLinkFinding,
  LINK_COLUMNS,
  queueHyperlinkRead,
  readHyperlinks,
  withLinks,
  type UncertainLinks,
} from "./read-links";
import {
  readWorkbook,
  type FocusSheet,
  type HeaderRows,
  LAST_ROW_READ,
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

/** Hyperlinks read in advance from the register's sheet, with the cells. */
export interface LinkPrefetch {
  covers(links: UncertainLinks): boolean;
  apply(grid: WorkbookGrid): WorkbookGrid;
}

/** One read of the workbook, for the action's other ports: its outline, sheets and the marks' rules. */
export type ExcelRead = WorkbookRead<LoadedRules | null, LinkPrefetch>;

/**
 * The grid port over Office.js. Reads every sheet (see readWorkbook) in a fixed number of round trips,
 * and with them, when it can, the hyperlinks the register's link cells may hold: with the second round
 * trip when the register is the sheet read first, or is the first sheet and its header row is within the
 * top rows, or with the first round trip when the memory says where the register and its link columns
 * are. Asked for marks, it loads the add-in's conditional formats with the cells. `onRead` hands the
 * read to the action's other ports.
 */
export function excelGridReader(
  context: XlRequestContext,
  responseLimitBytes: number | null,
  onRead: (read: ExcelRead) => void,
): GridReader<WorkbookMemory> {
  return {
    read: async (request: GridRequest<WorkbookMemory>): Promise<GridRead<WorkbookMemory>> => {
      const { memory } = request;
      const read = await readWorkbook<LoadedRules | null, LinkPrefetch>(context, {
        responseLimitBytes,
        shape: memory?.shape ?? null,
        extras: request.forMarks ? loadRules : () => null,
        alongside: {
          fromFocus: prefetchFromCells,
          fromHeaders: (headers, proxy, used) => {
            const columns = linkColumnsOf(headers);
            return columns.length > 0 ? prefetchColumns(headers.sheet, proxy, used, columns) : null;
          },
          fromShape: (proxy, used) =>
            memory && memory.linkColumns.length > 0
              ? prefetchColumns(memory.shape.focus, proxy, used, memory.linkColumns)
              : null,
        },
        ...(request.onRoundTrip ? { onSync: request.onRoundTrip } : {}),
      });
      onRead(read);
      return {
        grid: read.grid,
        cut: read.cut.map((cut) => ({ ...cut, lastRowRead: LAST_ROW_READ })),
        settle: (register) => settle(context, read, register, responseLimitBytes),
      };
    },
  };
}

/** The register's uncertain links: applied from what was read in advance, or pending; the memory. */
function settle(
  context: XlRequestContext,
  read: ExcelRead,
  register: Register,
  responseLimitBytes: number | null,
) {
  const links = findUncertainLinks(register, read.grid);
  const remember = (grid: WorkbookGrid): WorkbookMemory => ({
    shape: {
      focus: register.sheet,
      others: [read.shape.focus, ...read.shape.others].filter((name) => name !== register.sheet),
      tables: read.shape.tables,
    },
    linkColumns: (links?.columns ?? []).map((column) => column.index + originColumn(grid, register.sheet)),
  });
  if (links && read.focus?.covers(links)) {
    const grid = read.focus.apply(read.grid);
    return { grid, pending: null, memory: remember(grid) };
  }
  const proxy = links ? read.sheets.find((sheet) => sheet.name === links.sheet)?.proxy : undefined;
  const pending =
    links && proxy ? new PendingLinks(context, proxy, read.grid, links, responseLimitBytes) : null;
  return { grid: null, pending, memory: remember(read.grid) };
}

/**
 * Link cells that show text, whose hyperlinks the read could not bring: read on their own (one round
 * trip, or a block of rows per round trip where responses are capped), or queued with the marks' write.
 */
export class PendingLinks implements PendingCells {
  constructor(
    private readonly context: XlRequestContext,
    readonly proxy: XlWorksheet,
    readonly grid: WorkbookGrid,
    readonly links: UncertainLinks,
    private readonly responseLimitBytes: number | null,
  ) {}

  mayChange(finding: Parameters<PendingCells["mayChange"]>[0]): boolean {
    return isUncertainLinkFinding(finding, this.links);
  }

  read(): Promise<WorkbookGrid> {
    return readHyperlinks(this.context, this.proxy, this.grid, this.links, this.responseLimitBytes);
  }

  /** Queues the read with other work; call the result after that work's sync. */
  queue(): () => WorkbookGrid {
    const apply = queueHyperlinkRead(this.proxy, this.links);
    return () => apply(this.grid);
  }
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
