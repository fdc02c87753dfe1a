import type { FindingMessageId } from "../core/findings";
import type { ForeignLanguage } from "../core/parse/foreign-words";
import type { FindingField, FindingHint } from "../core/validate/message-params";
import { HISTORY_FIELDS, HISTORY_MESSAGES } from "./finding-labels-history";
import { REGISTER_WORD_MESSAGES } from "./finding-labels-words";
import type { LabelTable, LabelTexts } from "./label-table";

/**
 * Validation messages, one template per `FindingMessageId`. The English template is what a finding's
 * `message` says, word for word (the CLI prints it); the Chinese one is what the task pane shows in Chinese.
 * Register values are quoted '...' in English and “...” in Chinese and are shown as written.
 * Placeholders are filled by `formatFindingMessage`, which renders closed-set codes ({field}, {choices},
 * {acceptance}, {implementation}, {status}, {language}) in the reader's language.
 */
const MESSAGES = {
  ...REGISTER_WORD_MESSAGES,
  ...HISTORY_MESSAGES,
  formulaError: {
    en: "{field}: the cell shows {code}; fix the formula or type the value",
    zh: "{field}：单元格显示 {code}；请修正公式或直接输入值",
  },
  foreignWord: {
    en: "{field} '{value}' looks like {language} for {english}; the register takes its words in English or Chinese, so type {english} (or {chinese})",
    zh: "{field}“{value}”似乎是{language}，意为“{english}”；登记册只接受英文或中文的词，请输入“{chinese}”（或“{english}”）",
  },
  missingChoice: {
    en: "{field} is missing; use {choices}",
    zh: "缺少{field}；请填写：{choices}",
  },
  unknownWord: {
    en: "{field} '{value}' is not known; use {choices}, or, if '{value}' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: {value}; Means: the word it stands for)",
    zh: "{field}“{value}”无法识别；请填写：{choices}；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“词汇”的工作表中（词语：{value}；含义：它所代表的词）",
  },
  unknownWordOrBlank: {
    en: "{field} '{value}' is not known; use {choices}, or leave it blank",
    zh: "{field}“{value}”无法识别；请填写：{choices}，或留空",
  },
  unknownStatus: {
    en: "{field} '{value}' is not a known status; use {choices}, or, if '{value}' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: {value}; Means: the status it stands for)",
    zh: "{field}“{value}”不是已知的状态；请填写：{choices}；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“词汇”的工作表中（词语：{value}；含义：它所代表的状态）",
  },
  unknownStatusOrBlank: {
    en: "{field} '{value}' is not a known status; use {choices}, or leave it blank, or, if '{value}' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: {value}; Means: the status it stands for)",
    zh: "{field}“{value}”不是已知的状态；请填写：{choices}，或留空；如果“{value}”是贵组织对其中之一的用语，请将其添加到名为“词汇”的工作表中（词语：{value}；含义：它所代表的状态）",
  },
  "reportSymbol.missing": {
    en: "{field} is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6",
    zh: "缺少{field}；请填写报告的联检组文号，例如 JIU/REP/2021/6",
  },
  "reportSymbol.invalid": {
    en: "{field} '{value}' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3)",
    zh: "{field}“{value}”不是联检组文号；请使用 JIU/REP/YYYY/N、JIU/NOTE/YYYY/N 或 JIU/ML/YYYY/N 格式（两位数年份仅用于 2000 年以前，如 JIU/REP/98/3）",
  },
  "reportSymbol.invalidDidYouMean": {
    en: "{field} '{value}' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3) (did you mean {suggestion}?)",
    zh: "{field}“{value}”不是联检组文号；请使用 JIU/REP/YYYY/N、JIU/NOTE/YYYY/N 或 JIU/ML/YYYY/N 格式（两位数年份仅用于 2000 年以前，如 JIU/REP/98/3）。是否应为 {suggestion}？",
  },
  "recommendationNumber.missing": {
    en: "{field} is missing; type the recommendation's number in the report, e.g. 4",
    zh: "缺少{field}；请填写该建议在报告中的编号，例如 4",
  },
  "recommendationNumber.invalid": {
    en: "{field} '{value}' is not a recommendation number; type it as the JIU report writes it, e.g. 4, 3(a), 3.1 or 4 bis, or Informal recommendations for the report's unnumbered ones",
    zh: "{field}“{value}”不是建议编号；请按联检组报告的写法填写，例如 4、3(a)、3.1 或 4 bis；报告中未编号的建议请填写“非正式建议”",
  },
  "recommendation.duplicate": {
    en: "Recommendation {number} of {symbol} is already on row {firstRow}; a number appears once per report, so correct the number or remove the duplicate row",
    zh: "{symbol} 的建议 {number} 已在第 {firstRow} 行出现；同一报告中每个建议编号只能出现一次，请更正编号或删除重复的行",
  },
  "implementation.blankWhileAccepted": {
    en: "{field} is blank but the recommendation is Accepted; use {choices}",
    zh: "{field}为空，但该建议的接受情况为“已接受”；请填写：{choices}",
  },
  "implementation.withoutAcceptance": {
    en: "{field} is '{implementation}' but the recommendation is {acceptance}; clear the implementation or correct the acceptance",
    zh: "{field}为“{implementation}”，但该建议的接受情况为“{acceptance}”；请清除落实情况或更正接受情况",
  },
  "responsible.missing": {
    en: "{field} is missing for an outstanding recommendation; name the official or unit that will implement it",
    zh: "该建议尚未完成，但缺少{field}；请填写负责落实该建议的官员或单位",
  },
  "text.missing": {
    en: "Recommendation text is missing; copy the recommendation from the JIU report",
    zh: "缺少建议文本；请从联检组报告中复制该建议",
  },
  "reportTitle.missing": {
    en: "{field} is missing; copy the title of {symbol} from the JIU report",
    zh: "缺少{field}；请从联检组报告中复制 {symbol} 的标题",
  },
  "reportTitle.missingNoSymbol": {
    en: "{field} is missing; copy the title of the report from the JIU report",
    zh: "缺少{field}；请从联检组报告中复制该报告的标题",
  },
  "reportTitle.differsFromOneRow": {
    en: "{field} '{value}' differs from '{expected}', which row of {symbol} use (first on row {firstRow}); use the same title on every row of a report",
    zh: "{field}“{value}”与 {symbol} 在第 {firstRow} 行所用的“{expected}”不同；同一报告的每一行请使用相同的标题",
  },
  "reportTitle.differsFromRows": {
    en: "{field} '{value}' differs from '{expected}', which {count} rows of {symbol} use (first on row {firstRow}); use the same title on every row of a report",
    zh: "{field}“{value}”与 {symbol} 的 {count} 行所用的“{expected}”不同（首次出现在第 {firstRow} 行）；同一报告的每一行请使用相同的标题",
  },
  "link.linksElsewhere": {
    en: "{field} links to '{value}', not a web address; link it to the full address starting with https://",
    zh: "{field}链接到“{value}”，不是网址；请将其链接到以 https:// 开头的完整网址",
  },
  "link.notFull": {
    en: "{field} '{value}' is not a full web address; use the full address starting with https://",
    zh: "{field}“{value}”不是完整的网址；请使用以 https:// 开头的完整网址",
  },
  "link.notFullWithSuggestion": {
    en: "{field} '{value}' is not a full web address; use the full address starting with https:// ({suggestion})",
    zh: "{field}“{value}”不是完整的网址；请使用以 https:// 开头的完整网址（{suggestion}）",
  },
  "date.number": {
    en: "{field} holds the number {number}, not a date; type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}为数字 {number}，而不是日期；请按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
  },
  "date.numberWouldShow": {
    en: "{field} holds the number {number}, not a date; format the cell as a date (it would show {date}) or type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}为数字 {number}，而不是日期；请将单元格格式设为日期（将显示为 {date}），或按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
  },
  "date.notCalendarDate": {
    en: "{field} '{value}' is not a real calendar date; check the month and day, and type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}“{value}”不是实际存在的日期；请检查月和日，并按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
  },
  "date.dayMonthOrder": {
    en: "{field} '{value}' is not a date the register can read, since day and month order differ by locale; type it as {date}, or enter it as an Excel date",
    zh: "登记册无法读取{field}“{value}”，因为日和月的顺序因地区而异；请输入 {date}，或以 Excel 日期格式输入",
  },
  "date.dayMonthOrderAmbiguous": {
    en: "{field} '{value}' is not a date the register can read, since day and month order differ by locale; type it as YYYY-MM-DD ({dayFirst} or {monthFirst}?), or enter it as an Excel date",
    zh: "登记册无法读取{field}“{value}”，因为日和月的顺序因地区而异；请按 YYYY-MM-DD 格式输入（{dayFirst} 还是 {monthFirst}？），或以 Excel 日期格式输入",
  },
  "date.notDate": {
    en: "{field} '{value}' is not a date; type the date as YYYY-MM-DD or enter it as an Excel date",
    zh: "{field}“{value}”不是日期；请按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
  },
  "lastUpdated.future": {
    en: "{field} {date} is after the as-of date {asOf}; check the date, or report as of a later date",
    zh: "{field} {date} 晚于截至日期 {asOf}；请检查日期，或改用更晚的截至日期",
  },
  "deadline.overdue": {
    en: "{field} {date} has passed (as of {asOf}) and the recommendation is still outstanding; update its status or agree a new deadline",
    zh: "{field} {date} 已过（截至 {asOf}），该建议仍未完成；请更新其状态或商定新的截止日期",
  },
  "implementation.regressed": {
    en: "Implementation went back from Implemented in the previous report to {status}; check the status, or explain the change in the assessment",
    zh: "落实情况从上次报告的“已落实”退回为“{status}”；请检查状态，或在评估中说明变化原因",
  },
  "outstanding.long": {
    en: "Outstanding {years} years after the review ({symbol}, {year}), which the JIU counts as long-outstanding; plan its closure or explain the delay in the assessment",
    zh: "审查（{symbol}，{year} 年）后 {years} 年仍未完成，联检组视之为长期未完成；请规划结案，或在评估中说明延误原因",
  },
  "assessment.missing": {
    en: "{field} is empty for an outstanding recommendation; say what has been done and what remains",
    zh: "该建议尚未完成，但{field}为空；请说明已完成的工作和尚待完成的工作",
  },
  "responsible.spellingOneRow": {
    en: "{field} '{value}' looks like another spelling of '{canonical}' (row {row}); use one spelling for the same official or unit",
    zh: "{field}“{value}”似乎是“{canonical}”（第 {row} 行）的另一种写法；同一官员或单位请使用同一种写法",
  },
  "responsible.spellingRows": {
    en: "{field} '{value}' looks like another spelling of '{canonical}' ({count} rows, first on row {row}); use one spelling for the same official or unit",
    zh: "{field}“{value}”似乎是“{canonical}”（{count} 行，首次出现在第 {row} 行）的另一种写法；同一官员或单位请使用同一种写法",
  },
  "plannedReview.listedTwice": {
    en: "Review {code} is listed twice (also on row {firstRow}); remove one of the rows",
    zh: "审查 {code} 列出了两次（另见第 {firstRow} 行）；请删除其中一行",
  },
  "plannedReview.codeReused": {
    en: "Code {code} is also given on row {firstRow} to a different review ('{title}'); check the JIU programme of work and give each review its own code",
    zh: "代码 {code} 在第 {firstRow} 行也用于另一项审查（“{title}”）；请核对联检组工作方案，为每项审查使用各自的代码",
  },
  "previous.contradiction": {
    en: "{field} is '{implementation}' but {otherField} is {acceptance}; correct one of them",
    zh: "{field}为“{implementation}”，但{otherField}为“{acceptance}”；请更正其中之一",
  },
  "otherRegister.tableReadOtherTable": {
    en: "Table '{otherTable}' on sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only table '{table}' on sheet '{sheet}' was read, as it is an Excel table (tables come first). If the register is the other one, make it the Excel table instead, or keep one register per workbook",
    zh: "工作表“{otherSheet}”中的表格“{otherTable}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”中的表格“{table}”，因为它是 Excel 表格（表格优先）。如果要用的是另一个登记册，请改将其设为 Excel 表格，或每个工作簿只保留一个登记册",
  },
  "otherRegister.tableReadOtherSheet": {
    en: "Sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only table '{table}' on sheet '{sheet}' was read, as it is an Excel table (tables come first). If the register is the other one, make it the Excel table instead, or keep one register per workbook",
    zh: "工作表“{otherSheet}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”中的表格“{table}”，因为它是 Excel 表格（表格优先）。如果要用的是另一个登记册，请改将其设为 Excel 表格，或每个工作簿只保留一个登记册",
  },
  "otherRegister.sheetReadOtherSheet": {
    en: "Sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only sheet '{sheet}' was read, as it comes first in the workbook. If the register is the other one, move sheet '{otherSheet}' before sheet '{sheet}', or keep one register per workbook",
    zh: "工作表“{otherSheet}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”，因为它在工作簿中排在前面。如果要用的是另一个登记册，请将工作表“{otherSheet}”移到工作表“{sheet}”之前，或每个工作簿只保留一个登记册",
  },
  "otherRegister.sheetReadOtherTable": {
    en: "Table '{otherTable}' on sheet '{otherSheet}' also holds a register (header on row {otherHeaderRow}); only sheet '{sheet}' was read, as it comes first in the workbook. If the register is the other one, move sheet '{otherSheet}' before sheet '{sheet}', or keep one register per workbook",
    zh: "工作表“{otherSheet}”中的表格“{otherTable}”也包含登记册（标题行为第 {otherHeaderRow} 行）；只读取了工作表“{sheet}”，因为它在工作簿中排在前面。如果要用的是另一个登记册，请将工作表“{otherSheet}”移到工作表“{sheet}”之前，或每个工作簿只保留一个登记册",
  },
} satisfies Record<FindingMessageId, LabelTexts>;

