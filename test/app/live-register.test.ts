import fc from "fast-check";
import { applyEdit, startLive, type LiveRegister } from "../../src/app/live-register";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { CROSS_ROW_RULES, ROW_RULES, RULES, SHEET_RULES, validate } from "../../src/core/validate";
import { syntheticWorkbookGrid } from "../../dev/synthetic/synthetic-register";
import { iso } from "../fixtures";

const AS_OF = iso("2023-02-28");

function parsed(grid: WorkbookGrid) {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(`not a register: ${outcome.problem.code}`);
  return outcome.register;
}

function live(grid: WorkbookGrid): LiveRegister {
  const register = parsed(grid);
  return startLive(grid, register, validate(register, AS_OF), AS_OF);
}

/** The grid with rows (0-based indexes into cells) replaced. */
function edited(grid: WorkbookGrid, index: number, rows: readonly (readonly CellValue[])[]): WorkbookGrid {
  const [sheet] = grid.sheets;
  if (!sheet) throw new Error("no sheet");
  const cells = sheet.cells.map((row, i) =>
    i >= index && i < index + rows.length ? [...(rows[i - index] ?? [])] : row,
  );
  return { sheets: [{ ...sheet, cells }] };
}

describe("rule classes", () => {
  test("every rule is a row rule, a cross-row rule or a sheet rule, once", () => {
    const classified = [...ROW_RULES, ...CROSS_ROW_RULES, ...SHEET_RULES];
    expect(new Set(classified).size).toBe(classified.length);
    expect(new Set(classified)).toEqual(new Set(RULES));
  });
});

describe("applyEdit gives what a full validation gives", () => {
  const base = syntheticWorkbookGrid(120, 7);
  const cells = base.sheets[0]?.cells ?? [];
  const width = cells[0]?.length ?? 0;

  // Edits built from the register's own values: other rows' cells (a duplicate, another spelling, another
  // title of one report), blanks, unknown words and formula errors.
  const cellValue = fc.oneof(
    fc.constantFrom<CellValue>(null, "", "Acepted", "#N/A", "Accepted", "In progress", "Executive head"),
    fc
      .integer({ min: 1, max: 120 })
      .chain((row) => fc.integer({ min: 0, max: width - 1 }).map((column) => cells[row]?.[column] ?? null)),
  );
  const edit = fc.record({
    index: fc.integer({ min: 1, max: 118 }),
    rows: fc.array(
      fc.oneof(
        fc.integer({ min: 1, max: 120 }).map((row) => [...(cells[row] ?? [])]),
        fc.array(fc.tuple(fc.integer({ min: 0, max: width - 1 }), cellValue), { maxLength: 4 }),
        fc.constant<"blank">("blank"),
      ),
      { minLength: 1, maxLength: 3 },
    ),
  });

  test("for random edits of one to three rows, in turn", () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 3 }), (edits) => {
        let grid = base;
        let state = live(grid);
        for (const { index, rows } of edits) {
          const current = grid.sheets[0]?.cells ?? [];
          const replacement = rows.map((spec, k): CellValue[] => {
            if (spec === "blank") return Array.from({ length: width }, () => null);
            if (spec.length > 0 && !Array.isArray(spec[0])) return spec as CellValue[];
            const row = [...(current[index + k] ?? [])];
            for (const [column, value] of spec as [number, CellValue][]) row[column] = value;
            return row;
          });
          grid = edited(grid, index, replacement);
          const update = applyEdit(state, { firstRow: index + 1, cells: replacement });
          if (update.kind !== "updated") throw new Error("expected an update");
          state = update.live;
          expect(state.findings).toEqual(validate(parsed(grid), AS_OF));
        }
      }),
      { numRuns: 200 },
    );
  });

  test("a duplicate made on one row is reported, and the rows it touches are given for marking", () => {
    const state = live(base);
    const copy = [...(cells[5] ?? [])];
    const update = applyEdit(state, { firstRow: 40, cells: [copy] });
    if (update.kind !== "updated") throw new Error("expected an update");
    expect(update.live.findings.some((f) => f.row === 40 && f.rule === "E03-duplicate-recommendation")).toBe(
      true,
    );
    expect(update.affectedRows).toContain(40);
  });

  test("an edit of the header row asks for a full check", () => {
    expect(applyEdit(live(base), { firstRow: 1, cells: [cells[0] ?? []] }).kind).toBe("needsFullCheck");
  });
});
