import type { LabelTable } from "./label-table";

/** The roll-over command's own lines (its plan's lines and refusals are in rollover-labels.ts). */
export const CLI_ROLLOVER_LABELS = {
  "cliRollover.wrote": {
    en: "Wrote {output}: a copy of {input} with the cycle as of {date} recorded.",
    zh: "已写出 {output}：{input} 的副本，已记录截至 {date} 的周期。",
    ar: "تمت كتابة {output}: نسخة من {input} سُجلت فيها الدورة المنتهية في {date}.",
    fr: "Fichier {output} écrit\u00a0: une copie de {input} où le cycle arrêté au {date} est enregistré.",
    ru: "Записан файл {output}: копия {input}, в которой записан цикл по состоянию на {date}.",
    es: "Se escribió {output}: una copia de {input} en la que consta el ciclo al {date}.",
  },
  "cliRollover.confirmHint": {
    en: "Give --confirm to go ahead.",
    zh: "如需继续，请使用 --confirm。",
    ar: "استخدم --confirm للمضي قدما.",
    fr: "Indiquez --confirm pour continuer.",
    ru: "Укажите --confirm, чтобы продолжить.",
    es: "Indique --confirm para continuar.",
  },
  "cliRollover.nothingWritten": {
    en: "No file was written.",
    zh: "未写出任何文件。",
    ar: "لم يُكتب أي ملف.",
    fr: "Aucun fichier n'a été écrit.",
    ru: "Файл не записан.",
    es: "No se escribió ningún archivo.",
  },
} satisfies LabelTable;
