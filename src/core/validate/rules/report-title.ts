import { readText } from "../../parse/cell";
import { foldText } from "../../parse/normalize";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";
import { formulaErrorMessage, quotable } from "../messages";

interface TitleCount {
  readonly title: string;
  count: number;
  readonly firstRow: number;
}

/**
 * For each report whose rows give it two titles or more: the title most rows use (ties to the one seen first).
 */
function majorityTitles(
  titlesByReport: ReadonlyMap<string, ReadonlyMap<string, TitleCount>>,
): Map<string, { key: string; entry: TitleCount; total: number }> {
  const majority = new Map<string, { key: string; entry: TitleCount; total: number }>();
  for (const [symbol, titles] of titlesByReport) {
    if (titles.size < 2) continue;
    let best: { key: string; entry: TitleCount } | null = null;
    let total = 0;
    for (const [key, entry] of titles) {
      total += entry.count;
      if (!best || entry.count > best.entry.count) best = { key, entry };
    }
    if (best) majority.set(symbol, { ...best, total });
  }
  return majority;
}

/**
 * E10: report title missing, or differing from the title most rows of the same report use.
 * Titles are compared after folding spaces and width variants, so an extra space is not a difference.
 * Ties go to the title seen first. Two passes with maps keep it linear.
 */
export const reportTitleRule: Rule = ({ register, report }) => {
  const field = "reportTitle";
  const folded = new Map<string, string>();
  const fold = (title: string): string => {
    let key = folded.get(title);
    if (key === undefined) folded.set(title, (key = foldText(title)));
    return key;
  };
  const titlesByReport = new Map<string, Map<string, TitleCount>>();
  for (const { recommendation, cells } of register.rows) {
    if (recommendation.reportTitle === "") {
      const reading = readText(cells.reportTitle);
      const message =
        reading.kind === "formulaError"
          ? formulaErrorMessage(field, reading.code)
          : recommendation.report
            ? findingMessageOf("reportTitle.missing", { field, symbol: recommendation.report.text })
            : findingMessageOf("reportTitle.missingNoSymbol", { field });
      report(recommendation.row, "reportTitle", "E10-report-title", message);
      continue;
    }
    if (!recommendation.report) continue;
    let titles = titlesByReport.get(recommendation.report.text);
    if (!titles) titlesByReport.set(recommendation.report.text, (titles = new Map()));
    const key = fold(recommendation.reportTitle);
    const entry = titles.get(key);
    if (entry) entry.count++;
    else titles.set(key, { title: recommendation.reportTitle, count: 1, firstRow: recommendation.row });
  }

  const majority = majorityTitles(titlesByReport);
  if (majority.size === 0) return;

  for (const { recommendation } of register.rows) {
    const symbol = recommendation.report?.text;
    const expected = symbol === undefined ? undefined : majority.get(symbol);
    if (!expected || recommendation.reportTitle === "") continue;
    if (fold(recommendation.reportTitle) === expected.key) continue;
    const count = expected.entry.count;
    const params = {
      field,
      value: quotable(recommendation.reportTitle),
      expected: quotable(expected.entry.title),
      symbol,
      firstRow: expected.entry.firstRow,
    } as const;
    report(
      recommendation.row,
      "reportTitle",
      "E10-report-title",
      count === 1
        ? findingMessageOf("reportTitle.differsFromOneRow", params)
        : findingMessageOf("reportTitle.differsFromRows", { ...params, count }),
    );
  }
};
