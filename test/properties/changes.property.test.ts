import fc from "fast-check";
import type { CellValue, IsoDate, WorkbookGrid } from "../../src/core/grid";
import { HISTORY_HEADERS } from "../../src/core/history";
import type { Register, Status } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { statusOf } from "../../src/core/status";
import { summarize, usableRecommendations } from "../../src/core/summarize";
import { changeNote } from "../../src/layout/change-note";
import { problemText } from "../fixtures/problem";
import { asOfArb, registerArb, registerGridOf, type RandomRegister } from "./arbitraries";
import { NUM_RUNS } from "./runs";

function parsed(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

const ACCEPTANCE_WORDS = ["Accepted", "Not accepted", "Under consideration", "Not relevant", null];
const IMPLEMENTATION_WORDS = ["Implemented", "In progress", "Not started", null];

/** A History of one cycle that lists some of the register's rows with random statuses. */
function withHistory(random: RandomRegister, statuses: readonly [number, number, boolean][]): WorkbookGrid {
  const grid = registerGridOf(random);
  const register = parsed(grid);
  const rows: CellValue[][] = register.rows.flatMap(({ recommendation }, index) => {
    const [acceptance, implementation, listed] = statuses[index % Math.max(1, statuses.length)] ?? [
      0,
      0,
      false,
    ];
    if (!listed || !recommendation.report || !recommendation.number) return [];
    return [
      [
        { kind: "date", iso: "2018-12-31" as IsoDate },
        recommendation.report.text,
        recommendation.number.text,
        "Executive head",
        ACCEPTANCE_WORDS[acceptance] ?? null,
        IMPLEMENTATION_WORDS[implementation] ?? null,
        null,
        null,
      ],
    ];
  });
  const history = {
    name: "History",
    cells: [Object.values(HISTORY_HEADERS.en), ...rows],
    origin: { row: 1, column: 1 },
  };
  return { sheets: [...grid.sheets, history] };
}

describe("changes since the last report, on random registers", () => {
  it("list exactly the counted rows whose status differs from the last report's (as the annex's change notes say), and count from the list", () => {
    fc.assert(
      fc.property(registerArb(25), asOfArb, (random, asOf) => {
        const register = parsed(registerGridOf(random));
        const { changes } = summarize(register, asOf as IsoDate);
        const noted = usableRecommendations(register).filter((rec) => {
          const note = changeNote(rec);
          return note?.kind === "previously" || note?.kind === "new";
        });
        expect(changes.changes.map((change) => change.row).sort()).toEqual(
          noted.map((rec) => rec.row).sort(),
        );
        expect(changes.changes.every((change) => change.from !== change.to)).toBe(true);
        if (changes.basis === "none") {
          expect(changes.newlyImplemented).toBeNull();
          return;
        }
        const implemented = changes.changes.filter((change) => change.to === "implemented").length;
        expect(changes.newlyImplemented).toBe(implemented);
        expect(changes.newlyAccepted).toBeLessThanOrEqual(changes.changes.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("from a History, list exactly the counted rows whose status differs from the cycle's", () => {
    const statusArb = fc.tuple(fc.nat(4), fc.nat(3), fc.boolean());
    fc.assert(
      fc.property(
        registerArb(15),
        fc.array(statusArb, { minLength: 1, maxLength: 15 }),
        (random, statuses) => {
          const noPrevious: RandomRegister = {
            ...random,
            columns: random.columns.filter(
              (id) =>
                id !== "previousAcceptance" && id !== "previousImplementation" && id !== "previousStatus",
            ),
          };
          const register = parsed(withHistory(noPrevious, statuses));
          const { changes } = summarize(register, "2023-02-28" as IsoDate);
          const before = new Map<string, Status | null>();
          for (const row of register.history?.cycles[0]?.rows ?? []) {
            const key = `${row.report?.text}#${row.recommendation?.key}`;
            if (!before.has(key)) before.set(key, statusOf(row.acceptance, row.implementation));
          }
          const differing = usableRecommendations(register).filter(
            (rec) =>
              (before.get(`${rec.report.text}#${rec.number.key}`) ?? null) !==
              statusOf(rec.acceptance, rec.implementation),
          );
          expect(changes.basis).toBe(register.history?.cycles.length ? "history" : "none");
          if (changes.basis === "none") return;
          expect(changes.changes.map((change) => change.row).sort()).toEqual(
            differing.map((rec) => rec.row).sort(),
          );
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});
