import type { FindingMessageId } from "../core/findings";
import type { LabelTexts } from "./label-table";

/**
 * Finding messages about the register's words (issue 10): the Vocabulary sheet, a status that leaves the
 * implementation unsaid, and an acceptance inferred from the implementation. Merged into the finding
 * messages of finding-labels.ts, which checks that every message id has its templates. The words a reader
 * is told to type are placeholders ({wordAccepted}, {sheetVocabulary}…) filled with the register's own
 * words in the reader's language (see finding-message.ts).
 */
export const REGISTER_WORD_MESSAGES = {
  "implementation.notStated": {
    en: "{field} '{value}' says the recommendation is Accepted but not how far it is implemented; write {choices} instead, or map '{value}' in the {sheetVocabulary} sheet to an acceptance and an implementation (e.g. {wordAccepted}; {wordInProgress})",
    zh: "{field}“{value}”只说明该建议已接受，未说明落实情况；请改填：{choices}，或在“{sheetVocabulary}”工作表中将“{value}”对应到接受情况和落实情况（例如：{wordAccepted}；{wordInProgress}）",
    ar: "{field}: «{value}» يفيد بأن التوصية مقبولة دون أن يبيّن مدى تنفيذها؛ اكتب بدلًا منه {choices}، أو اربط «{value}» في ورقة «{sheetVocabulary}» بحالة قبول وحالة تنفيذ (مثل {wordAccepted}; {wordInProgress})",
    fr: "{field} : « {value} » indique que la recommandation est acceptée, mais pas où en est sa mise en œuvre ; inscrivez plutôt {choices}, ou faites correspondre « {value} » dans la feuille {sheetVocabulary} à une acceptation et à une mise en œuvre (par exemple {wordAccepted}; {wordInProgress})",
    ru: "{field}: «{value}» означает, что рекомендация принята, но не показывает ход ее выполнения; укажите вместо этого {choices} или сопоставьте «{value}» на листе «{sheetVocabulary}» принятие и выполнение (например, {wordAccepted}; {wordInProgress})",
    es: "{field}: “{value}” indica que la recomendación está aceptada, pero no en qué medida se ha aplicado; escriba en su lugar {choices}, o haga corresponder “{value}” en la hoja {sheetVocabulary} a una aceptación y una aplicación (por ejemplo, {wordAccepted}; {wordInProgress})",
  },
  "acceptance.inferredOneRow": {
    en: "{field} is blank on row {row}, where Implementation is given; it is counted as Accepted, since only an accepted recommendation is implemented. Type {wordAccepted} to say so",
    zh: "第 {row} 行的{field}为空，但已填写落实情况；由于只有已接受的建议才会落实，该建议按“已接受”计算。请填写“{wordAccepted}”予以确认",
    ar: "{field}: الخانة فارغة في الصف {row} مع أن حالة التنفيذ مذكورة؛ فتُحسب التوصية مقبولة، إذ لا تُنفذ إلا التوصية المقبولة. اكتب {wordAccepted} لتأكيد ذلك",
    fr: "{field} : la cellule est vide à la ligne {row}, où la mise en œuvre est indiquée ; la recommandation est comptée comme acceptée, puisque seule une recommandation acceptée est mise en œuvre. Inscrivez {wordAccepted} pour le confirmer",
    ru: "{field}: ячейка в строке {row} пуста, хотя выполнение указано; рекомендация считается принятой, поскольку выполняется только принятая рекомендация. Введите {wordAccepted}, чтобы это подтвердить",
    es: "{field}: la celda está vacía en la fila {row}, donde se indica la aplicación; la recomendación se cuenta como aceptada, ya que solo se aplica una recomendación aceptada. Escriba {wordAccepted} para confirmarlo",
  },
  "acceptance.inferredRows": {
    en: "{field} is blank on {count} rows where Implementation is given (first on row {row}); they are counted as Accepted, since only an accepted recommendation is implemented. Type {wordAccepted} to say so",
    zh: "有 {count} 行的{field}为空，但已填写落实情况（首次出现在第 {row} 行）；由于只有已接受的建议才会落实，这些建议按“已接受”计算。请填写“{wordAccepted}”予以确认",
    ar: "{field}: الخانة فارغة في صفوف ذُكرت فيها حالة التنفيذ (عددها {count}، أولها الصف {row})؛ فتُحسب هذه التوصيات مقبولة، إذ لا تُنفذ إلا التوصية المقبولة. اكتب {wordAccepted} لتأكيد ذلك",
    fr: "{field} : la cellule est vide sur des lignes où la mise en œuvre est indiquée (nombre : {count} ; première à la ligne {row}) ; ces recommandations sont comptées comme acceptées, puisque seule une recommandation acceptée est mise en œuvre. Inscrivez {wordAccepted} pour le confirmer",
    ru: "{field}: ячейки пусты в строках, где указано выполнение (всего: {count}; первая — строка {row}); эти рекомендации считаются принятыми, поскольку выполняется только принятая рекомендация. Введите {wordAccepted}, чтобы это подтвердить",
    es: "{field}: la celda está vacía en filas donde se indica la aplicación (total: {count}; la primera es la fila {row}); esas recomendaciones se cuentan como aceptadas, ya que solo se aplica una recomendación aceptada. Escriba {wordAccepted} para confirmarlo",
  },
  "acceptance.inferredNoColumn": {
    en: "The register has no {headerAcceptance} column; its {count} recommendations with an implementation status (first on row {row}) are counted as Accepted, since only an accepted recommendation is implemented. Add an {headerAcceptance} column to say so",
    zh: "登记册没有“{headerAcceptance}”列；其中 {count} 项已填写落实情况的建议（首次出现在第 {row} 行）按“已接受”计算，因为只有已接受的建议才会落实。请添加“{headerAcceptance}”列予以说明",
    ar: "لا يتضمن السجل عمود «{headerAcceptance}»؛ فتُحسب توصياته التي لها حالة تنفيذ (عددها {count}، أولها في الصف {row}) مقبولة، إذ لا تُنفذ إلا التوصية المقبولة. أضف عمود «{headerAcceptance}» لتأكيد ذلك",
    fr: "Le registre n'a pas de colonne « {headerAcceptance} » ; ses recommandations dont la mise en œuvre est indiquée (nombre : {count} ; première à la ligne {row}) sont comptées comme acceptées, puisque seule une recommandation acceptée est mise en œuvre. Ajoutez une colonne « {headerAcceptance} » pour le confirmer",
    ru: "В реестре нет столбца «{headerAcceptance}»; его рекомендации с указанным выполнением (всего: {count}; первая — в строке {row}) считаются принятыми, поскольку выполняется только принятая рекомендация. Добавьте столбец «{headerAcceptance}», чтобы это подтвердить",
    es: "El registro no tiene columna “{headerAcceptance}”; sus recomendaciones con estado de aplicación (total: {count}; la primera en la fila {row}) se cuentan como aceptadas, ya que solo se aplica una recomendación aceptada. Añada una columna “{headerAcceptance}” para confirmarlo",
  },
  "vocabulary.meansUnknown": {
    en: "{field} '{value}' is not a value the register knows; use one such as {wordLegislative}, {wordExecutiveHead}, {wordUnderConsideration} or {wordImplemented}, or an acceptance and an implementation separated by a semicolon ({wordAccepted}; {wordInProgress})",
    zh: "{field}“{value}”不是登记册认识的值；请使用“{wordLegislative}”“{wordExecutiveHead}”“{wordUnderConsideration}”“{wordImplemented}”等值，或用分号隔开的接受情况和落实情况（{wordAccepted}；{wordInProgress}）",
    ar: "{field}: «{value}» ليست قيمة يعرفها السجل؛ استخدم قيمة مثل {wordLegislative} أو {wordExecutiveHead} أو {wordUnderConsideration} أو {wordImplemented}، أو حالة قبول وحالة تنفيذ تفصل بينهما فاصلة منقوطة ({wordAccepted}; {wordInProgress})",
    fr: "{field} : « {value} » n'est pas une valeur connue du registre ; utilisez une valeur comme {wordLegislative}, {wordExecutiveHead}, {wordUnderConsideration} ou {wordImplemented}, ou une acceptation et une mise en œuvre séparées par un point-virgule ({wordAccepted}; {wordInProgress})",
    ru: "{field}: «{value}» — значение, неизвестное реестру; используйте такое значение, как {wordLegislative}, {wordExecutiveHead}, {wordUnderConsideration} или {wordImplemented}, либо принятие и выполнение через точку с запятой ({wordAccepted}; {wordInProgress})",
    es: "{field}: “{value}” no es un valor que el registro conozca; use uno como {wordLegislative}, {wordExecutiveHead}, {wordUnderConsideration} o {wordImplemented}, o una aceptación y una aplicación separadas por punto y coma ({wordAccepted}; {wordInProgress})",
  },
  "vocabulary.meansMissing": {
    en: "{field} is blank; type what '{value}' stands for, e.g. {wordLegislative}, or {wordAccepted}; {wordInProgress}",
    zh: "{field}为空；请填写“{value}”所代表的值，例如“{wordLegislative}”，或“{wordAccepted}；{wordInProgress}”",
    ar: "{field}: الخانة فارغة؛ اكتب ما تعنيه «{value}»، مثل {wordLegislative}، أو {wordAccepted}; {wordInProgress}",
    fr: "{field} : la cellule est vide ; inscrivez ce que « {value} » désigne, par exemple {wordLegislative}, ou {wordAccepted}; {wordInProgress}",
    ru: "{field}: ячейка пуста; введите, что означает «{value}», например {wordLegislative} или {wordAccepted}; {wordInProgress}",
    es: "{field}: la celda está vacía; escriba lo que significa “{value}”, por ejemplo, {wordLegislative}, o {wordAccepted}; {wordInProgress}",
  },
  "vocabulary.wordMissing": {
    en: "{field} is blank; type your organization's word that means '{value}', or delete the row",
    zh: "{field}为空；请填写贵组织表示“{value}”的用语，或删除该行",
    ar: "{field}: الخانة فارغة؛ اكتب الكلمة التي تستخدمها منظمتك بمعنى «{value}»، أو احذف الصف",
    fr: "{field} : la cellule est vide ; inscrivez le terme employé par votre organisation pour « {value} », ou supprimez la ligne",
    ru: "{field}: ячейка пуста; введите слово, которым ваша организация обозначает «{value}», или удалите строку",
    es: "{field}: la celda está vacía; escriba la palabra que su organización usa para “{value}”, o elimine la fila",
  },
  "vocabulary.wordTwice": {
    en: "'{value}' is already on row {firstRow} with another meaning; keep one of the two rows (row {firstRow} counts)",
    zh: "“{value}”已在第 {firstRow} 行出现，且含义不同；请只保留其中一行（以第 {firstRow} 行为准）",
    ar: "«{value}» موجودة بالفعل في الصف {firstRow} بمعنى آخر؛ احتفظ بأحد الصفين (يُعتدّ بالصف {firstRow})",
    fr: "« {value} » figure déjà à la ligne {firstRow} avec un autre sens ; conservez l'une des deux lignes (la ligne {firstRow} fait foi)",
    ru: "«{value}» уже есть в строке {firstRow} с другим значением; оставьте одну из двух строк (действует строка {firstRow})",
    es: "“{value}” ya figura en la fila {firstRow} con otro significado; conserve una de las dos filas (cuenta la fila {firstRow})",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;
