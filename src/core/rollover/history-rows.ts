import type { CellValue, IsoDate } from "../grid";
import type { Register } from "../model";
import { cellText } from "../parse/cell";
import { looseKey } from "../parse/normalize";
import { HISTORY_COLUMNS, HISTORY_HEADERS, type HistoryLanguage } from "./history-format";
import type { HistoryEntry } from "./history-read";
import { statusPairs } from "./register-cells";

/** A cell as History keeps it: as written, a link by its text. */
function kept(cell: CellValue | undefined): CellValue {
  if (cell === undefined || cell === "") return null;
  if (cell !== null && typeof cell === "object" && cell.kind === "link") return cell.text;
  return cell;
}

/**
 * This cycle's History rows, one per recommendation in register order. A register with one Status column
 * (and no Implementation column) keeps its phrase under Implementation: the phrase states both.
 */
export function historyRows(register: Register, asOf: IsoDate): CellValue[][] {
  return register.rows.map(({ cells }) => {
    const byColumn: Record<(typeof HISTORY_COLUMNS)[number], CellValue> = {
      cycle: { kind: "date", iso: asOf },
      report: kept(cells.reportSymbol),
      recommendation: kept(cells.recommendationNumber),
      addressee: kept(cells.addressee),
      acceptance: kept(cells.acceptance),
      implementation: kept(register.columns.implementation ? cells.implementation : cells.status),
      assessment: kept(cells.assessment),
      responsible: kept(cells.responsible),
    };
    return HISTORY_COLUMNS.map((id) => byColumn[id]);
  });
}

export function historyHeader(language: HistoryLanguage): CellValue[] {
  return HISTORY_COLUMNS.map((id) => HISTORY_HEADERS[language][id]);
}

/** "jiurep20216|3a": how a History row and a register row are matched. */
function recommendationKey(report: string, recommendation: string): string {
  return `${looseKey(report)}|${looseKey(recommendation)}`;
}

/**
 * The register rows whose previous statuses are not what History's last cycle recorded for the same
 * recommendation (recommendations new since then are not compared). Words are compared loosely (case,
 * spacing and punctuation aside).
 */
export function rowsDifferingFromHistory(register: Register, lastCycle: readonly HistoryEntry[]): number[] {
  const recorded = new Map(
    lastCycle.map((entry) => [recommendationKey(entry.report, entry.recommendation), entry]),
  );
  const pairs = statusPairs(register);
  return register.rows.flatMap(({ recommendation, cells }) => {
    const key = recommendationKey(cellText(cells.reportSymbol), cellText(cells.recommendationNumber));
    const entry = recorded.get(key);
    if (!entry) return [];
    const differs = pairs.some(({ from, to }) => {
      const wrote = from === "acceptance" ? entry.acceptance : entry.implementation;
      return looseKey(cellText(cells[to])) !== looseKey(wrote);
    });
    return differs ? [recommendation.row] : [];
  });
}
