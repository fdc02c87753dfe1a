/**
 * An organization's Vocabulary sheet teaches the register its own words. Adding a row to it changes the
 * reading of the rows that use that word, and of no other row: their recommendation and their findings stay
 * exactly as they were.
 */
import fc from "fast-check";
import type { Finding } from "../../src/core/findings";
import type { CellValue, IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { ColumnId, Register } from "../../src/core/model";
import { cellText, looseKey, parseWorkbook } from "../../src/core/parse";
import { validate } from "../../src/core/validate";
import { vocabularySheet } from "../fixtures";
import { asOfArb, registerArb, registerGridOf } from "./arbitraries";
import { NUM_RUNS } from "./runs";
import { problemText } from "../fixtures/problem";

/** The columns whose words a Vocabulary sheet can teach. */
const WORD_COLUMNS: readonly ColumnId[] = [
  "addressee",
  "acceptance",
  "implementation",
  "status",
  "previousAcceptance",
  "previousImplementation",
  "previousStatus",
];

/** Words the random registers hold (built-in, misspelt, other languages) and words of an organization's own. */
const word = fc.oneof(
  fc.constantFrom(
    "Head",
    "Acepted",
    "Done",
    "En cours",
    "Aplicada",
    "50%",
    "Organe délibérant",
    "Jefe ejecutivo",
    "Council",
    "Accepted",
    "Implemented",
    "Partially implemented",
    "Closed",
    "Director-General",
    "Plenary",
    "Remain under consideration by these bodies",
  ),
  fc.string({ maxLength: 12 }),
);
const means = fc.constantFrom<CellValue>(
  "Legislative body",
  "Executive head",
  "Accepted; In progress",
  "Implemented",
  "Not relevant",
  "Closed",
  "Under consideration",
  "已接受；已落实",
  "a meaning nobody knows",
  null,
);
const entry = fc.tuple(word, means);

function withVocabulary(grid: WorkbookGrid, rows: readonly (readonly CellValue[])[]): WorkbookGrid {
  return rows.length === 0 ? grid : { sheets: [...grid.sheets, vocabularySheet(rows)] };
}

function parsed(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

/** Findings on a register row; W11 is said once for the whole register, on whichever row comes first. */
function rowFindings(findings: readonly Finding[], register: Register, row: number): Finding[] {
  return findings.filter(
    (f) => f.sheet === register.sheet && f.row === row && f.rule !== "W11-acceptance-inferred",
  );
}

describe("a Vocabulary sheet, on 1,000 random registers", () => {
  it("changes nothing, by one more row, for the register rows that do not use its word", () => {
    fc.assert(
      fc.property(
        registerArb(20),
        fc.array(entry, { maxLength: 3 }),
        entry,
        asOfArb,
        (random, base, [newWord, newMeans], asOf) => {
          const grid = registerGridOf(random);
          const before = parsed(withVocabulary(grid, base));
          const after = parsed(withVocabulary(grid, [...base, [newWord, newMeans]]));
          const beforeFindings = validate(before, asOf as IsoDate);
          const afterFindings = validate(after, asOf as IsoDate);
          const key = looseKey(newWord);
          expect(after.rows).toHaveLength(before.rows.length);
          before.rows.forEach((row, index) => {
            const uses = WORD_COLUMNS.some((id) => key !== "" && looseKey(cellText(row.cells[id])) === key);
            if (uses) return;
            const other = after.rows[index];
            expect(other?.recommendation).toEqual(row.recommendation);
            const at = row.recommendation.row;
            expect(rowFindings(afterFindings, after, at)).toEqual(rowFindings(beforeFindings, before, at));
          });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("does change the rows that use the word, when it teaches what they meant", () => {
    const grid = registerGridOf({
      columns: [
        "reportSymbol",
        "reportTitle",
        "recommendationNumber",
        "addressee",
        "recommendationText",
        "assessment",
        "status",
        "responsible",
      ],
      chineseHeaders: false,
      headerRow: 1,
      firstColumn: 1,
      rows: [
        {
          reportSymbol: "JIU/REP/2014/2",
          reportTitle: "Review of management and administration in WIPO",
          recommendationNumber: 6,
          addressee: "Plenary",
          recommendationText: "T",
          assessment: "A",
          status: "Remains pending",
          responsible: "R",
        },
      ],
    });
    const before = parsed(grid).rows[0]?.recommendation;
    const after = parsed(
      withVocabulary(grid, [
        ["Plenary", "Legislative body"],
        ["Remains pending", "Under consideration"],
      ]),
    ).rows[0]?.recommendation;
    expect([before?.addressee, before?.acceptance]).toEqual([null, null]);
    expect([after?.addressee, after?.addresseeName, after?.acceptance]).toEqual([
      "legislative",
      "Plenary",
      "underConsideration",
    ]);
  });
});
