import type { LabelTable } from "./label-table";

/**
 * What the pane and the ribbon's dialog say after an action: sheets written, marks cleared. Counts with a
 * noun that agrees with them are plural labels, in ui-count-labels.ts; "Show 3 more groups" gives its
 * count in brackets in Arabic, French, Russian and Spanish, as those languages' interfaces do.
 */
export const UI_MESSAGE_LABELS = {
  "ui.sheetsGenerated": {
    en: "Sheets created: {sheets}",
    zh: "已生成工作表：{sheets}",
    ar: "الأوراق التي أُنشئت: {sheets}",
    fr: "Feuilles créées : {sheets}",
    ru: "Созданы листы: {sheets}",
    es: "Hojas creadas: {sheets}",
  },
  "ui.sheetRenamed": {
    en: 'A sheet named "{wanted}" already exists and is yours, so it was left as it is; the new sheet is named "{used}".',
    zh: "已有名为“{wanted}”的工作表且不是本加载项生成的，因此保持不变；新工作表命名为“{used}”。",
    ar: "توجد بالفعل ورقة باسم «{wanted}» أنشأتها أنت، فتُركت كما هي؛ وسُميت الورقة الجديدة «{used}».",
    fr: "Une feuille nommée « {wanted} » existe déjà et vous appartient ; elle a été laissée telle quelle et la nouvelle feuille est nommée « {used} ».",
    ru: "Лист «{wanted}» уже существует и создан вами, поэтому он оставлен без изменений; новый лист назван «{used}».",
    es: "Ya existe una hoja suya llamada “{wanted}”, que se ha dejado como estaba; la nueva hoja se llama “{used}”.",
  },
  /** A sheet's name quoted in running text, as the language quotes. */
  "ui.quoted": {
    en: "“{text}”",
    zh: "“{text}”",
    ar: "«{text}»",
    fr: "« {text} »",
    ru: "«{text}»",
    es: "“{text}”",
  },
  /** Between two counts: "2 errors, 1 warning". */
  "ui.countSeparator": { en: ", ", zh: "，", ar: "، ", fr: ", ", ru: ", ", es: ", " },
  "ui.marksCleared": {
    en: "Marks cleared.",
    zh: "标记已清除。",
    ar: "مُسحت العلامات.",
    fr: "Marques effacées.",
    ru: "Пометки сняты.",
    es: "Marcas borradas.",
  },

  "ui.showMore": {
    en: "Show {count} more",
    zh: "再显示 {count} 项",
    ar: "عرض المزيد ({count})",
    fr: "Afficher {count} de plus",
    ru: "Показать еще {count}",
    es: "Mostrar {count} más",
  },
  "ui.showMoreGroups": {
    en: "Show {count} more groups",
    zh: "再显示 {count} 组",
    ar: "عرض مجموعات أخرى ({count})",
    fr: "Afficher d'autres groupes ({count})",
    ru: "Показать еще группы ({count})",
    es: "Mostrar más grupos ({count})",
  },

  "ui.commandResult.title": {
    en: "Register validated",
    zh: "登记册已验证",
    ar: "جرى التحقق من السجل",
    fr: "Registre vérifié",
    ru: "Реестр проверен",
    es: "Registro validado",
  },

  "ui.commandResult.marked": {
    en: "The cells concerned are marked in the register, and the first one is selected.",
    zh: "相关单元格已在登记册中标出，并已选中第一个。",
    ar: "وُضعت علامات على الخلايا المعنية في السجل، وحُددت أولاها.",
    fr: "Les cellules concernées sont marquées dans le registre et la première est sélectionnée.",
    ru: "Соответствующие ячейки помечены в реестре, первая из них выделена.",
    es: "Las celdas afectadas están marcadas en el registro y la primera está seleccionada.",
  },
  "ui.commandResult.close": {
    en: "You can close this window.",
    zh: "您可以关闭此窗口。",
    ar: "يمكنك إغلاق هذه النافذة.",
    fr: "Vous pouvez fermer cette fenêtre.",
    ru: "Это окно можно закрыть.",
    es: "Puede cerrar esta ventana.",
  },
} satisfies LabelTable;