/**
 * Field names as messages use them. English: the column's first header name (see `columnName`), which
 * a test holds them to; Chinese: the column's Chinese header, as the seed's annexes write it.
 */
const FIELDS = {
  organization: { en: "Organization", zh: "组织" },
  reportSymbol: { en: "Report symbol", zh: "报告文号" },
  reportTitle: { en: "Report title", zh: "报告标题" },
  reportLink: { en: "Report link", zh: "报告链接" },
  recommendationNumber: { en: "Recommendation no.", zh: "建议编号" },
  addressee: { en: "Addressed to", zh: "提交对象" },
  recommendationText: { en: "Recommendation", zh: "建议" },
  recommendationTextInFull: { en: "Recommendation text", zh: "建议文本" },
  assessment: { en: "Management assessment", zh: "管理层/联络点评估" },
  acceptance: { en: "Acceptance", zh: "接受情况" },
  implementation: { en: "Implementation", zh: "落实情况" },
  status: { en: "Status", zh: "状态" },
  previousAcceptance: { en: "Previous acceptance", zh: "之前接受情况" },
  previousImplementation: { en: "Previous implementation", zh: "之前落实情况" },
  previousStatus: { en: "Previous status", zh: "之前状态" },
  assessmentUpdated: { en: "Assessment updated", zh: "评估已更新" },
  responsible: { en: "Responsible", zh: "负责人" },
  deadline: { en: "Deadline", zh: "截止日期" },
  lastUpdated: { en: "Last updated", zh: "最后更新" },
  cebComments: { en: "CEB comments", zh: "首协会评论意见" },
  otherDocuments: { en: "Other documents", zh: "其他文件" },
  "plannedReviews.code": { en: "Code", zh: "代码" },
  "plannedReviews.title": { en: "Title", zh: "标题" },
  "plannedReviews.workPlanYear": { en: "Work plan year", zh: "工作计划年份" },
  "requests.reviewCode": { en: "Review code", zh: "审查代码" },
  "requests.kind": { en: "Request", zh: "请求" },
  "requests.received": { en: "Date received", zh: "收到日期" },
  "requests.due": { en: "Date due", zh: "答复截止日期" },
  "requests.answered": { en: "Date answered", zh: "答复日期" },
  "vocabulary.word": { en: "Word", zh: "词语" },
  "vocabulary.means": { en: "Means", zh: "含义" },
  ...HISTORY_FIELDS,
} satisfies Record<FindingField, LabelTexts>;

