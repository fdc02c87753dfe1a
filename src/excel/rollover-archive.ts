import type { CellValue } from "../core/grid";
import type { ArchivePlan } from "../core/rollover";
import type { XlRange, XlWorkbook, XlWorksheet } from "./excel-api";
import { excelValue, rowBlocks } from "./rollover-cells";
import { step, type WriteStep } from "./steps";
import { jsonBytes } from "./payload";
import { webLinkTarget } from "../xlsx/write/web-link";

/**
 * The archive option in Excel: the register's header (on a new or empty sheet) and the closed rows are
 * copied to the Archive sheet, values as read, then the rows' cells in the register are emptied. The rows
 * are emptied rather than deleted (as in the .xlsx copy): emptied cells are written back exactly by the
 * batch's undo, which re-inserting deleted table rows in their places and formats could not promise.
 */
export interface ArchiveWrites {
  /** Ranges the undo writes back: the emptied register rows and, on an existing sheet, the rows written. */
  readonly noted: readonly { readonly range: XlRange; readonly withFormats: boolean }[];
  steps(worksheets: XlWorkbook["worksheets"]): WriteStep[];
}

/** Consecutive rows, as [first, count], of an ascending list. */
function runsOf(rows: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === row) last[1]++;
    else runs.push([row, 1]);
  }
  return runs;
}

export function archiveWrites(
  registerSheet: XlWorksheet,
  existing: XlWorksheet | null,
  plan: ArchivePlan,
): ArchiveWrites {
  const width = plan.lastColumn - plan.firstColumn + 1;
  const source = (first: number, count: number) =>
    registerSheet.getRangeByIndexes(first - 1, plan.firstColumn - 1, count, width);
  const emptied = runsOf(plan.registerRows).map(([first, count]) => {
    const range = source(first, count).load(["formulas", "numberFormat", "address"]);
    return { range, withFormats: false, first, count };
  });
  const header =
    plan.headerRows > 0 ? [source(plan.sourceHeaderRow, 1).load(["address", "numberFormat"])] : [];
  // A new sheet takes the register's column widths (its rows would be tall and narrow otherwise).
  const widths = existing
    ? []
    : Array.from({ length: width }, (_, i) =>
        registerSheet.getRangeByIndexes(0, plan.firstColumn - 1 + i, 1, 1).format.load(["columnWidth"]),
      );
  const block = existing
    ?.getRangeByIndexes(plan.firstRow - 1, 0, plan.values.length, width)
    .load(["formulas", "numberFormat"]);
  return {
    noted: [...emptied, ...(block ? [{ range: block, withFormats: true }] : [])],
    steps(worksheets) {
      let added: XlWorksheet | null = null;
      const target = () => existing ?? (added as XlWorksheet);
      const steps: WriteStep[] = [];
      if (!existing) steps.push(step(0, () => (added = worksheets.add(plan.sheet))));
      for (const part of rowBlocks(plan.values)) {
        const values = part.rows.map((row) => row.map(excelValue));
        steps.push(
          step(jsonBytes(values), () => {
            target().getRangeByIndexes(plan.firstRow - 1 + part.offset, 0, values.length, width).values =
              values;
          }),
        );
      }
      const sources = [...header, ...emptied.map((entry) => entry.range)];
      steps.push(...formatSteps(target, existing !== null, sources, plan));
      // Links on rows appended to an existing sheet would not go on undo: these keep the link's text.
      if (!existing) steps.push(...linkSteps(target, plan));
      if (!existing)
        steps.push(
          step(0, () => {
            target().freezePanes.freezeRows(1);
            widths.forEach((format, i) => {
              target().getRangeByIndexes(0, i, 1, 1).format.columnWidth = format.columnWidth;
            });
          }),
        );
      for (const { first, count } of emptied) {
        const blank = Array.from({ length: count }, () => Array.from({ length: width }, () => ""));
        steps.push(step(jsonBytes(blank), () => (source(first, count).values = blank)));
      }
      return steps;
    },
  };
}

/** The archived cells' web links, kept on the Archive sheet. */
function linkSteps(target: () => XlWorksheet, plan: ArchivePlan): WriteStep[] {
  return plan.values.flatMap((row, i) =>
    row.flatMap((value: CellValue, j) => {
      if (value === null || typeof value !== "object" || value.kind !== "link") return [];
      const address = webLinkTarget(value.address);
      if (address === null) return [];
      const link = { address, textToDisplay: value.text };
      return [step(jsonBytes(link), () => (target().getCell(plan.firstRow - 1 + i, j).hyperlink = link))];
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
    if (!existing) return step(range.address.length, () => cells().copyFrom(range.address, "Formats"));
    const formats = range.numberFormat;
    return step(jsonBytes(formats), () => (cells().numberFormat = formats));
  });
}
