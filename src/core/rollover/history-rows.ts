import type { CellValue, IsoDate } from "../grid";
import type { Register } from "../model";
import { lastCycleByKey, historyKey, type History } from "../history";
import { HISTORY_COLUMNS, HISTORY_HEADERS, type HistoryLanguage } from "./history-format";

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

/**
 * The register rows whose previous statuses (as read) are not what History's last cycle recorded for the
 * same recommendation. Recommendations new since then, and a register without previous columns (they are
 * about to be created), are not compared.
 */
export function rowsDifferingFromHistory(register: Register, history: History): number[] {
  const recorded = lastCycleByKey(history);
  return register.rows.flatMap(({ recommendation }) => {
    const { report, number, previousAcceptance, previousImplementation } = recommendation;
    if (!report || !number || previousAcceptance === undefined) return [];
    const entry = recorded.get(historyKey(report, number));
    if (!entry) return [];
    const same =
      entry.acceptance === previousAcceptance && entry.implementation === (previousImplementation ?? null);
    return same ? [] : [recommendation.row];
  });
}