const LANGUAGES = {
  French: { en: "French", zh: "法语" },
  Spanish: { en: "Spanish", zh: "西班牙语" },
  Russian: { en: "Russian", zh: "俄语" },
  Arabic: { en: "Arabic", zh: "阿拉伯语" },
} satisfies Record<ForeignLanguage, LabelTexts>;

const HINTS = {
  mergedCell: {
    en: "if the cell is merged with the one above, unmerge them and fill in every row",
    zh: "如果该单元格与上方的单元格合并了，请取消合并并在每一行中填写",
  },
} satisfies Record<FindingHint, LabelTexts>;

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: LabelTexts };

function prefixed<P extends string, T extends Readonly<Record<string, LabelTexts>>>(
  prefix: P,
  table: T,
): Prefixed<P, T> {
  return Object.fromEntries(
    Object.entries(table).map(([id, texts]) => [`${prefix}${id}`, texts]),
  ) as Prefixed<P, T>;
}

/** Finding messages and the words they are made of, merged into the one label table. */
export const FINDING_LABELS = {
  ...prefixed("finding.", MESSAGES),
  ...prefixed("findingField.", FIELDS),
  ...prefixed("findingLanguage.", LANGUAGES),
  ...prefixed("findingHint.", HINTS),
  /** Joins a hint to its message. */
  "findingClause.separator": { en: "; ", zh: "；" },
  /** The words of the yes/no columns, as the register takes them. */
  "findingWord.yes": { en: "Yes", zh: "是" },
  "findingWord.no": { en: "No", zh: "否" },
  /** The last separator of a list of alternatives: "Yes or No", "是或否". */
  "list.lastSeparatorOr": { en: " or ", zh: "或" },
} satisfies LabelTable;
