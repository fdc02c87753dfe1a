import type { ArchivePlan } from "../core/rollover";
import { columnLetters } from "./a1";
import type { XlClientResult, XlRange, XlRequestContext, XlWorksheet } from "./excel-api";
import { jsonBytes } from "./payload";
import { runsOf } from "./rollover-cells";
import { readNotes } from "./rollover-notes";
import { step, type WriteStep } from "./steps";

/** Archived register rows as noted before the batch (formulas loaded). */
export interface NotedRows {
  readonly first: number;
  readonly count: number;
  /** What noting them may weigh. */
  readonly bytes: number;
  readonly range: XlRange | null;
  /** Its cells' hyperlinks, as noted. */
  readonly links: XlClientResult<Excel.CellProperties[][]> | null;
}

/**
 * The undo of the archive's row deletions, for a roll-over whose last request failed after some of them
 * (or all) were made. A run was deleted when its rows no longer hold the formulas noted before the batch
 * (rows above a deletion do not move, so each run is found in its place or not). Each deleted run is
 * inserted again in its place, top first, with the formats copied to a new Archive sheet and its links;
 * the undo's write-back of the noted cells then restores its cells. Round trips: one per 4.5 MB of the
 * archived rows' formulas, and only on a failure.
 *
 * What Excel itself changed on deleting cannot be put back this way: a formula elsewhere that pointed into
 * a deleted row says #REF!, and a range (a conditional format's, a validation's, a table's) that ended on
 * one stays shorter. Nothing can fail after the deletions, so only a lost connection or a crash in their
 * very request leaves such a trace.
 */
export async function reinsertions(
  context: XlRequestContext,
  sheet: XlWorksheet,
  plan: ArchivePlan,
  blocks: readonly NotedRows[],
  newArchive: string | null,
): Promise<WriteStep[]> {
  const width = plan.lastColumn - plan.firstColumn + 1;
  const now: { block: NotedRows; range: XlRange | null }[] = blocks.map((block) => ({ block, range: null }));
  await readNotes(
    context,
    now.map((entry) => ({
      bytes: entry.block.bytes,
      note: () => {
        const { first, count } = entry.block;
        entry.range = sheet
          .getRangeByIndexes(first - 1, plan.firstColumn - 1, count, width)
          .load(["formulas"]);
        return null;
      },
    })),
  );
  const changed = now.filter(
    ({ block, range }) => JSON.stringify(range?.formulas) !== JSON.stringify(block.range?.formulas),
  );
  const runs = runsOf(plan.registerRows).filter(([first, count]) =>
    changed.some(({ block }) => block.first >= first && block.first < first + count),
  );
  return runs.flatMap(([first, count]) => [
    step(0, () => sheet.getRange(`${first}:${first + count - 1}`).insert("Down")),
    ...formatSteps(sheet, plan, first, count, newArchive),
    ...linkSteps(sheet, plan, blocks, first, count),
  ]);
}

/** The row in the Archive sheet where a register row was copied. */
function archiveRow(plan: ArchivePlan, row: number): number {
  return plan.firstRow + plan.headerRows + plan.registerRows.indexOf(row);
}

function formatSteps(
  sheet: XlWorksheet,
  plan: ArchivePlan,
  first: number,
  count: number,
  newArchive: string | null,
): WriteStep[] {
  // An existing Archive sheet was given number formats only: the inserted rows keep those of the row above.
  if (newArchive === null) return [];
  const width = plan.lastColumn - plan.firstColumn + 1;
  const top = archiveRow(plan, first);
  const address = `'${newArchive.replace(/'/g, "''")}'!A${top}:${columnLetters(width - 1)}${top + count - 1}`;
  return [
    step(jsonBytes(address), () =>
      sheet.getRangeByIndexes(first - 1, plan.firstColumn - 1, count, width).copyFrom(address, "Formats"),
    ),
  ];
}

function linkSteps(
  sheet: XlWorksheet,
  plan: ArchivePlan,
  blocks: readonly NotedRows[],
  first: number,
  count: number,
): WriteStep[] {
  const steps: WriteStep[] = [];
  for (const block of blocks) {
    if (block.first < first || block.first >= first + count) continue;
    (block.links?.value ?? []).forEach((row, i) =>
      row.forEach((cell, j) => {
        const link = cell.hyperlink;
        if (!link || (link.address === undefined && link.documentReference === undefined)) return;
        const at = () => sheet.getCell(block.first - 1 + i, plan.firstColumn - 1 + j);
        steps.push(step(jsonBytes(link), () => (at().hyperlink = link)));
      }),
    );
  }
  return steps;
}
