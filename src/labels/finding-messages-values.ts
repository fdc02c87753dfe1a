import type { FindingMessageId } from "../core/findings";
import type { LabelTexts } from "./label-table";

/**
 * Finding messages about a cell's value: a word the register does not know, a malformed symbol or number,
 * a duplicate, a missing text. The French, Russian, Spanish and Arabic texts open with the field's name
 * and a colon ("Acceptation : « Acepted » …"), so that no article or adjective has to agree with it.
 */
export const VALUE_MESSAGES = {
  formulaError: {
    en: "{field}: the cell shows {code}; fix the formula or type the value",
    zh: "{field}：单元格显示 {code}；请修正公式或直接输入值",
    ar: "{field}: تعرض الخلية {code}؛ صحّح الصيغة أو اكتب القيمة",
    fr: "{field} : la cellule affiche {code} ; corrigez la formule ou saisissez la valeur",
    ru: "{field}: в ячейке отображается {code}; исправьте формулу или введите значение",
    es: "{field}: la celda muestra {code}; corrija la fórmula o escriba el valor",
  },
  missingChoice: {
    en: "{field} is missing; use {choices}",
    zh: "缺少{field}；请填写：{choices}",
    ar: "{field}: القيمة غير موجودة؛ استخدم {choices}",
    fr: "{field} : valeur manquante ; utilisez {choices}",
    ru: "{field}: значение отсутствует; используйте {choices}",
    es: "{field}: falta el valor; use {choices}",
  },
  unknownWord: {
    en: "{field} '{value}' is not known; use {choices}, or, if '{value}' is your organization's own word for one of them, add it to a sheet named {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: the word it stands for)",
    zh: "{field}“{value}”无法识别；请填写：{choices}；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“{sheetVocabulary}”的工作表中（{headerWord}：{value}；{headerMeans}：它所代表的词）",
    ar: "{field}: «{value}» غير معروفة؛ استخدم {choices}، أو إذا كانت «{value}» كلمة منظمتك لإحداها، فأضفها إلى ورقة باسم «{sheetVocabulary}» ({headerWord}: {value}؛ {headerMeans}: الكلمة التي تعنيها)",
    fr: "{field} : « {value} » n'est pas reconnu ; utilisez {choices} ou, si « {value} » est le terme propre à votre organisation pour l'une de ces valeurs, ajoutez-le à une feuille nommée {sheetVocabulary} ({headerWord} : {value} ; {headerMeans} : le terme qu'il désigne)",
    ru: "{field}: «{value}» — неизвестное значение; используйте {choices} или, если «{value}» — собственное обозначение одного из них в вашей организации, добавьте его на лист «{sheetVocabulary}» ({headerWord}: {value}; {headerMeans}: слово, которое оно обозначает)",
    es: "{field}: “{value}” no es un valor conocido; use {choices} o, si “{value}” es la palabra propia de su organización para uno de ellos, añádala a una hoja llamada {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: la palabra que designa)",
  },
  unknownWordOrBlank: {
    en: "{field} '{value}' is not known; use {choices}, or leave it blank",
    zh: "{field}“{value}”无法识别；请填写：{choices}，或留空",
    ar: "{field}: «{value}» غير معروفة؛ استخدم {choices}، أو اترك الخانة فارغة",
    fr: "{field} : « {value} » n'est pas reconnu ; utilisez {choices}, ou laissez la cellule vide",
    ru: "{field}: «{value}» — неизвестное значение; используйте {choices} или оставьте ячейку пустой",
    es: "{field}: “{value}” no es un valor conocido; use {choices} o deje la celda vacía",
  },
  unknownStatus: {
    en: "{field} '{value}' is not a known status; use {choices}, or, if '{value}' is your organization's own word for one of them, add it to a sheet named {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: the status it stands for)",
    zh: "{field}“{value}”不是已知的状态；请填写：{choices}；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“{sheetVocabulary}”的工作表中（{headerWord}：{value}；{headerMeans}：它所代表的状态）",
    ar: "{field}: «{value}» ليست حالة معروفة؛ استخدم {choices}، أو إذا كانت «{value}» كلمة منظمتك لإحداها، فأضفها إلى ورقة باسم «{sheetVocabulary}» ({headerWord}: {value}؛ {headerMeans}: الحالة التي تعنيها)",
    fr: "{field} : « {value} » n'est pas un statut connu ; utilisez {choices} ou, si « {value} » est le terme propre à votre organisation pour l'un de ces statuts, ajoutez-le à une feuille nommée {sheetVocabulary} ({headerWord} : {value} ; {headerMeans} : le statut qu'il désigne)",
    ru: "{field}: «{value}» — неизвестный статус; используйте {choices} или, если «{value}» — собственное обозначение одного из них в вашей организации, добавьте его на лист «{sheetVocabulary}» ({headerWord}: {value}; {headerMeans}: статус, который оно обозначает)",
    es: "{field}: “{value}” no es un estado conocido; use {choices} o, si “{value}” es la palabra propia de su organización para uno de ellos, añádala a una hoja llamada {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: el estado que designa)",
  },
  unknownStatusOrBlank: {
    en: "{field} '{value}' is not a known status; use {choices}, or leave it blank, or, if '{value}' is your organization's own word for one of them, add it to a sheet named {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: the status it stands for)",
    zh: "{field}“{value}”不是已知的状态；请填写：{choices}，或留空；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“{sheetVocabulary}”的工作表中（{headerWord}：{value}；{headerMeans}：它所代表的状态）",
    ar: "{field}: «{value}» ليست حالة معروفة؛ استخدم {choices}، أو اترك الخانة فارغة، أو إذا كانت «{value}» كلمة منظمتك لإحداها، فأضفها إلى ورقة باسم «{sheetVocabulary}» ({headerWord}: {value}؛ {headerMeans}: الحالة التي تعنيها)",
    fr: "{field} : « {value} » n'est pas un statut connu ; utilisez {choices}, laissez la cellule vide ou, si « {value} » est le terme propre à votre organisation pour l'un de ces statuts, ajoutez-le à une feuille nommée {sheetVocabulary} ({headerWord} : {value} ; {headerMeans} : le statut qu'il désigne)",
    ru: "{field}: «{value}» — неизвестный статус; используйте {choices}, оставьте ячейку пустой или, если «{value}» — собственное обозначение одного из них в вашей организации, добавьте его на лист «{sheetVocabulary}» ({headerWord}: {value}; {headerMeans}: статус, который оно обозначает)",
    es: "{field}: “{value}” no es un estado conocido; use {choices}, deje la celda vacía o, si “{value}” es la palabra propia de su organización para uno de ellos, añádala a una hoja llamada {sheetVocabulary} ({headerWord}: {value}; {headerMeans}: el estado que designa)",
  },
  "reportSymbol.missing": {
    en: "{field} is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6",
    zh: "缺少{field}；请填写报告的联检组文号，例如 JIU/REP/2021/6",
    ar: "{field}: الرمز غير موجود؛ اكتب رمز التقرير لدى وحدة التفتيش المشتركة، مثل JIU/REP/2021/6",
    fr: "{field} : cote manquante ; inscrivez la cote du rapport du CCI, par exemple JIU/REP/2021/6",
    ru: "{field}: обозначение отсутствует; введите условное обозначение доклада ОИГ, например JIU/REP/2021/6",
    es: "{field}: falta la signatura; escriba la signatura del informe de la DCI, por ejemplo, JIU/REP/2021/6",
  },
  "reportSymbol.invalid": {
    en: "{field} '{value}' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3)",
    zh: "{field}“{value}”不是联检组文号；请使用 JIU/REP/YYYY/N、JIU/NOTE/YYYY/N 或 JIU/ML/YYYY/N 格式（两位数年份仅用于 2000 年以前，如 JIU/REP/98/3）",
    ar: "{field}: «{value}» ليس رمزًا من رموز وحدة التفتيش المشتركة؛ استخدم JIU/REP/YYYY/N أو JIU/NOTE/YYYY/N أو JIU/ML/YYYY/N (لا تُكتب السنة برقمين إلا قبل عام 2000، كما في JIU/REP/98/3)",
    fr: "{field} : « {value} » n'est pas une cote du CCI ; utilisez JIU/REP/AAAA/N, JIU/NOTE/AAAA/N ou JIU/ML/AAAA/N (année à deux chiffres seulement avant 2000, comme dans JIU/REP/98/3)",
    ru: "{field}: «{value}» не является условным обозначением ОИГ; используйте JIU/REP/ГГГГ/N, JIU/NOTE/ГГГГ/N или JIU/ML/ГГГГ/N (год из двух цифр — только до 2000 года, как в JIU/REP/98/3)",
    es: "{field}: “{value}” no es una signatura de la DCI; use JIU/REP/AAAA/N, JIU/NOTE/AAAA/N o JIU/ML/AAAA/N (año de dos cifras solo antes de 2000, como en JIU/REP/98/3)",
  },
  "reportSymbol.invalidDidYouMean": {
    en: "{field} '{value}' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3) (did you mean {suggestion}?)",
    zh: "{field}“{value}”不是联检组文号；请使用 JIU/REP/YYYY/N、JIU/NOTE/YYYY/N 或 JIU/ML/YYYY/N 格式（两位数年份仅用于 2000 年以前，如 JIU/REP/98/3）。是否应为 {suggestion}？",
    ar: "{field}: «{value}» ليس رمزًا من رموز وحدة التفتيش المشتركة؛ استخدم JIU/REP/YYYY/N أو JIU/NOTE/YYYY/N أو JIU/ML/YYYY/N (لا تُكتب السنة برقمين إلا قبل عام 2000، كما في JIU/REP/98/3) (هل تقصد {suggestion}؟)",
    fr: "{field} : « {value} » n'est pas une cote du CCI ; utilisez JIU/REP/AAAA/N, JIU/NOTE/AAAA/N ou JIU/ML/AAAA/N (année à deux chiffres seulement avant 2000, comme dans JIU/REP/98/3) (vouliez-vous dire {suggestion} ?)",
    ru: "{field}: «{value}» не является условным обозначением ОИГ; используйте JIU/REP/ГГГГ/N, JIU/NOTE/ГГГГ/N или JIU/ML/ГГГГ/N (год из двух цифр — только до 2000 года, как в JIU/REP/98/3) (может быть, {suggestion}?)",
    es: "{field}: “{value}” no es una signatura de la DCI; use JIU/REP/AAAA/N, JIU/NOTE/AAAA/N o JIU/ML/AAAA/N (año de dos cifras solo antes de 2000, como en JIU/REP/98/3) (¿quiso decir {suggestion}?)",
  },
  "recommendationNumber.missing": {
    en: "{field} is missing; type the recommendation's number in the report, e.g. 4",
    zh: "缺少{field}；请填写该建议在报告中的编号，例如 4",
    ar: "{field}: الرقم غير موجود؛ اكتب رقم التوصية في التقرير، مثل 4",
    fr: "{field} : numéro manquant ; inscrivez le numéro de la recommandation dans le rapport, par exemple 4",
    ru: "{field}: номер отсутствует; введите номер рекомендации в докладе, например 4",
    es: "{field}: falta el número; escriba el número de la recomendación en el informe, por ejemplo, 4",
  },
  "recommendationNumber.invalid": {
    en: "{field} '{value}' is not a recommendation number; type it as the JIU report writes it, e.g. 4, 3(a), 3.1 or 4 bis, or {wordInformal} for the report's unnumbered ones",
    zh: "{field}“{value}”不是建议编号；请按联检组报告的写法填写，例如 4、3(a)、3.1 或 4 bis；报告中未编号的建议请填写“{wordInformal}”",
    ar: "{field}: «{value}» ليس رقم توصية؛ اكتبه كما يرد في تقرير وحدة التفتيش المشتركة، مثل 4 أو 3(a) أو 3.1 أو 4 bis، أو اكتب {wordInformal} للتوصيات غير المرقمة في التقرير",
    fr: "{field} : « {value} » n'est pas un numéro de recommandation ; inscrivez-le tel que le rapport du CCI l'écrit, par exemple 4, 3 a), 3.1 ou 4 bis, ou {wordInformal} pour les recommandations non numérotées du rapport",
    ru: "{field}: «{value}» не является номером рекомендации; введите его так, как он записан в докладе ОИГ, например 4, 3(a), 3.1 или 4 bis, либо {wordInformal} для ненумерованных рекомендаций доклада",
    es: "{field}: “{value}” no es un número de recomendación; escríbalo como figura en el informe de la DCI, por ejemplo, 4, 3 a), 3.1 o 4 bis, o {wordInformal} para las recomendaciones sin número del informe",
  },
  "recommendation.duplicate": {
    en: "Recommendation {number} of {symbol} is already on row {firstRow}; a number appears once per report, so correct the number or remove the duplicate row",
    zh: "{symbol} 的建议 {number} 已在第 {firstRow} 行出现；同一报告中每个建议编号只能出现一次，请更正编号或删除重复的行",
    ar: "التوصية {number} من {symbol} موجودة بالفعل في الصف {firstRow}؛ لا يرد الرقم إلا مرة واحدة في كل تقرير، فصحّح الرقم أو احذف الصف المكرر",
    fr: "La recommandation {number} du document {symbol} figure déjà à la ligne {firstRow} ; un numéro n'apparaît qu'une fois par rapport : corrigez le numéro ou supprimez la ligne en double",
    ru: "Рекомендация {number} доклада {symbol} уже есть в строке {firstRow}; номер встречается в докладе один раз, поэтому исправьте номер или удалите повторяющуюся строку",
    es: "La recomendación {number} de {symbol} ya figura en la fila {firstRow}; cada número aparece una vez por informe, así que corrija el número o elimine la fila duplicada",
  },
  "text.missing": {
    en: "Recommendation text is missing; copy the recommendation from the JIU report",
    zh: "缺少建议文本；请从联检组报告中复制该建议",
    ar: "نص التوصية غير موجود؛ انسخ التوصية من تقرير وحدة التفتيش المشتركة",
    fr: "Le texte de la recommandation manque ; copiez la recommandation depuis le rapport du CCI",
    ru: "Отсутствует текст рекомендации; скопируйте рекомендацию из доклада ОИГ",
    es: "Falta el texto de la recomendación; copie la recomendación del informe de la DCI",
  },
} satisfies Partial<Record<FindingMessageId, LabelTexts>>;
