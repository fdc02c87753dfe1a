/**
 * A register in its source's own words (WO/PBC/23/4, see wipo-2015.ts), in English and in Chinese: it reads
 * without an error, gives the counts and the closure list the source states, and its annexes show every
 * recommendation reported for the first time, with the organization's name for its addressee.
 */
import type { IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { validate } from "../../src/core/validate";
import { decisionText, layoutAnnexes } from "../../src/layout";
import { annexBlocks } from "../layout/annex-reading";
import { WIPO_2015_SYMBOL, wipo2015Chinese, wipo2015English } from "./wipo-2015";
import { problemText } from "../fixtures/problem";

const AS_OF = "2015-05-11" as IsoDate; // WO/PBC/23/4's date

function parsed(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

describe.each([
  ["in English, one Status column", wipo2015English, "en", "Director General", "First report"],
  ["in Chinese, Acceptance and Implementation", wipo2015Chinese, "zh", "总干事", "首次报告"],
] as const)(
  "WIPO's register of JIU/REP/2014/2 (WO/PBC/23/4), %s",
  (_shape, grid, lang, head, firstReport) => {
    let register: Register;
    beforeAll(() => {
      register = parsed(grid());
    });

    it("reads every row, named bodies and the register's own phrases included, without an error", () => {
      expect(register.rows).toHaveLength(10);
      expect(validate(register, AS_OF).filter((finding) => finding.severity === "error")).toEqual([]);
    });

    it("counts what the source states: 2 outstanding to the legislative bodies, 1 to the Director General", () => {
      const summary = summarize(register, AS_OF);
      expect(summary.total).toBe(10);
      expect(summary.outstanding).toEqual({ legislative: 2, executiveHead: 1 });
    });

    it("proposes for closure the seven recommendations the source says are fully implemented", () => {
      const summary = summarize(register, AS_OF);
      expect(
        summary.proposedForClosure.map((g) => [g.report.text, g.recommendations.map((id) => id.text)]),
      ).toEqual([[WIPO_2015_SYMBOL, ["2", "3", "4", "5", "8", "9", "10"]]]);
      expect(decisionText(summary, lang)).toEqual([
        lang === "en"
          ? "JIU/REP/2014/2 (recommendations 2, 3, 4, 5, 8, 9 and 10);"
          : "JIU/REP/2014/2 (建议 2、3、4、5、8、9 和 10) ;",
      ]);
    });

    it("shows every recommendation in its annex, each noted as a first report, with WIPO's name for its addressee", () => {
      const summary = summarize(register, AS_OF);
      const [annexI, annexII] = layoutAnnexes(register, summary, lang);
      expect(annexBlocks(annexI!)).toEqual([`${WIPO_2015_SYMBOL}#1`, `${WIPO_2015_SYMBOL}#6`]);
      expect(annexBlocks(annexII!)).toEqual(
        [2, 3, 4, 5, 7, 8, 9, 10].map((number) => `${WIPO_2015_SYMBOL}#${number}`),
      );
      const legislative = annexI!.values.flat();
      expect(legislative).toContain(lang === "en" ? "General Assembly" : "大会");
      expect(legislative).toContain(lang === "en" ? "Coordination Committee" : "协调委员会");
      const executive = annexII!.values.flat();
      // On each of the 8 blocks: the addressee's name, and the responsible official.
      expect(executive.filter((value) => value === head)).toHaveLength(16);
      const notes = [...legislative, ...executive].filter((value) => value === firstReport);
      expect(notes).toHaveLength(10);
    });
  },
);

describe("WIPO's register of JIU/REP/2014/2 in Chinese, with blank acceptances", () => {
  it("reads a blank acceptance beside 已落实 as accepted, and says so once, not once per row", () => {
    const register = parsed(wipo2015Chinese());
    const inferred = validate(register, AS_OF).filter((f) => f.rule === "W11-acceptance-inferred");
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({ row: 3, params: { count: 7, row: 3 } });
    expect(register.rows.filter((row) => row.recommendation.acceptanceInferred)).toHaveLength(7);
  });
});
