import {
  parseAcceptance,
  parseAddressee,
  parseImplementation,
  parseReportSymbol,
  parseYesNo,
  readDate,
  readImplementation,
  readLink,
  readRecommendationId,
  recommendationId,
  readYesNo,
  isHttpUrl,
} from "../../../src/core/parse";
import { dateCell, errorCell, linkCell } from "../../fixtures";

describe("status words", () => {
  it.each([
    ["Accepted", "accepted"],
    [" accepted\u00A0", "accepted"],
    ["ACCEPTED", "accepted"],
    ["已接受", "accepted"],
    ["Not accepted", "notAccepted"],
    ["not  accepted", "notAccepted"],
    ["未接受", "notAccepted"],
    ["未予接受", "notAccepted"],
    ["Under consideration", "underConsideration"],
    ["正在审议", "underConsideration"],
    ["Not relevant", "notRelevant"],
    ["不相关", "notRelevant"],
    ["Acepted", null],
    ["Implemented", null],
  ])("acceptance %j is %j", (text, expected) => {
    expect(parseAcceptance(text)).toBe(expected);
  });

  it.each([
    ["Implemented", "implemented"],
    ["已落实", "implemented"],
    ["In progress", "inProgress"],
    ["in-progress", "inProgress"],
    ["正在落实", "inProgress"],
    ["Not started", "notStarted"],
    ["尚未启动", "notStarted"],
    ["Implemneted", null],
  ])("implementation %j is %j", (text, expected) => {
    expect(parseImplementation(text)).toBe(expected);
  });

  it.each([
    [null, { kind: "blank" }],
    ["   ", { kind: "blank" }],
    ["Not applicable", { kind: "blank" }],
    ["不适用", { kind: "blank" }],
    ["N/A", { kind: "blank" }],
    ["-", { kind: "blank" }],
    ["In progress", { kind: "value", value: "inProgress" }],
    ["Half done", { kind: "invalid", shown: "Half done" }],
    [errorCell("#N/A"), { kind: "formulaError", code: "#N/A" }],
  ])("implementation cell %j reads as %j", (cell, expected) => {
    expect(readImplementation(cell)).toEqual(expected);
  });

  it.each([
    ["Legislative body", "legislative"],
    ["立法机构", "legislative"],
    ["legislative organ", "legislative"],
    ["Governing bodies", "legislative"],
    ["Executive head", "executiveHead"],
    ["行政首长", "executiveHead"],
    ["Director General", "executiveHead"],
    ["Director-General", "executiveHead"],
    ["Secretary-General", "executiveHead"],
    ["Head", null],
  ])("addressee %j is %j", (text, expected) => {
    expect(parseAddressee(text)).toBe(expected);
  });

  it.each([
    ["Yes", true],
    ["TRUE", true],
    ["是", true],
    ["x", true],
    ["X", true],
    ["No", false],
    ["FALSE", false],
    ["否", false],
    ["", false],
    ["maybe", null],
  ])("yes/no %j is %j", (text, expected) => {
    expect(parseYesNo(text)).toBe(expected);
  });

  it("reads boolean cells and blanks as yes/no", () => {
    expect(readYesNo(true)).toEqual({ kind: "value", value: true });
    expect(readYesNo(false)).toEqual({ kind: "value", value: false });
    expect(readYesNo(null)).toEqual({ kind: "value", value: false });
    expect(readYesNo("perhaps")).toEqual({ kind: "invalid", shown: "perhaps" });
  });
});

describe("report symbols", () => {
  it.each([
    ["JIU/REP/2021/6", { kind: "REP", year: 2021, number: 6, text: "JIU/REP/2021/6" }],
    [" jiu/rep/2021/6 ", { kind: "REP", year: 2021, number: 6, text: "JIU/REP/2021/6" }],
    ["JIU/NOTE/2019/1", { kind: "NOTE", year: 2019, number: 1, text: "JIU/NOTE/2019/1" }],
    ["JIU/ML/2020/2", { kind: "ML", year: 2020, number: 2, text: "JIU/ML/2020/2" }],
    ["JIU/REP/98/3", { kind: "REP", year: 1998, number: 3, text: "JIU/REP/98/3" }],
    ["JIU/REP/1998/3", { kind: "REP", year: 1998, number: 3, text: "JIU/REP/98/3" }],
    ["JIU / REP / 2021 / 06", { kind: "REP", year: 2021, number: 6, text: "JIU/REP/2021/6" }],
    ["ＪＩＵ／ＲＥＰ／２０２１／６", { kind: "REP", year: 2021, number: 6, text: "JIU/REP/2021/6" }],
  ])("%j reads as %j", (text, expected) => {
    expect(parseReportSymbol(text)).toEqual(expected);
  });

  it.each([
    "JIU/REP/2021",
    "JIU/REPORT/2021/6",
    "JIU/REP/21/6",
    "JIU/REP/2021/0",
    "REP/2021/6",
    "JIU/REP/2021/6a",
    "",
  ])("%j is malformed", (text) => {
    expect(parseReportSymbol(text)).toBeNull();
  });
});

