import type { Acceptance, Addressee, Implementation } from "../model";
import { looseKey } from "./normalize";

/**
 * Status words in the other official languages of the United Nations (French, Spanish, Russian, Arabic).
 * The register takes its words in English or Chinese, the languages of the generated annexes, so these are
 * not read as statuses: a word half-known would be a guess, and a guess would change the report's counts.
 * They are recognised only so that validation can say which English word to type instead.
 */
export type ForeignLanguage = "French" | "Spanish" | "Russian" | "Arabic";

export type ForeignMeaning =
  | { readonly column: "acceptance"; readonly value: Acceptance }
  | { readonly column: "implementation"; readonly value: Implementation }
  | { readonly column: "addressee"; readonly value: Addressee };

interface ForeignEntry {
  readonly meaning: ForeignMeaning;
  readonly words: Readonly<Partial<Record<ForeignLanguage, readonly string[]>>>;
}

const acceptance = (value: Acceptance): ForeignMeaning => ({ column: "acceptance", value });
const implementation = (value: Implementation): ForeignMeaning => ({ column: "implementation", value });
const addressee = (value: Addressee): ForeignMeaning => ({ column: "addressee", value });

const ENTRIES: readonly ForeignEntry[] = [
  {
    meaning: acceptance("accepted"),
    words: {
      French: ["Acceptée", "Accepté", "Acceptées", "Acceptés", "Acceptation"],
      Spanish: ["Aceptada", "Aceptado", "Aceptadas", "Aceptados"],
      Russian: ["Принята", "Принято", "Принят", "Приняты"],
      Arabic: ["مقبولة", "مقبول", "قُبلت"],
    },
  },
  {
    meaning: acceptance("notAccepted"),
    words: {
      French: ["Non acceptée", "Non accepté", "Rejetée", "Refusée"],
      Spanish: ["No aceptada", "No aceptado", "Rechazada", "Rechazado"],
      Russian: ["Не принята", "Не принято", "Отклонена", "Отклонено"],
      Arabic: ["غير مقبولة", "غير مقبول", "مرفوضة"],
    },
  },
  {
    meaning: acceptance("underConsideration"),
    words: {
      French: ["À l'étude", "À l'examen", "En cours d'examen", "En examen"],
      Spanish: ["En estudio", "En consideración", "En examen", "En curso de examen"],
      Russian: ["На рассмотрении", "Рассматривается"],
      Arabic: ["قيد النظر", "قيد الدراسة"],
    },
  },
  {
    meaning: acceptance("notRelevant"),
    words: {
      French: ["Sans objet", "Non pertinente", "Non pertinent"],
      Spanish: ["No pertinente", "No procede"],
      Russian: ["Не относится", "Не актуальна", "Не актуально"],
      Arabic: ["غير ذات صلة", "لا صلة لها"],
    },
  },
  {
    meaning: implementation("implemented"),
    words: {
      French: ["Mise en œuvre", "Mise en oeuvre", "Appliquée", "Réalisée", "Exécutée"],
      Spanish: ["Aplicada", "Aplicado", "Implementada", "Implementado", "Cumplida"],
      Russian: ["Выполнена", "Выполнено", "Осуществлена", "Осуществлено"],
      Arabic: ["منفذة", "نُفذت", "تم التنفيذ"],
    },
  },
  {
    meaning: implementation("inProgress"),
    words: {
      French: ["En cours", "En cours de mise en œuvre", "En cours d'application"],
      Spanish: ["En curso", "En proceso", "En ejecución", "En aplicación"],
      Russian: ["Выполняется", "В процессе выполнения", "В процессе"],
      Arabic: ["قيد التنفيذ", "جار التنفيذ", "جاري التنفيذ"],
    },
  },
  {
    meaning: implementation("notStarted"),
    words: {
      French: ["Pas commencée", "Non commencée", "Non entamée", "Pas encore commencée"],
      Spanish: ["No iniciada", "No iniciado", "Sin iniciar"],
      Russian: ["Не начата", "Не начато", "Выполнение не начато"],
      Arabic: ["لم يبدأ", "لم يبدأ التنفيذ", "لم يبدأ تنفيذها"],
    },
  },
  {
    meaning: addressee("legislative"),
    words: {
      French: ["Organe délibérant", "Organes délibérants", "Organe directeur", "Organes directeurs"],
      Spanish: ["Órgano legislativo", "Órganos legislativos", "Órgano rector", "Órganos rectores"],
      Russian: ["Директивный орган", "Директивные органы", "Руководящий орган", "Руководящие органы"],
      Arabic: ["الهيئة التشريعية", "الهيئات التشريعية", "مجلس الإدارة"],
    },
  },
  {
    meaning: addressee("executiveHead"),
    words: {
      French: ["Chef de secrétariat", "Chefs de secrétariat", "Chef exécutif", "Directeur général"],
      Spanish: ["Jefe ejecutivo", "Jefa ejecutiva", "Jefes ejecutivos"],
      Russian: ["Административный руководитель", "Исполнительный глава"],
      Arabic: ["الرئيس التنفيذي", "الرؤساء التنفيذيون", "الرئيسة التنفيذية"],
    },
  },
];

const MARKS = /\p{M}+/gu;

/** A key that ignores accents and Arabic vowel marks as well as case, spacing and punctuation. */
function bareKey(text: string): string {
  return looseKey(text.normalize("NFKD").replace(MARKS, ""));
}

const LOOKUP = new Map<string, { readonly language: ForeignLanguage; readonly meaning: ForeignMeaning }>();
for (const { meaning, words } of ENTRIES) {
  for (const [language, list] of Object.entries(words) as [ForeignLanguage, readonly string[]][]) {
    for (const word of list) LOOKUP.set(`${meaning.column}:${bareKey(word)}`, { language, meaning });
  }
}

/**
 * The language and meaning of a status word typed in French, Spanish, Russian or Arabic, or null.
 * Accents, case and spacing are ignored ("ACCEPTEE" is "Acceptée").
 *
 * @example foreignWord("acceptance", "Aceptada") // { language: "Spanish", meaning: { column: "acceptance", value: "accepted" } }
 */
export function foreignWord(
  column: ForeignMeaning["column"],
  text: string,
): { readonly language: ForeignLanguage; readonly meaning: ForeignMeaning } | null {
  return LOOKUP.get(`${column}:${bareKey(text)}`) ?? null;
}
