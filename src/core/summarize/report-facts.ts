import type { ReportSymbol } from "../model";
import { reportKey } from "./report-order";
import type { UsableRecommendation } from "./usable";

/** What the rows of one report say about the report itself. */
export interface ReportFacts {
  readonly report: ReportSymbol;
  /** The title most rows use (the first one seen on a tie); validation flags the rows that differ. */
  readonly title: string;
  /** The first link, CEB comments and other documents given on any of the report's rows. */
  readonly link: string | null;
  readonly cebComments: string | null;
  readonly otherDocuments: string | null;
  readonly cebCommentsText: string | null;
  readonly otherDocumentsText: string | null;
}

interface FactsDraft {
  report: ReportSymbol;
  /** The first title seen and how many rows give it. */
  firstTitle: string;
  firstTitleCount: number;
  /** Every title's count, in the order first seen; only once a second title appears (most reports have one). */
  titleCounts: Map<string, number> | null;
  link: string | null;
  cebComments: string | null;
  otherDocuments: string | null;
  cebCommentsText: string | null;
  otherDocumentsText: string | null;
}

/**
 * One entry per report, keyed by its symbol, gathered in one pass over the rows.
 *
 * @example reportFacts(recs).get("JIU/REP/2020/7")?.title // "区块链在联合国系统的应用：进入准备状态"
 */
export function reportFacts(recs: readonly UsableRecommendation[]): Map<string, ReportFacts> {
  const drafts = new Map<string, FactsDraft>();
  for (let index = 0; index < recs.length; index++) {
    const rec = recs[index] as UsableRecommendation;
    const key = reportKey(rec.report);
    let draft = drafts.get(key);
    if (!draft) {
      draft = {
        report: rec.report,
        firstTitle: "",
        firstTitleCount: 0,
        titleCounts: null,
        link: null,
        cebComments: null,
        otherDocuments: null,
        cebCommentsText: null,
        otherDocumentsText: null,
      };
      drafts.set(key, draft);
    }
    const title = rec.reportTitle.trim();
    if (title !== "") countTitle(draft, title);
    draft.link ??= nonBlank(rec.reportLink);
    draft.cebComments ??= nonBlank(rec.cebComments);
    draft.otherDocuments ??= nonBlank(rec.otherDocuments);
    // The words go with the address they label: taken from the row that gave the address.
    if (draft.cebComments === nonBlank(rec.cebComments))
      draft.cebCommentsText ??= rec.cebCommentsText ?? null;
    if (draft.otherDocuments === nonBlank(rec.otherDocuments)) {
      draft.otherDocumentsText ??= rec.otherDocumentsText ?? null;
    }
  }
  const facts = new Map<string, ReportFacts>();
  for (const [key, draft] of drafts) {
    facts.set(key, {
      report: draft.report,
      title: draft.titleCounts ? mostCommon(draft.titleCounts) : draft.firstTitle,
      link: draft.link,
      cebComments: draft.cebComments,
      otherDocuments: draft.otherDocuments,
      cebCommentsText: draft.cebCommentsText,
      otherDocumentsText: draft.otherDocumentsText,
    });
  }
  return facts;
}

function countTitle(draft: FactsDraft, title: string): void {
  if (draft.titleCounts) {
    draft.titleCounts.set(title, (draft.titleCounts.get(title) ?? 0) + 1);
  } else if (draft.firstTitleCount === 0 || title === draft.firstTitle) {
    draft.firstTitle = title;
    draft.firstTitleCount++;
  } else {
    draft.titleCounts = new Map([
      [draft.firstTitle, draft.firstTitleCount],
      [title, 1],
    ]);
  }
}

function nonBlank(text: string | null): string | null {
  return text === null || text.trim() === "" ? null : text;
}

/** Map iteration follows insertion order, so a strict ">" keeps the first title seen on a tie. */
function mostCommon(counts: ReadonlyMap<string, number>): string {
  let best = "";
  let bestCount = 0;
  for (const [text, count] of counts) {
    if (count > bestCount) {
      best = text;
      bestCount = count;
    }
  }
  return best;
}
