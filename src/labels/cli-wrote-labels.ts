import type { LabelTable } from "./label-table";

/** The CLI's line saying what file it wrote (summary, annex, report, new), in the language of --lang. */
export const CLI_WROTE_LABELS = {
  "cliWrote.sheets": {
    en: { one: "sheet {names}", other: "sheets {names}" },
    zh: { other: "工作表 {names}" },
    ar: {
      zero: "الأوراق {names}",
      one: "الورقة {names}",
      two: "الورقتين {names}",
      few: "الأوراق {names}",
      many: "الأوراق {names}",
      other: "الأوراق {names}",
    },
    fr: { one: "la feuille {names}", many: "les feuilles {names}", other: "les feuilles {names}" },
    ru: { one: "лист {names}", few: "листы {names}", many: "листы {names}", other: "листы {names}" },
    es: { one: "la hoja {names}", many: "las hojas {names}", other: "las hojas {names}" },
  },
  "cliWrote.replaced": {
    en: "{name} (replaced)",
    zh: "{name}（已替换）",
    ar: "{name} (مستبدلة)",
    fr: "{name} (remplacée)",
    ru: "{name} (заменен)",
    es: "{name} (reemplazada)",
  },
  "cliWrote.copy": {
    en: "Wrote {output}: a copy of {input} with {sheets} added.",
    zh: "已写出 {output}：{input} 的副本，添加了{sheets}。",
    ar: "تمت كتابة {output}: نسخة من {input} أضيفت إليها {sheets}.",
    fr: "Fichier {output} écrit : une copie de {input} à laquelle s'ajoutent {sheets}.",
    ru: "Записан файл {output}: копия {input}, в которую добавлены {sheets}.",
    es: "Se escribió {output}: una copia de {input} con {sheets} añadidas.",
  },
  "cliWrote.onlyGenerated": {
    en: "Wrote {output}: {sheets} generated from {input}, and no other sheet.",
    zh: "已写出 {output}：由 {input} 生成的{sheets}，不含其他工作表。",
    ar: "تمت كتابة {output}: {sheets} المنشأة من {input}، دون أي ورقة أخرى.",
    fr: "Fichier {output} écrit : {sheets} produites à partir de {input}, et aucune autre feuille.",
    ru: "Записан файл {output}: {sheets}, сформированные из {input}, и никаких других листов.",
    es: "Se escribió {output}: {sheets} generadas a partir de {input}, y ninguna otra hoja.",
  },
  "cliWrote.report": {
    en: "Wrote {output}: the progress report as of {asOf}, from {input}.",
    zh: "已写出 {output}：截至 {asOf} 的进展报告，依据 {input}。",
    ar: "تمت كتابة {output}: التقرير المرحلي في {asOf}، من {input}.",
    fr: "Fichier {output} écrit : le rapport intérimaire au {asOf}, à partir de {input}.",
    ru: "Записан файл {output}: доклад о ходе выполнения рекомендаций по состоянию на {asOf}, из {input}.",
    es: "Se escribió {output}: el informe sobre la marcha de los trabajos al {asOf}, a partir de {input}.",
  },
  "cliWrote.newRegister": {
    en: "Wrote {output}: a new register on sheet {register}{rest}. Type or paste the recommendations from row 2.",
    zh: "已写出 {output}：新的登记册位于工作表 {register}{rest}。请从第 2 行起输入或粘贴建议。",
    ar: "تمت كتابة {output}: سجل جديد في الورقة {register}{rest}. اكتب التوصيات أو الصقها بدءا من الصف 2.",
    fr: "Fichier {output} écrit : un nouveau registre dans la feuille {register}{rest}. Saisissez ou collez les recommandations à partir de la ligne 2.",
    ru: "Записан файл {output}: новый реестр на листе {register}{rest}. Введите или вставьте рекомендации начиная со строки 2.",
    es: "Se escribió {output}: un registro nuevo en la hoja {register}{rest}. Escriba o pegue las recomendaciones a partir de la fila 2.",
  },
  "cliWrote.newRegisterSheets": {
    en: ", with the sheets {names}",
    zh: "，并附有工作表 {names}",
    ar: "، مع الأوراق {names}",
    fr: ", avec les feuilles {names}",
    ru: ", с листами {names}",
    es: ", con las hojas {names}",
  },
  "cliWrote.forced": {
    en: {
      one: "Writing despite {count} error in the register (--force).",
      other: "Writing despite {count} errors in the register (--force).",
    },
    zh: { other: "登记册有 {count} 个错误，仍然写出（--force）。" },
    ar: {
      zero: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
      one: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
      two: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
      few: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
      many: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
      other: "الكتابة رغم وجود أخطاء في السجل ({count}) (--force).",
    },
    fr: {
      one: "Écriture malgré {count} erreur dans le registre (--force).",
      many: "Écriture malgré {count} erreurs dans le registre (--force).",
      other: "Écriture malgré {count} erreurs dans le registre (--force).",
    },
    ru: {
      one: "Запись несмотря на {count} ошибку в реестре (--force).",
      few: "Запись несмотря на {count} ошибки в реестре (--force).",
      many: "Запись несмотря на {count} ошибок в реестре (--force).",
      other: "Запись несмотря на {count} ошибки в реестре (--force).",
    },
    es: {
      one: "Se escribe pese a {count} error en el registro (--force).",
      many: "Se escribe pese a {count} errores en el registro (--force).",
      other: "Se escribe pese a {count} errores en el registro (--force).",
    },
  },
  "cliWrote.refused": {
    en: {
      one: "The register has {count} error, so no sheets were written. Fix them ({command} lists them too), or give --force to write anyway:",
      other:
        "The register has {count} errors, so no sheets were written. Fix them ({command} lists them too), or give --force to write anyway:",
    },
    zh: {
      other:
        "登记册有 {count} 个错误，因此未写出任何工作表。请改正这些错误（{command} 也会列出），或使用 --force 仍然写出：",
    },
    ar: {
      zero: "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
      one: "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
      two: "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
      few: "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
      many: "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
      other:
        "في السجل أخطاء ({count})، ولذلك لم تُكتب أي ورقة. صحّحها (يسردها {command} أيضا) أو استخدم --force للكتابة رغم ذلك:",
    },
    fr: {
      one: "Le registre comporte {count} erreur ; aucune feuille n'a donc été écrite. Corrigez-la ({command} la liste aussi) ou donnez --force pour écrire quand même :",
      many: "Le registre comporte {count} erreurs ; aucune feuille n'a donc été écrite. Corrigez-les ({command} les liste aussi) ou donnez --force pour écrire quand même :",
      other:
        "Le registre comporte {count} erreurs ; aucune feuille n'a donc été écrite. Corrigez-les ({command} les liste aussi) ou donnez --force pour écrire quand même :",
    },
    ru: {
      one: "В реестре {count} ошибка, поэтому листы не записаны. Исправьте ошибки ({command} также перечисляет их) или укажите --force, чтобы все равно записать:",
      few: "В реестре {count} ошибки, поэтому листы не записаны. Исправьте ошибки ({command} также перечисляет их) или укажите --force, чтобы все равно записать:",
      many: "В реестре {count} ошибок, поэтому листы не записаны. Исправьте ошибки ({command} также перечисляет их) или укажите --force, чтобы все равно записать:",
      other:
        "В реестре {count} ошибки, поэтому листы не записаны. Исправьте ошибки ({command} также перечисляет их) или укажите --force, чтобы все равно записать:",
    },
    es: {
      one: "El registro tiene {count} error, por lo que no se escribió ninguna hoja. Corríjalo ({command} también lo enumera) o indique --force para escribir de todos modos:",
      many: "El registro tiene {count} errores, por lo que no se escribió ninguna hoja. Corríjalos ({command} también los enumera) o indique --force para escribir de todos modos:",
      other:
        "El registro tiene {count} errores, por lo que no se escribió ninguna hoja. Corríjalos ({command} también los enumera) o indique --force para escribir de todos modos:",
    },
  },
} satisfies LabelTable;
