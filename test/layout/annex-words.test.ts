/**
 * The annexes and the draft decision in the register's own words: identifiers as written, the informal
 * recommendations named, the organization's name for the addressee, and first reports noted.
 */
import { recommendationId } from "../../src/core/parse";
import { annexContents, summarize } from "../../src/core/summarize";
import { decisionText, layoutRecommendationAnnex } from "../../src/layout";
import { aRecommendation, aSymbol, registerOf } from "../fixtures";
import { AS_OF, aSummary } from "./fixtures";

const ids = (texts: string) => texts.split(" | ").map((text) => recommendationId(text));

describe("decisionText with identifiers as the JIU writes them", () => {
  it.each([
    ["3(a) | 3(b) | 7", "en", "JIU/REP/2021/5 (recommendations 3(a), 3(b) and 7);"],
    ["3(a) | 3(b) | 7", "zh", "JIU/REP/2021/5 (建议 3(a)、3(b) 和 7) ;"],
    ["4 bis", "en", "JIU/REP/2021/5 (recommendation 4 bis);"],
    ["Informal recommendations", "en", "JIU/REP/2021/5 (informal recommendations);"],
    ["Informal recommendations", "zh", "JIU/REP/2021/5 (非正式建议) ;"],
    ["2 | Soft recommendations", "en", "JIU/REP/2021/5 (recommendation 2 and the informal recommendations);"],
    ["2 | 5 | Informal", "en", "JIU/REP/2021/5 (recommendations 2 and 5 and the informal recommendations);"],
  ] as const)("%s in %s", (texts, lang, line) => {
    const recommendations = ids(texts);
    const summary = aSummary({
      proposedForClosure: [{ report: aSymbol("JIU/REP/2021/5"), recommendations }],
    });
    expect(decisionText(summary, lang)).toEqual([line]);
  });
});

describe("the recommendation annexes", () => {
  const register = registerOf([
    aRecommendation({
      row: 2,
      number: "3(b)",
      addressee: "legislative",
      addresseeName: "Coordination Committee",
    }),
    aRecommendation({ row: 3, number: "3(a)", addressee: "legislative", addresseeName: null }),
    aRecommendation({
      row: 4,
      number: "Informal recommendations",
      addressee: "legislative",
      previousAcceptance: null,
      previousImplementation: null,
      firstReport: true,
    }),
    aRecommendation({ row: 5, number: 10, addressee: "legislative" }),
  ]);
  const summary = summarize(register, AS_OF);

  it("orders the blocks naturally and labels them as written, the informal ones by name", () => {
    for (const [lang, labels] of [
      ["en", ["Recommendation 3(a)", "Recommendation 3(b)", "Recommendation 10", "Informal recommendations"]],
      ["zh", ["建议 3(a)", "建议 3(b)", "建议 10", "非正式建议"]],
    ] as const) {
      const sheet = layoutRecommendationAnnex(
        annexContents(register, "legislative"),
        summary,
        "legislative",
        lang,
      );
      const firstColumn = sheet.values.map((row) => row[0]);
      expect(firstColumn.filter((value) => labels.includes(value as never))).toEqual(labels);
    }
  });

  it("prints the organization's own name for the addressee, only where the register gives one", () => {
    const sheet = layoutRecommendationAnnex(
      annexContents(register, "legislative"),
      summary,
      "legislative",
      "en",
    );
    const pairs = sheet.values.filter((row) => row[0] === "Addressed to").map((row) => row[1]);
    expect(pairs).toEqual(["Coordination Committee"]);
    const zh = layoutRecommendationAnnex(
      annexContents(register, "legislative"),
      summary,
      "legislative",
      "zh",
    );
    expect(zh.values.filter((row) => row[0] === "提交对象").map((row) => row[1])).toEqual([
      "Coordination Committee",
    ]);
  });

  it("shows a first-reported recommendation that is closed now, noted as a first report", () => {
    const sheet = layoutRecommendationAnnex(
      annexContents(register, "legislative"),
      summary,
      "legislative",
      "en",
    );
    expect(sheet.values.flat().filter((value) => value === "First report")).toHaveLength(1);
    expect(summary.proposedForClosure.map((g) => g.recommendations.map((id) => id.text))).toEqual([
      ["3(a)", "3(b)", "10", "Informal recommendations"],
    ]);
  });
});
