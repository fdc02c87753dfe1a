/**
 * The samples beside the seed's: the English WIPO register (the seed's rows in English) must give the seed's
 * figures and English output throughout; the ITU-shaped register (named bodies, one Status column, 3(a),
 * informal recommendations, a Vocabulary sheet, a first report) reads without a finding and gives the figures
 * worked out by hand from its rows (samples/itu-2022-data.ts).
 */
import path from "node:path";
import type { IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import type { Summary } from "../../src/core/summary-types";
import { validate } from "../../src/core/validate";
import { decisionText, layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { ITU_AS_OF } from "../../samples/itu-2022-data";
import { SAMPLE_AS_OF } from "../../samples/wipo-2023-data";
import { annexBlocks } from "../layout/annex-reading";
import { problemText } from "../fixtures/problem";

const SAMPLES = path.join(__dirname, "..", "..", "samples");
const CJK = /[\u3000-\u303F\u4E00-\u9FFF\uFF00-\uFFEF]/;

async function read(file: string): Promise<Register> {
  const grid: WorkbookGrid = await readWorkbookGrid(path.join(SAMPLES, file));
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

/** The figures a summary gives, with identifiers as written. */
function figures(summary: Summary) {
  return {
    total: summary.total,
    outstanding: summary.outstanding,
    closure: summary.proposedForClosure.map((g) => [g.report.text, g.recommendations.map((id) => id.text)]),
    active: summary.activeReports.map((r) => [r.report.text, r.legislative, r.executiveHead]),
    byYear: summary.byYear,
    rates: summary.rates,
  };
}

describe("samples/wipo-2023-en.xlsx", () => {
  const asOf = SAMPLE_AS_OF;
  let english: Register;
  let chinese: Register;
  beforeAll(async () => {
    [english, chinese] = await Promise.all([read("wipo-2023-en.xlsx"), read("wipo-2023.xlsx")]);
  });

  it("has no error, and the seed's figures: the Chinese sample's, row for row", () => {
    expect(validate(english, asOf).filter((f) => f.severity === "error")).toEqual([]);
    const summary = summarize(english, asOf);
    expect(summary.outstanding).toEqual({ legislative: 1, executiveHead: 4 });
    expect(summary.proposedForClosure.reduce((n, g) => n + g.recommendations.length, 0)).toBe(19);
    expect(figures(summary)).toEqual(figures(summarize(chinese, asOf)));
  });

  it("gives English output throughout: no Chinese character in the summary sheet, the annexes or the decision", () => {
    const summary = summarize(english, asOf);
    const sheets = [layoutSummarySheet(summary, "en"), ...layoutAnnexes(english, summary, "en")];
    for (const sheet of sheets) {
      const texts = sheet.values.flat().filter((value): value is string => typeof value === "string");
      expect(texts.filter((text) => CJK.test(text))).toEqual([]);
    }
    expect(decisionText(summary, "en").join(" ")).not.toMatch(CJK);
  });
});

describe("samples/itu-2022.xlsx, in ITU's shape", () => {
  const asOf = ITU_AS_OF as IsoDate;
  let register: Register;
  beforeAll(async () => {
    register = await read("itu-2022.xlsx");
  });

  it("reads every row in ITU's words, with its Vocabulary sheet, without a finding", () => {
    expect(register.rows).toHaveLength(14);
    expect(register.vocabulary?.sheet).toBe("Vocabulary");
    expect(validate(register, asOf)).toEqual([]);
  });

  it("gives the figures its rows state: 1 outstanding to legislative bodies, 4 to the executive head", () => {
    const summary = summarize(register, asOf);
    expect(summary.outstanding).toEqual({ legislative: 1, executiveHead: 4 });
    expect(figures(summary).closure).toEqual([
      ["JIU/REP/2021/5", ["3(a)", "Informal recommendations"]],
      ["JIU/REP/2021/3", ["1"]],
      ["JIU/REP/2021/2", ["1", "7"]],
      ["JIU/REP/2020/7", ["1", "2", "6"]],
      ["JIU/REP/2020/6", ["4"]],
    ]);
    expect(decisionText(summary, "en")[0]).toBe(
      "JIU/REP/2021/5 (recommendation 3(a) and the informal recommendations);",
    );
    expect(decisionText(summary, "zh")[0]).toBe("JIU/REP/2021/5 (建议 3(a) 和非正式建议) ;");
    // "Closed" (2021/2 recommendation 7) is its own column of Figure 1; "Both" counts with the legislative body.
    const legislative2021 = summary.byYear.find(
      (row) => row.year === 2021 && row.addressee === "legislative",
    );
    expect(legislative2021).toMatchObject({ implemented: 1, underConsideration: 1, closed: 1 });
  });

  it("shows every first-reported recommendation in its annex, noted as a first report, with ITU's name for its addressee", () => {
    const summary = summarize(register, asOf);
    const [annexI, annexII] = layoutAnnexes(register, summary, "en");
    expect(annexBlocks(annexI!)).toEqual([
      "JIU/REP/2021/3#2",
      "JIU/REP/2021/2#1",
      "JIU/REP/2021/2#7",
      "JIU/REP/2020/7#1",
      "JIU/REP/2020/7#6",
      "JIU/REP/2020/6#4",
    ]);
    expect(annexBlocks(annexII!)).toEqual([
      "JIU/REP/2021/6#4",
      "JIU/REP/2021/5#3(a)",
      "JIU/REP/2021/5#3(b)",
      "JIU/REP/2021/5#4",
      "JIU/REP/2021/5#(unnumbered)",
      "JIU/REP/2021/3#1",
      "JIU/REP/2020/8#1",
      "JIU/REP/2020/7#2",
    ]);
    const annexIText = annexI!.values.flat();
    for (const name of ["Council", "Both", "PP", "Plenipotentiary Conference"])
      expect(annexIText).toContain(name);
    const notes = [...annexI!.values.flat(), ...annexII!.values.flat()].filter((v) => v === "First report");
    // Every 2021 recommendation is reported for the first time: 3 to the legislative body, 6 to the executive head.
    expect(notes).toHaveLength(9);
  });
});
