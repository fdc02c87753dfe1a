import type { CellValue } from "../core/grid";
import type { ArchivePlan } from "../core/rollover";
import type { XlClientResult, XlRange, XlRequestContext, XlWorkbook, XlWorksheet } from "./excel-api";
import { reinsertions } from "./rollover-reinsert";
import { excelValue, rowBlocks, runsOf } from "./rollover-cells";
import { noteRowBlocks, type NoteBlock } from "./rollover-notes";
import { step, type WriteStep } from "./steps";
import { ACTION_OVERHEAD_BYTES, jsonBytes } from "./payload";
import { webLinkTarget } from "../xlsx/write/web-link";

/**
 * The archive option in Excel: the register's header (on a new or empty sheet) and the closed rows are
 * copied to the Archive sheet, values as read, then the rows are deleted from the register with Excel's own
 * row deletion (entire rows, shifting up: Excel moves formulas, tables, names, merges, validations and
 * conditional formats with them). The deletions are the batch's last actions, bottom run first, so that
 * nothing after them can fail; if the request that carries them fails, the undo finds which runs went
 * (their rows no longer hold what was noted), inserts them again in their places, gives them back their
 * formats (copied from the new Archive sheet) and links, and writes back their cells with the rest.
 */
/** What a noted cell weighs in the response besides its value: number format, punctuation, a margin. */
const EMPTY_CELL_BYTES = 16;
/** A cell's properties when it has no hyperlink: `{}` and a comma. */
const NO_LINK_BYTES = 3;

export interface ArchiveWrites {
  /** What the undo writes back (the archived register rows and, on an existing sheet, the rows written). */
  readonly notes: readonly NoteBlock[];
  /** The copy to the Archive sheet. */
  steps(worksheets: XlWorkbook["worksheets"]): WriteStep[];
  /** The register's archived rows deleted, bottom run first: the batch's last steps. */
  deletions(): WriteStep[];
  /** For the undo, before the Archive sheet goes: the deleted runs inserted again, formats and links back. */
  reinsertions(context: XlRequestContext): Promise<WriteStep[]>;
}

/** Archived register rows, noted in blocks; their range is also the source of the archive's formats. */
interface Emptied {
  readonly first: number;
  readonly count: number;
  /** What noting it may weigh: formulas about as long as the values, number formats, the address. */
  readonly bytes: number;
  range: XlRange | null;
  /** Its cells' hyperlinks, for the undo to give back to re-inserted rows. */
  links: XlClientResult<Excel.CellProperties[][]> | null;
}

export function archiveWrites(
  registerSheet: XlWorksheet,
  existing: XlWorksheet | null,
  plan: ArchivePlan,
): ArchiveWrites {
  const width = plan.lastColumn - plan.firstColumn + 1;
  const source = (first: number, count: number) =>
    registerSheet.getRangeByIndexes(first - 1, plan.firstColumn - 1, count, width);
  const emptied = emptiedBlocks(plan, width);
  let header: XlRange[] = [];
  let widths: { columnWidth: number }[] = [];
  const notes: NoteBlock[] = [
    // The header's formats and, for a new sheet, the register's column widths.
    { bytes: 2_000 + width * 100, note: () => noteLayout() },
    ...emptied.map((entry) => ({
      bytes: entry.bytes,
      note: () => {
        entry.range = source(entry.first, entry.count).load(["formulas", "numberFormat", "address"]);
        entry.links = entry.range.getCellProperties({ hyperlink: true });
        return { range: entry.range, withFormats: false };
      },
    })),
    ...(existing ? existingNotes(existing, plan, width) : []),
  ];
  const noteLayout = () => {
    header = plan.headerRows > 0 ? [source(plan.sourceHeaderRow, 1).load(["address", "numberFormat"])] : [];
    // A new sheet takes the register's column widths (its rows would be tall and narrow otherwise).
    widths = existing
      ? []
      : Array.from({ length: width }, (_, i) =>
          registerSheet.getRangeByIndexes(0, plan.firstColumn - 1 + i, 1, 1).format.load(["columnWidth"]),
        );
    return null;
  };
  return {
    notes,
    steps(worksheets) {
      let added: XlWorksheet | null = null;
      const target = () => existing ?? (added as XlWorksheet);
      const steps: WriteStep[] = [];
      if (!existing) steps.push(step(0, () => (added = worksheets.add(plan.sheet))));
      steps.push(...valueSteps(target, plan, width));
      const sources = [...header, ...emptied.map((entry) => entry.range as XlRange)];
      steps.push(...formatSteps(target, existing !== null, sources, plan));
      // Links on rows appended to an existing sheet would not go on undo: these keep the link's text.
      if (!existing) steps.push(...linkSteps(target, plan));
      if (!existing) steps.push(newSheetLayout(target, widths));
      return steps;
    },
    deletions: () =>
      runsOf(plan.registerRows)
        .reverse()
        .map(([first, count]) =>
          step(0, () => registerSheet.getRange(`${first}:${first + count - 1}`).delete("Up")),
        ),
    reinsertions: (context) =>
      reinsertions(context, registerSheet, plan, emptied, existing === null ? plan.sheet : null),
  };
}

