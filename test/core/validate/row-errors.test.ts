import type { RuleId } from "../../../src/core/findings";
import { errorCell, linkCell, dateCell, type RowSpec } from "../../fixtures";
import { findingsFor, OUTSTANDING, rulesOf } from "./helpers";

type Case = readonly [description: string, row: RowSpec, expected: readonly RuleId[]];

/** Each fault beside look-alikes that must pass: numbers as text, case, Chinese words, two-digit years, NBSP. */
const CASES: readonly Case[] = [
  ["a valid closed row", {}, []],
  ["a valid outstanding row", OUTSTANDING, []],

  ["E01 missing symbol", { reportSymbol: null }, ["E01-report-symbol"]],
  ["E01 two-digit year after 2000", { reportSymbol: "JIU/REP/21/3" }, ["E01-report-symbol"]],
  ["E01 unknown series", { reportSymbol: "JIU/REPORT/2021/3" }, ["E01-report-symbol"]],
  ["E01 symbol as a number", { reportSymbol: 2021 }, ["E01-report-symbol"]],
  ["E01 formula error", { reportSymbol: errorCell("#REF!") }, ["E01-report-symbol"]],
  ["lower case symbol with spaces", { reportSymbol: " jiu/rep/2021/3\u00A0" }, []],
  ["two-digit year before 2000", { reportSymbol: "JIU/REP/98/3", implementation: "Implemented" }, []],
  ["a JIU note", { reportSymbol: "JIU/NOTE/2021/1" }, []],

  ["E02 missing number", { recommendationNumber: null }, ["E02-recommendation-number"]],
  ["E02 a word", { recommendationNumber: "four" }, ["E02-recommendation-number"]],
  ["E02 zero", { recommendationNumber: 0 }, ["E02-recommendation-number"]],
  ["E02 negative", { recommendationNumber: -1 }, ["E02-recommendation-number"]],
  ["E02 negative as text", { recommendationNumber: "-1" }, ["E02-recommendation-number"]],
  ["E02 an ordinal", { recommendationNumber: "1st" }, ["E02-recommendation-number"]],
  [
    "E02 a date (Excel's reading of 3.1 in some locales)",
    { recommendationNumber: dateCell("2023-01-03") },
    ["E02-recommendation-number"],
  ],
  ["number stored as text", { recommendationNumber: "4" }, []],
  ["number as full-width text", { recommendationNumber: "４" }, []],
  ["a number with a letter part (JIU: 3(a))", { recommendationNumber: "3(a)" }, []],
  ["a letter part without brackets", { recommendationNumber: "4a" }, []],
  ["a decimal part", { recommendationNumber: 2.5 }, []],
  ["a decimal part as text", { recommendationNumber: "3.1" }, []],
  ["an inserted recommendation", { recommendationNumber: "4 bis" }, []],
  ["a letter alone", { recommendationNumber: "(b)" }, []],
  ["the informal recommendations", { recommendationNumber: "Informal recommendations" }, []],

  ["E04 missing addressee", { addressee: null }, ["E04-addressee"]],
  ["E04 unknown addressee", { addressee: "Head" }, ["E04-addressee"]],
  ["a named body (WIPO)", { addressee: "Coordination Committee" }, []],
  ["a named executive head", { addressee: "Director-General" }, []],
  ["both", { addressee: "Both" }, []],
  ["addressee in Chinese", { addressee: "立法机构" }, []],
  ["addressee in upper case", { addressee: "EXECUTIVE HEAD" }, []],
  ["addressee variant", { addressee: "Governing body" }, []],

  ["E05 misspelt acceptance", { acceptance: "Acepted" }, ["E05-acceptance"]],
  [
    "E05 missing acceptance, no implementation",
    { acceptance: "  ", implementation: null },
    ["E05-acceptance"],
  ],
  ["W11 missing acceptance, implementation given", { acceptance: "  " }, ["W11-acceptance-inferred"]],
  [
    "E05 an implementation word as acceptance",
    { acceptance: "Implemented", implementation: null },
    ["E05-acceptance"],
  ],
  ["acceptance closed without a reason", { acceptance: "Closed", implementation: null }, []],
  ["E07 closed, with an implementation", { acceptance: "Closed" }, ["E07-implementation-without-acceptance"]],
  ["a phrase that states the acceptance too", { acceptance: "Accepted and implemented" }, []],
  [
    "implementation phrase that states acceptance",
    { acceptance: null, implementation: "Partially implemented", deadline: null },
    [],
  ],
  ["acceptance in Chinese", { acceptance: "已接受" }, []],
  ["acceptance with NBSP and odd case", { acceptance: "\u00A0ACCEPTED " }, []],

  ["E06 unknown implementation", { implementation: "Half done", deadline: null }, ["E06-implementation"]],
  ["E06 blank while accepted", { implementation: null, deadline: null }, ["E06-implementation"]],
  ["E06 not applicable while accepted", { implementation: "不适用", deadline: null }, ["E06-implementation"]],
  ["implementation in Chinese", { implementation: "已落实" }, []],
  ["blank implementation when not accepted", { acceptance: "Not accepted", implementation: null }, []],
  ["not applicable when not relevant", { acceptance: "不相关", implementation: "Not applicable" }, []],
  [
    "under consideration with no implementation",
    { acceptance: "Under consideration", implementation: null, deadline: null },
    [],
  ],

  [
    "E07 implemented but not accepted",
    { acceptance: "Not accepted" },
    ["E07-implementation-without-acceptance"],
  ],
  [
    "E07 in progress but not relevant",
    { acceptance: "未予接受", implementation: "正在落实" },
    ["E07-implementation-without-acceptance"],
  ],

  ["E08 outstanding without responsible", { ...OUTSTANDING, responsible: null }, ["E08-responsible-missing"]],
  ["E08 responsible of spaces", { ...OUTSTANDING, responsible: " \u3000 " }, ["E08-responsible-missing"]],
  [
    "E08 under consideration without responsible",
    { acceptance: "正在审议", implementation: null, deadline: null, responsible: null },
    ["E08-responsible-missing"],
  ],
  ["closed without responsible", { responsible: null }, []],

  ["E09 missing text", { recommendationText: null }, ["E09-text-missing"]],
  ["E09 text of spaces", { recommendationText: "\u200B " }, ["E09-text-missing"]],

  ["E10 missing title", { reportTitle: "" }, ["E10-report-title"]],

  ["E11 link without scheme", { reportLink: "www.unjiu.org/content/reports" }, ["E11-link"]],
  [
    "E11 hyperlink to an e-mail address",
    { reportLink: linkCell("Report", "mailto:jiu@un.org") },
    ["E11-link"],
  ],
  ["E11 CEB comments as plain text", { cebComments: "首协会评论意见" }, ["E11-link"]],
  ["E11 other documents on ftp", { otherDocuments: "ftp://example.org/x.pdf" }, ["E11-link"]],
  ["link in upper case", { reportLink: "HTTPS://WWW.UNJIU.ORG/" }, []],
  ["hyperlinked text", { reportLink: linkCell("链接", "https://www.unjiu.org/") }, []],
  ["plain http link", { otherDocuments: "http://www.wipo.int/about-wipo/en/oversight/" }, []],

  ["E12 locale date text", { deadline: "28/02/2023" }, ["E12-date"]],
  ["E12 impossible date", { deadline: "2023-02-30" }, ["E12-date"]],
  ["E12 number in a date column", { lastUpdated: 44985 }, ["E12-date"]],
  ["E12 words in a date column", { lastUpdated: "yesterday" }, ["E12-date"]],
  ["ISO date text", { deadline: "2023-02-28", lastUpdated: " 2023-02-01 " }, []],
  ["Excel dates", { deadline: dateCell("2024-02-29"), lastUpdated: dateCell("2023-02-28") }, []],
];

describe("row rules", () => {
  it.each(CASES)("%s", (_description, row, expected) => {
    expect(rulesOf(findingsFor([row]))).toEqual(expected);
  });
});
