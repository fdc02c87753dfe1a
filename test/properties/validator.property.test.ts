import fc from "fast-check";
import type { IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { validate as validateRegister } from "../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../src/labels/finding-message";
import { asOfArb, REGISTER_SHEET, registerArb, registerCells, registerGridOf } from "./arbitraries";
import { NUM_RUNS } from "./runs";

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe("validate, on 1,000 random registers valid and corrupted", () => {
  it("never throws, and every finding points at a data row and a column of the register", () => {
    fc.assert(
      fc.property(registerArb(30, "medium"), asOfArb, (random, asOf) => {
        const cells = registerCells(random);
        const outcome = parseWorkbook(registerGridOf(random));
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const { register } = outcome;
        const findings = validate(register, asOf as IsoDate);

        const dataRows = new Set(register.rows.map((row) => row.recommendation.row));
        const header = cells[random.headerRow - 1] ?? [];
        const firstColumn = random.firstColumn;
        const lastColumn = firstColumn + random.columns.length - 1;
        // Checked by hand and asserted once per run: an expect() per finding would dominate the run time.
        const problems: string[] = [];
        const check = (ok: boolean, what: string) => {
          if (!ok) problems.push(what);
        };
        for (const finding of findings) {
          const at = `${finding.rule} at row ${finding.row}, column ${finding.columnNumber}`;
          check(finding.sheet === REGISTER_SHEET, `${at}: sheet ${finding.sheet}`);
          check(dataRows.has(finding.row), `${at}: not a data row`);
          if (finding.columnNumber === 0) check(finding.column === "", `${at}: column '${finding.column}'`);
          else {
            check(
              finding.columnNumber >= firstColumn && finding.columnNumber <= lastColumn,
              `${at}: outside`,
            );
            check(finding.column === header[finding.columnNumber - 1], `${at}: header '${finding.column}'`);
          }
          check(finding.severity === (finding.rule.startsWith("E") ? "error" : "warning"), `${at}: severity`);
          check(!/[\n\r]/.test(finding.message), `${at}: line break in ${finding.message}`);
          check(
            !/undefined|\bnull\b|\[object|NaN/.test(finding.message.replace(/'[^']*'/g, "")),
            `${at}: ${finding.message}`,
          );
          // Quoted values are cut between characters, never inside one.
          check(!LONE_SURROGATE.test(finding.message), `${at}: lone surrogate in ${finding.message}`);
        }
        expect(problems).toEqual([]);
        // Sorted by row, then column number.
        const order = findings.map((f) => f.row * 100_000 + f.columnNumber);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        // Every data row that is not empty was read: one recommendation per non-empty row.
        expect(register.rows).toHaveLength(
          random.rows.filter(
            (row) => row !== null && !isBlankRow(random.columns.map((id) => row[id] ?? null)),
          ).length,
        );
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

function isBlankRow(cells: readonly unknown[]): boolean {
  return cells.every(
    (cell) =>
      cell === null || (typeof cell === "string" && /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/.test(cell)),
  );
}
