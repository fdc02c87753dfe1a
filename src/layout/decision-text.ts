import type { ClosureGroup, Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { formatLabel, formatList, formatPlural } from "../labels/labels";

/**
 * The draft decision's list (the seed's paragraph 10): one line per report whose recommendations are
 * proposed for closure, newest report first, identifiers as written and joined by the language's list rules,
 * and the report's unnumbered (informal) recommendations named after them.
 *
 * @example decisionText(summary, "en") // ["JIU/REP/2021/6 (recommendation 4);", "JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);"]
 * @example decisionText(summary, "zh") // ["JIU/REP/2021/6 (建议 4) ;", "JIU/REP/2020/8 (建议 1、5、8 和 9) ;"]
 */
export function decisionText(summary: Summary, lang: Language): string[] {
  return summary.proposedForClosure
    .filter((group) => group.recommendations.length > 0)
    .map((group) => decisionItem(group, lang));
}

function decisionItem(group: ClosureGroup, lang: Language): string {
  const numbered = group.recommendations.filter((id) => !id.unnumbered).map((id) => id.text);
  const unnumbered = numbered.length < group.recommendations.length;
  if (numbered.length === 0)
    return formatLabel("decision.item.unnumbered", lang, { report: group.report.text });
  const id = unnumbered ? "decision.item.andUnnumbered" : "decision.item";
  return formatPlural(id, lang, numbered.length, {
    report: group.report.text,
    numbers: formatList(numbered, lang),
  });
}
