import type { Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatList } from "../labels/labels";

/**
 * The draft decision's list (the seed's paragraph 10): one line per report whose recommendations are
 * proposed for closure, newest report first, numbers joined by the language's list rules.
 *
 * @example decisionText(summary, "en") // ["JIU/REP/2021/6 (recommendation 4);", "JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);"]
 * @example decisionText(summary, "zh") // ["JIU/REP/2021/6 (建议 4) ;", "JIU/REP/2020/8 (建议 1、5、8 和 9) ;"]
 */
export function decisionText(summary: Summary, lang: Language): string[] {
  return summary.proposedForClosure
    .filter((group) => group.recommendations.length > 0)
    .map((group) =>
      formatLabel(group.recommendations.length === 1 ? "decision.item.one" : "decision.item.other", lang, {
        report: group.report.text,
        numbers: formatList(group.recommendations.map(String), lang),
      }),
    );
}
