import { formatBytes, readProblems } from "./problems";
import type { ZipEntry } from "./zip-directory";

/**
 * How much a workbook may expand to, and how many cells it may hold. A 50,000-row register with long
 * texts expands to about 100 MB of XML and takes about 1 million cells (shared strings included),
 * and the CLI then peaks near 250 MB. The cell limit is where the whole pipeline (grid, register,
 * findings) would outgrow the CLI's 1.5 GB budget: a sheet filled to Excel's 1,048,576 rows is
 * refused while it is read, instead of exhausting memory later.
 */
export interface ReadLimits {
  /** Sum of the declared uncompressed sizes of all parts. */
  readonly maxTotalBytes: number;
  /** A part that expands past `ratioCheckFromBytes` may be at most this many times its compressed size. */
  readonly maxRatio: number;
  readonly ratioCheckFromBytes: number;
  /** Cells kept in the grid across all sheets (each row is kept as wide as its sheet's used range). */
  readonly maxCells: number;
  /**
   * Row and cell elements streamed across all sheets, empty and formatted ones included: they hold no
   * value, so they never reach the cell budget, but each costs parsing time (a million formatted empty
   * rows took two minutes). A 50,000-row register of 30 columns has about 1.6 million.
   */
  readonly maxSheetElements: number;
  /** Characters of the shared-string table, counted as it is read (time and memory grow with them). */
  readonly maxSharedStringChars: number;
  /**
   * The work allowed on one part that is read whole rather than streamed (workbook, relationships,
   * content types, styles, tables): its expanded size. The worksheets and the shared strings are
   * streamed under the budgets above; a part read whole is held as one string and (by the writer) as
   * a tree, so a 600 MB styles part would exhaust memory or exceed what one string can hold.
   */
  readonly maxWholePartBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  // Spreadsheet XML compresses 5 to 50 times; deflate cannot exceed about 1,030 times.
  maxRatio: 200,
  ratioCheckFromBytes: 16 * 1024 * 1024,
  maxCells: 5_000_000,
  maxSheetElements: 4_000_000,
  maxSharedStringChars: 200_000_000,
  // A 50,000-row register's largest such part (its sheet's relationships, one per link) is 1.3 MB.
  maxWholePartBytes: 32 * 1024 * 1024,
};

/** Parts the writer reads whole in any package, whatever links to them (the reader reads them too). */
function isAlwaysReadWhole(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.endsWith(".rels") || lower.replace(/^\/+/, "") === "[content_types].xml";
}

/** Refuses a part read whole that would expand past `maxWholePartBytes`, naming it. */
export function checkWholePart(file: string, entry: ZipEntry, limits: ReadLimits): void {
  if (entry.uncompressedSize <= limits.maxWholePartBytes) return;
  throw readProblems.zipBomb(
    file,
    `its part '${entry.name}' would expand to ${formatBytes(entry.uncompressedSize)}, over the ` +
      `${formatBytes(limits.maxWholePartBytes)} a part read whole may take`,
  );
}

/** Refuses a package whose declared sizes expand absurdly, before anything is inflated. */
export function checkDeclaredExpansion(file: string, entries: readonly ZipEntry[], limits: ReadLimits): void {
  let total = 0;
  let compressedTotal = 0;
  for (const entry of entries) {
    if (isAlwaysReadWhole(entry.name)) checkWholePart(file, entry, limits);
    total += entry.uncompressedSize;
    compressedTotal += entry.compressedSize;
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize >= limits.ratioCheckFromBytes && ratio > limits.maxRatio) {
      throw readProblems.zipBomb(
        file,
        `its part '${entry.name}' would expand from ${formatBytes(entry.compressedSize)} to ` +
          `${formatBytes(entry.uncompressedSize)} (${Math.round(ratio).toLocaleString("en")} times)`,
      );
    }
  }
  if (total > limits.maxTotalBytes) {
    const ratio = total / Math.max(1, compressedTotal);
    const detail = `it would expand from ${formatBytes(compressedTotal)} to ${formatBytes(total)}`;
    if (ratio > limits.maxRatio) throw readProblems.zipBomb(file, detail);
    throw readProblems.tooLarge(
      file,
      `${detail} of data, over the ${formatBytes(limits.maxTotalBytes)} limit`,
    );
  }
}
