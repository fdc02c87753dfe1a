import type { Finding } from "../core/findings";
import type { XlRequestContext } from "./excel-api";
import { addMaskRules, type SheetMask } from "./marks";
import { jsonBytes } from "./payload";
import { step, type WriteStep } from "./steps";

/** One block of the mask sheet: a box of the register's sheet (0-based) and where its values sit. */
export interface MaskBlock {
  readonly row: number;
  readonly column: number;
  readonly height: number;
  readonly width: number;
  readonly maskColumn: number;
}

/** Where the register's marks are: the hidden mask sheet and its blocks (see marks.ts). */
export interface LiveMarks {
  readonly maskSheet: string;
  readonly blocks: readonly MaskBlock[];
}

/** The register's columns on its sheet, 0-based: where a finding about a whole row is marked. */
export interface SheetSpan {
  readonly first: number;
  readonly count: number;
}

/** The marks of validation, as blocks. */
export function marksOf(maskSheet: string, masks: readonly SheetMask[], sheet: string): LiveMarks {
  const blocks = masks
    .filter((mask) => mask.sheet === sheet)
    .map((mask) => ({
      row: mask.row,
      column: mask.column,
      height: mask.values.length,
      width: mask.values[0]?.length ?? 0,
      maskColumn: mask.maskColumn,
    }));
  return { maskSheet, blocks };
}

/**
 * The writes that bring the marks of some rows up to date: in every block that covers them, the rows'
 * mask values (2 error, 1 warning, 0 none); a marked cell no block covers gets a new block over those rows
 * and the register's columns, with its two rules. Returns the steps and the blocks after them.
 */
export function updateMarkSteps(
  context: XlRequestContext,
  registerSheet: string,
  findings: readonly Finding[],
  rows: readonly number[],
  marks: LiveMarks,
  span: SheetSpan,
): { steps: WriteStep[]; marks: LiveMarks } {
  const levels = levelsOf(findings, registerSheet, new Set(rows), span);
  const zeroBased = rows.map((row) => row - 1);
  const uncovered = [...levels.keys()].filter(
    (key) => !marks.blocks.some((block) => inBlock(block, Math.floor(key / 16_384), key % 16_384)),
  );
  const blocks = [...marks.blocks];
  const added: MaskBlock[] = [];
  if (uncovered.length > 0) {
    const top = Math.min(...uncovered.map((key) => Math.floor(key / 16_384)));
    const bottom = Math.max(...uncovered.map((key) => Math.floor(key / 16_384)));
    const maskColumn = blocks.reduce((end, block) => Math.max(end, block.maskColumn + block.width), 0);
    const block = { row: top, column: span.first, height: bottom - top + 1, width: span.count, maskColumn };
    blocks.push(block);
    added.push(block);
  }
  const maskSheet = () => context.workbook.worksheets.getItem(marks.maskSheet);
  const steps: WriteStep[] = [];
  for (const block of blocks) {
    const inside = zeroBased.filter((row) => row >= block.row && row < block.row + block.height);
    const runs = added.includes(block)
      ? [[block.row, block.row + block.height - 1] as const]
      : runsOf(inside);
    for (const [first, last] of runs) {
      const values = Array.from({ length: last - first + 1 }, (_, i) =>
        Array.from(
          { length: block.width },
          (_, j) => levels.get((first + i) * 16_384 + block.column + j) ?? 0,
        ),
      );
      steps.push(
        step(jsonBytes(values), () => {
          maskSheet().getRangeByIndexes(first, block.maskColumn, values.length, block.width).values = values;
        }),
      );
    }
  }
  for (const block of added) {
    const mask: SheetMask = {
      ...block,
      sheet: registerSheet,
      values: [new Array<number>(block.width).fill(0)],
    };
    const fullMask = { ...mask, values: Array.from({ length: block.height }, () => mask.values[0] ?? []) };
    steps.push(
      step(500, () => {
        addMaskRules(context.workbook.worksheets.getItem(registerSheet), fullMask, marks.maskSheet);
      }),
    );
  }
  return { steps, marks: { ...marks, blocks } };
}

/** Mask levels of the cells of some rows, by key row * 16,384 + column (0-based); an error wins. */
function levelsOf(
  findings: readonly Finding[],
  sheet: string,
  rows: ReadonlySet<number>,
  span: SheetSpan,
): Map<number, number> {
  const levels = new Map<number, number>();
  for (const finding of findings) {
    if (finding.sheet !== sheet || !rows.has(finding.row)) continue;
    const level = finding.severity === "error" ? 2 : 1;
    const columns =
      finding.columnNumber > 0
        ? [finding.columnNumber - 1]
        : Array.from({ length: span.count }, (_, i) => span.first + i);
    for (const column of columns) {
      const key = (finding.row - 1) * 16_384 + column;
      levels.set(key, Math.max(level, levels.get(key) ?? 0));
    }
  }
  return levels;
}

function inBlock(block: MaskBlock, row: number, column: number): boolean {
  return (
    row >= block.row &&
    row < block.row + block.height &&
    column >= block.column &&
    column < block.column + block.width
  );
}

/** Sorted rows as runs of consecutive rows: [5, 6, 7, 10] gives [[5, 7], [10, 10]]. */
function runsOf(rows: readonly number[]): (readonly [number, number])[] {
  const runs: [number, number][] = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
