import { directedLayout } from "./direction";
import type { Register } from "../core/model";
import { annexContentsByAddressee } from "../core/summarize";
import type { Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import { layoutActiveReportsAnnex } from "./annex-active-reports";
import { layoutRecommendationAnnex } from "./annex-recommendations";
import type { SheetLayout } from "./model";

/**
 * The three annex sheets: Annex I (recommendations to legislative bodies), Annex II (to the executive
 * head) and Annex III (active reports), in that order.
 *
 * @example layoutAnnexes(register, summarize(register, "2023-02-28"), "en").map((s) => s.name) // ["Annex I", "Annex II", "Annex III"]
 */
export function layoutAnnexes(register: Register, summary: Summary, lang: Language): SheetLayout[] {
  const contents = annexContentsByAddressee(register);
  return [
    layoutRecommendationAnnex(contents.legislative, summary, "legislative", lang),
    layoutRecommendationAnnex(contents.executiveHead, summary, "executiveHead", lang),
    layoutActiveReportsAnnex(summary, lang),
  ].map((layout) => directedLayout(layout, lang));
}
