import { findingsFor, rulesOf } from "./helpers";

const T = "Cybersecurity in the United Nations system organizations";

describe("E03 duplicate recommendation", () => {
  it("flags every later occurrence of a symbol and number, naming the first row", () => {
    const findings = findingsFor(
      [
        { recommendationNumber: 4 },
        { recommendationNumber: "4", addressee: "Legislative body" },
        { recommendationNumber: 5 },
        { recommendationNumber: 4, reportSymbol: "jiu/rep/2021/3" },
      ],
      { keepNumbers: true },
    );
    expect(findings.map(({ row, rule, column }) => [row, rule, column])).toEqual([
      [3, "E03-duplicate-recommendation", "Recommendation no."],
      [5, "E03-duplicate-recommendation", "Recommendation no."],
    ]);
    expect(findings[0]?.message).toBe(
      "Recommendation 4 of JIU/REP/2021/3 is already on row 2; a number appears once per report, so correct the number or remove the duplicate row",
    );
    expect(findings[1]?.message).toMatch(/already on row 2;/);
  });

  it("allows the same number in different reports", () => {
    const rows = [
      { recommendationNumber: 4 },
      { recommendationNumber: 4, reportSymbol: "JIU/REP/2021/5", reportTitle: "Ethics" },
      { recommendationNumber: 4, reportSymbol: "JIU/NOTE/2021/3", reportTitle: "A note" },
    ];
    expect(findingsFor(rows, { keepNumbers: true })).toEqual([]);
  });

  it("compares identifiers as written, ignoring spaces and case (3 (a) is 3(A)); 3.1 is not 3(a)", () => {
    const rows = [
      { recommendationNumber: "3(a)" },
      { recommendationNumber: "3 (A)" },
      { recommendationNumber: "3.1" },
      { recommendationNumber: "4 bis" },
      { recommendationNumber: "4BIS" },
      { recommendationNumber: 4 },
    ];
    const findings = findingsFor(rows, { keepNumbers: true });
    expect(findings.map(({ row, rule }) => [row, rule])).toEqual([
      [3, "E03-duplicate-recommendation"],
      [6, "E03-duplicate-recommendation"],
    ]);
    expect(findings[0]?.message).toMatch(/^Recommendation 3 \(A\) of JIU\/REP\/2021\/3 is already on row 2;/);
  });

  it("takes every unnumbered row of a report as one: 'Informal' twice is a duplicate", () => {
    const rows = [{ recommendationNumber: "Informal recommendations" }, { recommendationNumber: "Soft" }];
    expect(rulesOf(findingsFor(rows, { keepNumbers: true }))).toEqual(["E03-duplicate-recommendation"]);
  });

  it("leaves rows with an unreadable number to E02", () => {
    const rows = [{ recommendationNumber: "four" }, { recommendationNumber: "four" }];
    expect(rulesOf(findingsFor(rows, { keepNumbers: true }))).toEqual([
      "E02-recommendation-number",
      "E02-recommendation-number",
    ]);
  });
});

describe("E10 report title", () => {
  it("flags the rows whose title differs from the one most rows of the report use", () => {
    const findings = findingsFor([
      { reportTitle: T },
      { reportTitle: "Cyber security in the UN" },
      { reportTitle: T },
      { reportTitle: "Ethics", reportSymbol: "JIU/REP/2021/5" },
    ]);
    expect(findings.map(({ row, rule }) => [row, rule])).toEqual([[3, "E10-report-title"]]);
    expect(findings[0]?.message).toBe(
      `Report title 'Cyber security in the UN' differs from '${T}', which 2 rows of JIU/REP/2021/3 use (first on row 2); use the same title on every row of a report`,
    );
  });

  it("on a tie, takes the title seen first", () => {
    const findings = findingsFor([{ reportTitle: "First" }, { reportTitle: "Second" }]);
    expect(findings.map(({ row }) => row)).toEqual([3]);
    expect(findings[0]?.message).toMatch(/differs from 'First', which row of JIU\/REP\/2021\/3 use/);
  });

  it("does not count spacing or width differences as a different title", () => {
    expect(findingsFor([{ reportTitle: T }, { reportTitle: ` ${T.replace(/ /g, "\u00A0 ")} ` }])).toEqual([]);
    expect(findingsFor([{ reportTitle: "区块链（续）" }, { reportTitle: "区块链(续)" }])).toEqual([]);
  });

  it("does not compare titles of different reports", () => {
    expect(findingsFor([{ reportTitle: "A" }, { reportTitle: "B", reportSymbol: "JIU/REP/2020/7" }])).toEqual(
      [],
    );
  });
});
