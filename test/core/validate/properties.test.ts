import fc from "fast-check";
import type { CellValue, IsoDate } from "../../../src/core/grid";
import type { ColumnId } from "../../../src/core/model";
import { parseWorkbook, REQUIRED_COLUMNS } from "../../../src/core/parse";
import { validate as validateRegister } from "../../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../../src/labels/finding-message";
import {
  ALL_COLUMNS,
  aSheet,
  dateCell,
  ENGLISH_HEADERS,
  errorCell,
  linkCell,
  plannedReviewsSheet,
  VALID_ROW,
} from "../../fixtures";

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

const WORDS = [
  "Accepted",
  "Acepted",
  "已接受",
  "Not accepted",
  "未予接受",
  "Under consideration",
  "Not relevant",
  "Implemented",
  "In progress",
  "正在落实",
  "Not started",
  "Not applicable",
  "不适用",
  "Legislative body",
  "行政首长",
  "Head",
  "JIU/REP/2021/6",
  "JIU/REP/98/3",
  "jiu/rep/21/6",
  "JIU/NOTE/2019/1",
  "4",
  "4a",
  "0",
  "-1",
  "2023-02-28",
  "2023-02-30",
  "28/02/2023",
  "https://www.unjiu.org/",
  "www.unjiu.org",
  "Yes",
  "否",
  "x",
  "",
  " ",
  "\u00A0",
  "\u200B",
  "人力资源管理部（人力部）部长",
  "人力资源部（人力部）部长",
  "Chief Information Officer",
  "Chief Informaton Officer",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 60_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom("2018", "2019", "2020", "2021", "2022", "2023").map((year) => dateCell(`${year}-06-30`)),
  fc.constantFrom("#N/A", "#REF!", "#VALUE!").map(errorCell),
  fc
    .constantFrom("https://www.unjiu.org/a", "mailto:x@y.org", "")
    .map((address) => linkCell("link", address)),
);

/** A valid row with some of its cells replaced by arbitrary values. */
const row = fc
  .array(fc.tuple(fc.constantFrom(...ALL_COLUMNS), cell), { maxLength: 6 })
  .map((changes) => ({ ...VALID_ROW, ...Object.fromEntries(changes) }) as Record<ColumnId, CellValue>);

const register = fc.record({
  rows: fc.array(row, { maxLength: 25 }),
  headerRow: fc.integer({ min: 1, max: 10 }),
  firstColumn: fc.integer({ min: 1, max: 4 }),
  columns: fc.shuffledSubarray(ALL_COLUMNS as ColumnId[]).map((optional) => {
    const required = new Set<ColumnId>(REQUIRED_COLUMNS);
    return [...required, ...optional.filter((id) => !required.has(id))];
  }),
  asOf: fc.constantFrom("2023-02-28", "2019-01-01", "2030-12-31"),
  plannedReviews: fc.array(fc.tuple(fc.constantFrom("A460", "a460", "A457", ""), cell, cell), {
    maxLength: 4,
  }),
});

describe("validate on arbitrary registers", () => {
  it("never throws, and every finding points into the register", () => {
    fc.assert(
      fc.property(register, ({ rows, headerRow, firstColumn, columns, asOf, plannedReviews }) => {
        const blankColumns = Array.from({ length: firstColumn - 1 }, (): CellValue => null);
        const cells = [
          ...Array.from({ length: headerRow - 1 }, () => []),
          [...blankColumns, ...columns.map((id) => ENGLISH_HEADERS[id])],
          ...rows.map((values) => [...blankColumns, ...columns.map((id) => values[id] ?? null)]),
        ];
        const grid = { sheets: [aSheet("Register", cells), plannedReviewsSheet(plannedReviews)] };
        const outcome = parseWorkbook(grid);
        expect(outcome.ok).toBe(true);
        if (!outcome.ok) return;
        const findings = validate(outcome.register, asOf as IsoDate);
        const lastRow = cells.length;
        const lastColumn = firstColumn + columns.length - 1;
        for (const finding of findings) {
          if (finding.sheet === "Register") {
            expect(finding.row).toBeGreaterThanOrEqual(headerRow + 1);
            expect(finding.row).toBeLessThanOrEqual(lastRow);
            if (finding.columnNumber !== 0) {
              expect(finding.columnNumber).toBeGreaterThanOrEqual(firstColumn);
              expect(finding.columnNumber).toBeLessThanOrEqual(lastColumn);
              expect(finding.column).toBe(cells[headerRow - 1]?.[finding.columnNumber - 1]);
            }
          } else {
            expect(finding.sheet).toBe("Planned reviews");
            expect(finding.row).toBeGreaterThanOrEqual(2);
            expect(finding.row).toBeLessThanOrEqual(plannedReviews.length + 1);
            expect([1, 2, 3]).toContain(finding.columnNumber);
          }
          const unquoted = finding.message.replace(/'[^']*'/g, "");
          expect(finding.message).not.toMatch(/\n/);
          expect(unquoted).not.toMatch(/undefined|\bnull\b|\[object|NaN/);
          expect(finding.severity).toBe(finding.rule.startsWith("E") ? "error" : "warning");
        }
      }),
      { numRuns: 300 },
    );
  });
});