/** A new sheet's frozen header and the register's column widths. */
function newSheetLayout(target: () => XlWorksheet, widths: readonly { columnWidth: number }[]): WriteStep {
  return step(0, () => {
    target().freezePanes.freezeRows(1);
    widths.forEach((format, i) => {
      target().getRangeByIndexes(0, i, 1, 1).format.columnWidth = format.columnWidth;
    });
  });
}

/** The archived rows' values, in blocks under 1 MB. */
function valueSteps(target: () => XlWorksheet, plan: ArchivePlan, width: number): WriteStep[] {
  return rowBlocks(plan.values).map((part) => {
    const values = part.rows.map((row) => row.map(excelValue));
    return step(jsonBytes(values) + ACTION_OVERHEAD_BYTES, () => {
      target().getRangeByIndexes(plan.firstRow - 1 + part.offset, 0, values.length, width).values = values;
    });
  });
}

function emptiedBlocks(plan: ArchivePlan, width: number): Emptied[] {
  const rowBytes = new Map(
    plan.registerRows.map((row, i) => [row, notedRowBytes(plan.values[i + plan.headerRows] ?? [])]),
  );
  return runsOf(plan.registerRows).flatMap(([first, count]) => {
    const rows = Array.from({ length: count }, (_, i) => rowBytes.get(first + i) ?? 0);
    const perRow =
      rows.reduce((sum, bytes) => sum + bytes, 0) / count + width * (EMPTY_CELL_BYTES + NO_LINK_BYTES);
    return noteRowBlocks(count, perRow).map(([offset, size]) => ({
      first: first + offset,
      count: size,
      bytes: Math.ceil(size * perRow) + 64,
      range: null,
      links: null,
    }));
  });
}

/** An archived row's noted weight besides its cells' formats: its formulas, about its values as Excel returns them. */
function notedRowBytes(values: readonly CellValue[]): number {
  return jsonBytes(values.map(excelValue));
}

/** The rows of an existing Archive sheet the archive writes over (empty unless edited by hand). */
function existingNotes(existing: XlWorksheet, plan: ArchivePlan, width: number): NoteBlock[] {
  return noteRowBlocks(plan.values.length, width * EMPTY_CELL_BYTES).map(([offset, count]) => ({
    bytes: count * width * EMPTY_CELL_BYTES,
    note: () => ({
      range: existing
        .getRangeByIndexes(plan.firstRow - 1 + offset, 0, count, width)
        .load(["formulas", "numberFormat"]),
      withFormats: true,
    }),
  }));
}

/** The archived cells' web links, kept on the Archive sheet. */
function linkSteps(target: () => XlWorksheet, plan: ArchivePlan): WriteStep[] {
  return plan.values.flatMap((row, i) =>
    row.flatMap((value: CellValue, j) => {
      if (value === null || typeof value !== "object" || value.kind !== "link") return [];
      const address = webLinkTarget(value.address);
      if (address === null) return [];
      const link = { address, textToDisplay: value.text };
      return [
        step(jsonBytes(link) + ACTION_OVERHEAD_BYTES, () => {
          target().getCell(plan.firstRow - 1 + i, j).hyperlink = link;
        }),
      ];
    }),
  );
}

/**
 * Formats: a new sheet takes the register's cell formats; an existing one, number formats only (its own
 * formats there would not come back on undo).
 */
function formatSteps(
  target: () => XlWorksheet,
  existing: boolean,
  sources: readonly XlRange[],
  plan: ArchivePlan,
): WriteStep[] {
  const width = plan.lastColumn - plan.firstColumn + 1;
  let at = plan.firstRow - 1;
  return sources.map((range) => {
    const row = at;
    const count = range.numberFormat.length;
    at += count;
    const cells = () => target().getRangeByIndexes(row, 0, count, width);
    // The target range is an action of its own besides the copy or the write.
    const bytes =
      ACTION_OVERHEAD_BYTES + (existing ? jsonBytes(range.numberFormat) : jsonBytes(range.address));
    if (!existing) return step(bytes, () => cells().copyFrom(range.address, "Formats"));
    const formats = range.numberFormat;
    return step(bytes, () => (cells().numberFormat = formats));
  });
}