describe("recommendation identifiers, as the JIU writes them", () => {
  it.each([
    [4, "4", [4]],
    ["4", "4", [4]],
    [" 12 ", "12", [12]],
    ["3(a)", "3(a)", [3, "a"]],
    ["3 (b)", "3 (b)", [3, "b"]],
    ["３（ｃ）", "3(c)", [3, "c"]],
    ["4a", "4a", [4, "a"]],
    [2.5, "2.5", [2, 5]],
    ["3.1", "3.1", [3, 1]],
    ["4 bis", "4 bis", [4, "bis"]],
    ["4 TER", "4 TER", [4, "ter"]],
    ["(b)", "(b)", ["b"]],
    ["b)", "b)", ["b"]],
    ["Recommendation 7", "7", [7]],
    ["建议 7", "7", [7]],
  ])("%j reads as %j", (cell, text, parts) => {
    const reading = readRecommendationId(cell);
    expect(reading.kind).toBe("value");
    if (reading.kind !== "value") return;
    expect(reading.value.text).toBe(text);
    expect(reading.value.parts).toEqual(parts);
    expect(reading.value.unnumbered).toBe(false);
  });

  it.each(["Informal recommendations", "soft recommendations", "Informal", "非正式建议", "软性建议"])(
    "%j is the report's unnumbered recommendations, all one",
    (cell) => {
      const reading = readRecommendationId(cell);
      expect(reading.kind === "value" && reading.value.unnumbered).toBe(true);
      expect(reading.kind === "value" && reading.value.key).toBe(
        recommendationId("Informal recommendations").key,
      );
    },
  );

  it("compares as written, ignoring spaces and case", () => {
    expect(recommendationId("3 (A)").key).toBe(recommendationId("3(a)").key);
    expect(recommendationId("4 bis").key).toBe(recommendationId("4BIS").key);
    expect(recommendationId("3.1").key).not.toBe(recommendationId("3(a)").key);
  });

  it.each([
    [0, "0"],
    [-1, "-1"],
    ["0", "0"],
    ["-1", "-1"],
    ["four", "four"],
    ["n/a", "n/a"],
    ["1st", "1st"],
    ["see below", "see below"],
    ["bis", "bis"],
    [true, "TRUE"],
  ])("%j is not an identifier", (cell, shown) => {
    expect(readRecommendationId(cell)).toEqual({ kind: "invalid", shown });
  });

  it("a date is not read as an identifier (Excel turns 3.1 into a date in some locales)", () => {
    expect(readRecommendationId(dateCell("2023-01-03")).kind).toBe("invalid");
  });

  it("a blank is blank", () => {
    expect(readRecommendationId(null)).toEqual({ kind: "blank" });
  });
});

describe("dates", () => {
  it.each([
    [dateCell("2023-02-28"), { kind: "value", value: "2023-02-28" }],
    ["2023-02-28", { kind: "value", value: "2023-02-28" }],
    [" 2023-02-28\u00A0", { kind: "value", value: "2023-02-28" }],
    ["2023-02-30", { kind: "invalid", shown: "2023-02-30" }],
    ["28/02/2023", { kind: "invalid", shown: "28/02/2023" }],
    [44985, { kind: "invalid", shown: "44985" }],
    [errorCell("#VALUE!"), { kind: "formulaError", code: "#VALUE!" }],
    [null, { kind: "blank" }],
  ])("%j reads as %j", (cell, expected) => {
    expect(readDate(cell)).toEqual(expected);
  });
});

describe("links", () => {
  it("reads a hyperlink's address and a plain cell's text", () => {
    expect(readLink(linkCell("Link", " https://www.unjiu.org/a "))).toEqual({
      kind: "value",
      value: "https://www.unjiu.org/a",
    });
    expect(readLink("https://www.unjiu.org/b")).toEqual({ kind: "value", value: "https://www.unjiu.org/b" });
    expect(readLink(linkCell("No address", ""))).toEqual({ kind: "value", value: "No address" });
    expect(readLink(" ")).toEqual({ kind: "blank" });
  });

  it.each([
    ["https://www.unjiu.org/content/reports", true],
    ["HTTP://example.org", true],
    ["www.unjiu.org", false],
    ["ftp://example.org/file", false],
    ["mailto:jiu@un.org", false],
    ["#'Sheet 2'!A1", false],
    ["https://", false],
    ["https://exa mple.org", false],
    ["javascript:alert(1)", false],
  ])("isHttpUrl(%j) is %j", (text, expected) => {
    expect(isHttpUrl(text)).toBe(expected);
  });
});
