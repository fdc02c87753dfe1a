import { findingsFor, OUTSTANDING } from "./helpers";

function flagged(names: readonly string[]): [number, string][] {
  const findings = findingsFor(names.map((responsible) => ({ responsible })));
  return findings.filter((f) => f.rule === "W06-responsible-spelling").map((f) => [f.row, f.message]);
}

describe("W06 responsible spelled two ways", () => {
  it("catches the seed's two spellings of the human resources unit and names the other spelling", () => {
    expect(flagged(["人力资源管理部（人力部）部长", "首席信息官", "人力资源部（人力部）部长"])).toEqual([
      [
        4,
        "Responsible '人力资源部（人力部）部长' looks like another spelling of '人力资源管理部（人力部）部长' (row 2); use one spelling for the same official or unit",
      ],
    ]);
  });

  it("flags the less frequent spelling, whichever comes first", () => {
    const rows = flagged([
      "Director, Human Resources Department (HRMD)",
      "Director, Human Resources Management Department (HRMD)",
      "Director, Human Resources Management Department (HRMD)",
    ]);
    expect(rows.map(([row]) => row)).toEqual([2]);
    expect(rows[0]?.[1]).toMatch(
      /another spelling of 'Director, Human Resources Management Department \(HRMD\)' \(2 rows, first on row 3\)/,
    );
  });

  it.each([
    ["case", "Chief Information Officer", "chief information officer"],
    ["punctuation", "Director, PCT Division", "Director PCT Division"],
    ["a typo in a long word", "Chief Information Officer", "Chief Informaton Officer"],
    ["a swapped pair of letters", "Chief Security Officer", "Chief Secuirty Officer"],
  ])("groups spellings that differ by %s", (_case, first, second) => {
    expect(flagged([first, first, second]).map(([row]) => row)).toEqual([4]);
  });

  it.each([
    ["two Chinese titles of one length", "首席信息官", "首席安保官"],
    ["acronyms one letter apart", "Director, IT Division", "Director, IS Division"],
    ["a deputy and the head of one unit", "Deputy Director (HRMD)", "Director (HRMD)"],
    ["different units with the same role", "Director, Finance Division", "Director, Security Division"],
    ["numbered units", "Head, Section 1", "Head, Section 2"],
    ["the seed's long and short forms", "人力资源管理部（人力部）部长", "人力部部长"],
  ])("keeps apart %s", (_case, first, second) => {
    expect(flagged([first, second])).toEqual([]);
  });

  it("treats spellings that differ only in spacing or character width as the same spelling", () => {
    expect(flagged(["Chief  Information\u00A0Officer", "Chief Information Officer"])).toEqual([]);
    expect(flagged(["CIO", "ＣＩＯ"])).toEqual([]);
  });

  it("ignores blank responsibles", () => {
    expect(findingsFor([{ responsible: null }, { ...OUTSTANDING, responsible: "CSO" }])).toEqual([]);
  });
});
