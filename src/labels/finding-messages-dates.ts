import type { FindingMessageId } from "../core/findings";
import type { LabelTexts } from "./label-table";

/**
 * Finding messages about dates (what to type: YYYY-MM-DD, which every language's Excel reads) and about
 * the side sheets: planned JIU reviews listed twice, and a second register in the workbook.
 */
export const DATE_AND_SHEET_MESSAGES = {
  "date.number": {
    en: "{field} holds the number {number}, not a date; type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}为数字 {number}，而不是日期；请按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
    ar: "{field}: الخلية تحتوي على العدد {number} وليس على تاريخ؛ اكتب التاريخ بالصيغة YYYY-MM-DD أو أدخله تاريخًا في Excel",
    fr: "{field} : la cellule contient le nombre {number}, et non une date ; inscrivez la date sous la forme AAAA-MM-JJ ou saisissez-la comme date Excel",
    ru: "{field}: в ячейке число {number}, а не дата; введите дату в формате ГГГГ-ММ-ДД или как дату Excel",
    es: "{field}: la celda contiene el número {number}, no una fecha; escriba la fecha como AAAA-MM-DD o introdúzcala como fecha de Excel",
  },
  "date.numberWouldShow": {
    en: "{field} holds the number {number}, not a date; format the cell as a date (it would show {date}) or type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}为数字 {number}，而不是日期；请将单元格格式设为日期（将显示为 {date}），或按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
    ar: "{field}: الخلية تحتوي على العدد {number} وليس على تاريخ؛ نسّق الخلية تاريخًا (ستعرض {date}) أو اكتب التاريخ بالصيغة YYYY-MM-DD أو أدخله تاريخًا في Excel",
    fr: "{field} : la cellule contient le nombre {number}, et non une date ; mettez la cellule au format date (elle afficherait {date}), inscrivez la date sous la forme AAAA-MM-JJ ou saisissez-la comme date Excel",
    ru: "{field}: в ячейке число {number}, а не дата; задайте для ячейки формат даты (будет показано {date}), введите дату в формате ГГГГ-ММ-ДД или как дату Excel",
    es: "{field}: la celda contiene el número {number}, no una fecha; aplique a la celda el formato de fecha (mostraría {date}), escriba la fecha como AAAA-MM-DD o introdúzcala como fecha de Excel",
  },
  "date.notCalendarDate": {
    en: "{field} '{value}' is not a real calendar date; check the month and day, and type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}“{value}”不是实际存在的日期；请检查月和日，并按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
    ar: "{field}: «{value}» ليس تاريخًا موجودًا في التقويم؛ تحقق من الشهر واليوم، واكتب التاريخ بالصيغة YYYY-MM-DD أو أدخله تاريخًا في Excel",
    fr: "{field} : « {value} » n'est pas une date réelle du calendrier ; vérifiez le mois et le jour, et inscrivez la date sous la forme AAAA-MM-JJ ou saisissez-la comme date Excel",
    ru: "{field}: «{value}» — несуществующая дата; проверьте месяц и день и введите дату в формате ГГГГ-ММ-ДД или как дату Excel",
    es: "{field}: “{value}” no es una fecha real del calendario; compruebe el mes y el día, y escriba la fecha como AAAA-MM-DD o introdúzcala como fecha de Excel",
  },
  "date.dayMonthOrder": {
    en: "{field} '{value}' is not a date the register can read, since day and month order differ by locale; type it as {date}, or enter it as an Excel date",
    zh: "登记册无法读取{field}“{value}”，因为日和月的顺序因地区而异；请输入 {date}，或以 Excel 日期格式输入",
    ar: "{field}: «{value}» ليس تاريخًا يستطيع السجل قراءته، لأن ترتيب اليوم والشهر يختلف من بلد إلى آخر؛ اكتبه بالصيغة {date}، أو أدخله تاريخًا في Excel",
    fr: "{field} : « {value} » n'est pas une date que le registre peut lire, car l'ordre du jour et du mois varie selon les pays ; inscrivez-la sous la forme {date} ou saisissez-la comme date Excel",
    ru: "{field}: «{value}» — дата, которую реестр не может прочитать, поскольку порядок дня и месяца зависит от страны; введите ее как {date} или как дату Excel",
    es: "{field}: “{value}” no es una fecha que el registro pueda leer, porque el orden del día y el mes varía según el país; escríbala como {date} o introdúzcala como fecha de Excel",
  },
  "date.dayMonthOrderAmbiguous": {
    en: "{field} '{value}' is not a date the register can read, since day and month order differ by locale; type it as YYYY-MM-DD ({dayFirst} or {monthFirst}?), or enter it as an Excel date",
    zh: "登记册无法读取{field}“{value}”，因为日和月的顺序因地区而异；请按 YYYY-MM-DD 格式输入（{dayFirst} 还是 {monthFirst}？），或以 Excel 日期格式输入",
    ar: "{field}: «{value}» ليس تاريخًا يستطيع السجل قراءته، لأن ترتيب اليوم والشهر يختلف من بلد إلى آخر؛ اكتبه بالصيغة YYYY-MM-DD ({dayFirst} أم {monthFirst}؟)، أو أدخله تاريخًا في Excel",
    fr: "{field} : « {value} » n'est pas une date que le registre peut lire, car l'ordre du jour et du mois varie selon les pays ; inscrivez-la sous la forme AAAA-MM-JJ ({dayFirst} ou {monthFirst} ?) ou saisissez-la comme date Excel",
    ru: "{field}: «{value}» — дата, которую реестр не может прочитать, поскольку порядок дня и месяца зависит от страны; введите ее в формате ГГГГ-ММ-ДД ({dayFirst} или {monthFirst}?) или как дату Excel",
    es: "{field}: “{value}” no es una fecha que el registro pueda leer, porque el orden del día y el mes varía según el país; escríbala como AAAA-MM-DD (¿{dayFirst} o {monthFirst}?) o introdúzcala como fecha de Excel",
  },
  "date.notDate": {
    en: "{field} '{value}' is not a date; type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}“{value}”不是日期；请按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
    ar: "{field}: «{value}» ليس تاريخًا؛ اكتب التاريخ بالصيغة YYYY-MM-DD أو أدخله تاريخًا في Excel",
    fr: "{field} : « {value} » n'est pas une date ; inscrivez la date sous la forme AAAA-MM-JJ ou saisissez-la comme date Excel",
    ru: "{field}: «{value}» не является датой; введите дату в формате ГГГГ-ММ-ДД или как дату Excel",
    es: "{field}: “{value}” no es una fecha; escriba la fecha como AAAA-MM-DD o introdúzcala como fecha de Excel",
  },
  "lastUpdated.future": {
    en: "{field} {date} is after the as-of date {asOf}; check the date, or report as of a later date",
    zh: "{field} {date} 晚于截至日期 {asOf}；请检查日期，或改用更晚的截至日期",
    ar: "{field}: التاريخ {date} لاحق لتاريخ التقرير {asOf}؛ تحقق من التاريخ، أو اختر تاريخًا لاحقًا للتقرير",
    fr: "{field} : la date {date} est postérieure à la date de référence {asOf} ; vérifiez la date ou choisissez une date de référence ultérieure",
    ru: "{field}: дата {date} позже отчетной даты {asOf}; проверьте дату или выберите более позднюю отчетную дату",
    es: "{field}: la fecha {date} es posterior a la fecha de referencia {asOf}; compruebe la fecha o elija una fecha de referencia posterior",
  },
  "deadline.overdue": {
    en: "{field} {date} has passed (as of {asOf}) and the recommendation is still outstanding; update its status or agree a new deadline",
    zh: "{field} {date} 已过（截至 {asOf}），该建议仍未完成；请更新其状态或商定新的截止日期",
    ar: "{field}: انقضى التاريخ {date} (في {asOf}) ولم تُنفذ التوصية بعد؛ حدّث حالتها أو اتفق على موعد نهائي جديد",
    fr: "{field} : la date du {date} est passée (au {asOf}) et la recommandation est toujours en suspens ; mettez son statut à jour ou convenez d'une nouvelle échéance",
    ru: "{field}: срок {date} истек (по состоянию на {asOf}), а рекомендация все еще не выполнена; обновите ее статус или согласуйте новый срок",
    es: "{field}: la fecha {date} ya pasó (al {asOf}) y la recomendación sigue pendiente; actualice su estado o acuerde un nuevo plazo",
  },
  "plannedReview.listedTwice": {
    en: "Review {code} is listed twice (also on row {firstRow}); remove one of the rows",
    zh: "审查 {code} 列出了两次（另见第 {firstRow} 行）；请删除其中一行",
    ar: "الاستعراض {code} مدرج مرتين (أيضًا في الصف {firstRow})؛ احذف أحد الصفين",
    fr: "L'examen {code} figure deux fois (également à la ligne {firstRow}) ; supprimez l'une des lignes",
    ru: "Обзор {code} указан дважды (также в строке {firstRow}); удалите одну из строк",
    es: "El examen {code} figura dos veces (también en la fila {firstRow}); elimine una de las filas",
  },
  "plannedReview.codeReused": {
    en: "Code {code} is also given on row {firstRow} to a different review ('{title}'); check the JIU programme of work and give each review its own code",
    zh: "代码 {code} 在第 {firstRow} 行也用于另一项审查（“{title}”）；请核对联检组工作方案，为每项审查使用各自的代码",
    ar: "الرمز {code} مُسند أيضًا في الصف {firstRow} إلى استعراض آخر («{title}»)؛ راجع برنامج عمل وحدة التفتيش المشتركة وأعطِ كل استعراض رمزه الخاص",
    fr: "Le code {code} est aussi attribué à la ligne {firstRow} à un autre examen (« {title} ») ; vérifiez le programme de travail du CCI et donnez à chaque examen son propre code",
    ru: "Код {code} в строке {firstRow} присвоен также другому обзору («{title}»); сверьтесь с программой работы ОИГ и присвойте каждому обзору свой код",
    es: "El código {code} también se asigna en la fila {firstRow} a otro examen (“{title}”); compruebe el programa de trabajo de la DCI y asigne a cada examen su propio código",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;
