import type { Finding } from "../core/findings";
import type { CellValue, GridSheet, WorkbookGrid } from "../core/grid";
import type { ColumnId, Register } from "../core/model";
import { isHttpUrl } from "../core/parse";
import type { XlClientResult, XlRequestContext, XlWorksheet } from "./excel-api";

/** The register's link columns (rule E11). */
export const LINK_COLUMNS: readonly ColumnId[] = ["reportLink", "cebComments", "otherDocuments"];
/**
 * Rows of one link column per round trip when links are read on their own and responses are capped
 * (Excel on the web): 20,000 hyperlinks of about 150 bytes stay under 5 MB. Uncapped, one round trip.
 */
const ROWS_PER_CAPPED_SYNC = 20_000;

/**
 * `values` gives a hyperlinked cell's text, not its address. In a link column, a cell whose text is a
 * web address (or empty) needs nothing more; one that shows other text ("Report", a symbol) may carry a
 * hyperlink, and reading it costs a `getCellProperties` request. These are those cells.
 */
export interface UncertainLinks {
  readonly sheet: string;
  readonly grid: GridSheet;
  /** 0-based indexes into the sheet's cells, with the worksheet rows (1-based) of the uncertain cells. */
  readonly columns: readonly { readonly index: number; readonly rows: readonly number[] }[];
  /** "row:index" of every uncertain cell. */
  readonly keys: ReadonlySet<string>;
}

export function findUncertainLinks(register: Register, grid: WorkbookGrid): UncertainLinks | null {
  const sheet = grid.sheets.find((candidate) => candidate.name === register.sheet);
  if (!sheet) return null;
  const columns = LINK_COLUMNS.flatMap((id) => {
    const column = register.columns[id];
    if (!column) return [];
    const rows = register.rows
      .map(({ recommendation }) => recommendation.row)
      .filter((row) => {
        const cell = sheet.cells[row - sheet.origin.row]?.[column.index];
        return (
          (typeof cell === "string" && cell.trim() !== "" && !isHttpUrl(cell.trim())) ||
          typeof cell === "number"
        );
      });
    return rows.length > 0 ? [{ index: column.index, rows }] : [];
  });
  if (columns.length === 0) return null;
  const keys = new Set(columns.flatMap(({ index, rows }) => rows.map((row) => `${row}:${index}`)));
  return { sheet: sheet.name, grid: sheet, columns, keys };
}

/** An E11 finding on a cell whose hyperlink is not read yet: it may not hold once the link is known. */
export function isUncertainLinkFinding(finding: Finding, links: UncertainLinks | null): boolean {
  if (!links || finding.rule !== "E11-link" || finding.sheet !== links.sheet) return false;
  return links.keys.has(`${finding.row}:${finding.columnNumber - links.grid.origin.column}`);
}

/**
 * Queues the reads of the uncertain cells' hyperlinks (rows `from` to `to` of each column, 1-based) and
 * returns what to call after the sync: the addresses found, keyed "row:index".
 */
function queueRead(
  proxy: XlWorksheet,
  links: UncertainLinks,
  from: number,
  to: number,
): () => Map<string, string> {
  const reads = links.columns.flatMap(({ index, rows }) => {
    const inside = rows.filter((row) => row >= from && row <= to);
    if (inside.length === 0) return [];
    const first = inside.reduce((a, b) => Math.min(a, b));
    const last = inside.reduce((a, b) => Math.max(a, b));
    const result: XlClientResult<Excel.CellProperties[][]> = proxy
      .getRangeByIndexes(first - 1, links.grid.origin.column - 1 + index, last - first + 1, 1)
      .getCellProperties({ hyperlink: true });
    return [{ index, first, result }];
  });
  return () => {
    const found = new Map<string, string>();
    for (const { index, first, result } of reads)
      result.value.forEach((row, i) => {
        const address = row[0]?.hyperlink?.address;
        if (address) found.set(`${first + i}:${index}`, address);
      });
    return found;
  };
}

/** Queues every uncertain link in one request, to ride along with other work; call the result after the sync. */
export function queueHyperlinkRead(
  proxy: XlWorksheet,
  links: UncertainLinks,
): (grid: WorkbookGrid) => WorkbookGrid {
  const read = queueRead(proxy, links, 1, Number.MAX_SAFE_INTEGER);
  return (grid) => withLinks(grid, links.sheet, read());
}

/**
 * Reads the uncertain links on their own: in one round trip where responses are not capped (desktop
 * Excel), else a block of rows per round trip.
 */
export async function readHyperlinks(
  context: XlRequestContext,
  proxy: XlWorksheet,
  grid: WorkbookGrid,
  links: UncertainLinks,
  responseLimitBytes: number | null,
): Promise<WorkbookGrid> {
  const rows = links.columns.flatMap((column) => column.rows);
  const first = rows.reduce((a, b) => Math.min(a, b));
  const last = rows.reduce((a, b) => Math.max(a, b));
  const perSync = responseLimitBytes === null ? last - first + 1 : ROWS_PER_CAPPED_SYNC;
  const found = new Map<string, string>();
  for (let from = first; from <= last; from += perSync) {
    const read = queueRead(proxy, links, from, from + perSync - 1);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per block of rows, to stay under 5 MB
    await context.sync();
    read().forEach((address, key) => found.set(key, address));
  }
  return withLinks(grid, links.sheet, found);
}

/**
 * The grid with each linked cell of the sheet as a `LinkCell` (its text kept, its address added). Keys are
 * "row:index": the 1-based worksheet row and the cell's index in the grid's row.
 */
export function withLinks(
  grid: WorkbookGrid,
  sheetName: string,
  links: ReadonlyMap<string, string>,
): WorkbookGrid {
  if (links.size === 0) return grid;
  return {
    sheets: grid.sheets.map((sheet) => {
      if (sheet.name !== sheetName) return sheet;
      const cells = sheet.cells.map((row, i) =>
        row.map((cell, index): CellValue => {
          const address = links.get(`${sheet.origin.row + i}:${index}`);
          if (address === undefined || cell === null || typeof cell === "object" || typeof cell === "boolean")
            return cell;
          return { kind: "link", text: String(cell), address };
        }),
      );
      return { ...sheet, cells };
    }),
  };
}
