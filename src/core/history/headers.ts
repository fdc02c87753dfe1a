import { looseKey, rankedAliasLookup, type RankedAlias } from "../parse/normalize";
import { foldText } from "../parse/normalize";
import type { HistoryColumnId } from "./types";

/** The History sheet's columns in the order the roll-over writes them. */
export const HISTORY_COLUMNS: readonly HistoryColumnId[] = [
  "cycle",
  "report",
  "recommendation",
  "addressee",
  "acceptance",
  "implementation",
  "assessment",
  "responsible",
];

/** The languages the History sheet's header may be written in (the six official UN languages). */
export type HistoryHeaderLanguage = "en" | "zh" | "ar" | "fr" | "ru" | "es";

/**
 * The header the roll-over writes, per language: the first name of each column. Reading accepts every
 * language's names and the aliases below.
 */
export const HISTORY_HEADERS: Readonly<
  Record<HistoryHeaderLanguage, Readonly<Record<HistoryColumnId, string>>>
> = {
  en: {
    cycle: "Cycle as of",
    report: "Report",
    recommendation: "Recommendation",
    addressee: "Addressee",
    acceptance: "Acceptance",
    implementation: "Implementation",
    assessment: "Assessment",
    responsible: "Responsible",
  },
  zh: {
    cycle: "周期截止日期",
    report: "报告",
    recommendation: "建议",
    addressee: "对象",
    acceptance: "接受情况",
    implementation: "落实情况",
    assessment: "评估",
    responsible: "负责方",
  },
  ar: {
    cycle: "الدورة في تاريخ",
    report: "التقرير",
    recommendation: "التوصية",
    addressee: "الجهة المعنية",
    acceptance: "القبول",
    implementation: "التنفيذ",
    assessment: "التقييم",
    responsible: "المسؤول",
  },
  fr: {
    cycle: "Cycle au",
    report: "Rapport",
    recommendation: "Recommandation",
    addressee: "Destinataire",
    acceptance: "Acceptation",
    implementation: "Mise en œuvre",
    assessment: "Évaluation",
    responsible: "Responsable",
  },
  ru: {
    cycle: "Цикл по состоянию на",
    report: "Доклад",
    recommendation: "Рекомендация",
    addressee: "Адресат",
    acceptance: "Принятие",
    implementation: "Выполнение",
    assessment: "Оценка",
    responsible: "Ответственный",
  },
  es: {
    cycle: "Ciclo al",
    report: "Informe",
    recommendation: "Recomendación",
    addressee: "Destinatario",
    acceptance: "Aceptación",
    implementation: "Aplicación",
    assessment: "Evaluación",
    responsible: "Responsable",
  },
};

/** Other names a hand-made History header may use (the register's own header names, mostly). */
const OTHER_NAMES: Readonly<Record<HistoryColumnId, readonly string[]>> = {
  cycle: ["Cycle", "As of", "Cycle date", "Reporting cycle", "周期", "截至日期"],
  report: ["Report symbol", "Symbol", "JIU report", "报告文号"],
  recommendation: ["Recommendation no.", "Recommendation number", "Rec. no.", "建议编号"],
  addressee: ["Addressed to", "提交对象"],
  acceptance: ["Status of acceptance", "接受"],
  implementation: ["Status of implementation", "落实"],
  assessment: ["Management assessment", "管理层/联络点评估"],
  responsible: ["Responsible official", "负责人"],
};

const ALIASES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  HISTORY_COLUMNS.map((id) => [
    id,
    [...Object.values(HISTORY_HEADERS).map((headers) => headers[id]), ...OTHER_NAMES[id]],
  ]),
);

const lookup = rankedAliasLookup<HistoryColumnId>(ALIASES);

/**
 * The History column a header names, with its rank (0 for the English name).
 *
 * @example matchHistoryHeader("周期截止日期") // { value: "cycle", rank: 1 }
 */
export function matchHistoryHeader(text: string): RankedAlias<HistoryColumnId> | null {
  return lookup.get(looseKey(text)) ?? null;
}

/**
 * The name the roll-over gives the History sheet, per language. Not "History": Excel reserves that name
 * (it refuses a sheet so named, and the in-memory Excel and the .xlsx writer refuse it too), so the sheet is
 * "Reporting history"; each language's name is a phrase for the same reason, in case a localized Excel
 * reserves its own word for "History".
 */
export const HISTORY_SHEET_NAME: Readonly<Record<HistoryHeaderLanguage, string>> = {
  en: "Reporting history",
  zh: "报告历史",
  ar: "سجل التقارير",
  fr: "Historique des rapports",
  ru: "История отчетности",
  es: "Historial de informes",
};

/**
 * Names the History sheet answers to: the names above, and the plain words ("History", "历史", ...) that
 * a workbook made outside Excel, or by hand, may use.
 */
export const HISTORY_SHEET_NAMES: readonly string[] = [
  ...Object.values(HISTORY_SHEET_NAME),
  "History",
  "历史",
  "Cycle history",
  "Status history",
  "السجل التاريخي",
  "Historique",
  "История",
  "Historial",
];

const SHEET_KEYS = new Set(HISTORY_SHEET_NAMES.map(sheetKey));

function sheetKey(name: string): string {
  return foldText(name).toLowerCase();
}

/**
 * Whether a sheet name is the History sheet's, ignoring case and spacing.
 *
 * @example isHistorySheetName(" history ") // true
 */
export function isHistorySheetName(name: string): boolean {
  return SHEET_KEYS.has(sheetKey(name));
}
