import type { RuleId } from "../core/findings";
import type { LabelTable, LabelTexts } from "./label-table";

/** Titles of the validation rules, as the task pane shows them when findings are grouped by rule. */
export const RULE_TITLES = {
  "E01-report-symbol": { en: "Report symbol", zh: "报告文号" },
  "E02-recommendation-number": { en: "Recommendation number", zh: "建议编号" },
  "E03-duplicate-recommendation": { en: "Duplicate recommendation", zh: "重复的建议" },
  "E04-addressee": { en: "Addressee", zh: "提交对象" },
  "E05-acceptance": { en: "Acceptance", zh: "接受情况" },
  "E06-implementation": { en: "Implementation", zh: "落实情况" },
  "E07-implementation-without-acceptance": {
    en: "Implementation without acceptance",
    zh: "未接受却有落实情况",
  },
  "E08-responsible-missing": { en: "Responsible missing", zh: "缺少负责人" },
  "E09-text-missing": { en: "Recommendation text missing", zh: "缺少建议文本" },
  "E10-report-title": { en: "Report title", zh: "报告标题" },
  "E11-link": { en: "Link", zh: "链接" },
  "E12-date": { en: "Date", zh: "日期" },
  "W01-last-updated-future": { en: "Last update in the future", zh: "最后更新日期晚于截至日期" },
  "W02-deadline-overdue": { en: "Deadline passed", zh: "已过截止日期" },
  "W03-implementation-regressed": { en: "Implementation went backwards", zh: "落实情况倒退" },
  "W04-long-outstanding": { en: "Long outstanding", zh: "长期未完成" },
  "W05-assessment-missing": { en: "Assessment missing", zh: "缺少评估" },
  "W06-responsible-spelling": { en: "Responsible spelled differently", zh: "负责人写法不一致" },
  "W07-planned-review-code": { en: "Planned review code", zh: "计划审查代码" },
  "W08-previous-status": { en: "Previous status", zh: "之前状态" },
  "W09-formula-error": { en: "Formula error in a cell", zh: "单元格公式错误" },
  "W10-other-register": { en: "Another register in the workbook", zh: "工作簿中的另一个登记册" },
  "W11-acceptance-inferred": { en: "Acceptance inferred", zh: "推定的接受情况" },
  "W12-vocabulary": { en: "Vocabulary sheet", zh: "词汇工作表" },
  "W13-history-sheet": {
    en: "Reporting history sheet unreadable",
    zh: "报告历史工作表无法读取",
    ar: "تعذّرت قراءة ورقة سجل التقارير",
    fr: "Feuille d'historique des rapports illisible",
    ru: "Лист истории отчетности не читается",
    es: "Hoja de historial de informes ilegible",
  },
  "W14-history-row": {
    en: "Reporting history row",
    zh: "报告历史中的行",
    ar: "صف في سجل التقارير",
    fr: "Ligne de l'historique des rapports",
    ru: "Строка истории отчетности",
    es: "Fila del historial de informes",
  },
} satisfies Record<RuleId, LabelTexts>;

type RuleLabels = { readonly [K in RuleId as `rule.${K}`]: LabelTexts };

function ruleLabels(): RuleLabels {
  const entries = Object.entries(RULE_TITLES).map(([rule, texts]) => [`rule.${rule}`, texts] as const);
  return Object.fromEntries(entries) as RuleLabels;
}

/** Task pane, ribbon command and error-message strings. */
export const UI_LABELS = {
  "ui.appTitle": { en: "JIU Register", zh: "联检组建议登记册" },
  "ui.validate": { en: "Validate register", zh: "验证登记册" },
  "ui.generateSummary": { en: "Generate summary sheet", zh: "生成摘要工作表" },
  "ui.generateAnnex": { en: "Generate annex", zh: "生成附件" },
  "ui.generateAnyway": { en: "Generate anyway", zh: "仍然生成" },
  "ui.clearMarks": { en: "Clear marks", zh: "清除标记" },
  "ui.asOf": { en: "As of", zh: "截至日期" },
  "ui.annexLanguage": { en: "Annex language", zh: "附件语言" },
  "ui.language.en": { en: "English", zh: "英文" },
  "ui.language.zh": { en: "Chinese", zh: "中文" },
  "ui.groupBy": { en: "Group findings", zh: "结果分组" },
  "ui.groupByRule": { en: "Group by rule", zh: "按规则分组" },
  "ui.groupByRow": { en: "Group by row", zh: "按行分组" },
  "ui.findings": { en: "Findings", zh: "检查结果" },
  "ui.errors.one": { en: "{count} error", zh: "{count} 个错误" },
  "ui.errors.other": { en: "{count} errors", zh: "{count} 个错误" },
  "ui.warnings.one": { en: "{count} warning", zh: "{count} 个警告" },
  "ui.warnings.other": { en: "{count} warnings", zh: "{count} 个警告" },
  "ui.severity.error": { en: "Error", zh: "错误" },
  "ui.severity.warning": { en: "Warning", zh: "警告" },
  "ui.noProblems.one": {
    en: "No problems found in {count} recommendation",
    zh: "在 {count} 项建议中未发现问题",
  },
  "ui.noProblems": {
    en: "No problems found in {count} recommendations",
    zh: "在 {count} 项建议中未发现问题",
  },
  "ui.rowHeading": { en: "Row {row}", zh: "第 {row} 行" },
  "ui.findingLocation": { en: "Row {row}, column {column}", zh: "第 {row} 行，{column} 列" },
  "ui.findingWholeRow": { en: "Row {row}", zh: "第 {row} 行" },
  "ui.findingSheetLocation": {
    en: "{sheet}, row {row}, column {column}",
    zh: "{sheet}，第 {row} 行，{column} 列",
  },
  "ui.goToCell": { en: "Go to row {row}, column {column}", zh: "转到第 {row} 行，{column} 列" },
  "ui.progress": { en: "Working…", zh: "正在处理…" },
  "ui.progress.reading": { en: "Reading the register…", zh: "正在读取登记册…" },
  "ui.progress.validating": { en: "Checking the register…", zh: "正在检查登记册…" },
  "ui.progress.generating": { en: "Generating sheets…", zh: "正在生成工作表…" },
  "ui.progress.clearing": { en: "Clearing marks…", zh: "正在清除标记…" },
  "ui.sheetsGenerated": { en: "Sheets created: {sheets}", zh: "已生成工作表：{sheets}" },
  "ui.sheetRenamed": {
    en: 'A sheet named "{wanted}" already exists and is yours, so it was left as it is; the new sheet is named "{used}".',
    zh: "已有名为“{wanted}”的工作表且不是本加载项生成的，因此保持不变；新工作表命名为“{used}”。",
  },
  "ui.generationRefused.one": {
    en: 'Nothing was generated: the register has 1 error. Fix it, or choose "Generate anyway".',
    zh: "未生成任何内容：登记册有 1 个错误。请先更正，或选择“仍然生成”。",
  },
  "ui.generationRefused": {
    en: 'Nothing was generated: the register has {count} errors. Fix them, or choose "Generate anyway".',
    zh: "未生成任何内容：登记册有 {count} 个错误。请先更正，或选择“仍然生成”。",
  },
  "ui.marksCleared": { en: "Marks cleared.", zh: "标记已清除。" },
  "ui.validateCommandResult": {
    en: "{errors} and {warnings} in {count} recommendations. Open the task pane to see them.",
    zh: "在 {count} 项建议中发现 {errors}和 {warnings}。请打开任务窗格查看。",
  },
  "ui.error.cellEditMode": {
    en: "Excel is editing a cell. Press Enter or Esc to leave the cell, then try again.",
    zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 退出单元格，然后重试。",
  },
  "ui.error.payloadTooLarge": {
    en: "The request to Excel was too large. Try again; if it fails again, split the register into smaller sheets.",
    zh: "发送给 Excel 的请求过大。请重试；如果仍然失败，请将登记册拆分为较小的工作表。",
  },
  "ui.error.itemNotFound": {
    en: "A sheet or range the add-in needs was not found; it may have been renamed or deleted. Check the register sheet and try again.",
    zh: "找不到加载项所需的工作表或区域，可能已被重命名或删除。请检查登记册工作表后重试。",
  },
  "ui.error.accessDenied": {
    en: "Excel refused the change; the workbook or sheet may be protected. Unprotect it and try again.",
    zh: "Excel 拒绝了更改；工作簿或工作表可能受保护。请取消保护后重试。",
  },
  "ui.error.unsupported": {
    en: "This version of Excel does not support what the add-in needs. Update Excel or use Excel on the web.",
    zh: "此版本的 Excel 不支持加载项所需的功能。请更新 Excel 或使用 Excel 网页版。",
  },
  "ui.error.general": {
    en: "Excel could not complete the operation. The register was not changed. Try again.",
    zh: "Excel 无法完成此操作。登记册未被更改。请重试。",
  },
  "ui.error.noRegister": {
    en: "No register was found in this workbook: {message}",
    zh: "在此工作簿中找不到登记册：{message}",
  },
  "ui.error.unknown": {
    en: "Something went wrong: {message}. The register was not changed.",
    zh: "出现问题：{message}。登记册未被更改。",
  },
  // Task pane (added by the task-pane helper; entries above are shared with the ribbon command).
  "ui.intro": {
    en: "Check the register of JIU recommendations, then generate the progress report's summary sheet and annexes.",
    zh: "检查联检组建议登记册，然后生成进展报告的摘要工作表和附件。",
  },
  "ui.asOfHint": {
    en: "Statuses and deadlines are judged on this date.",
    zh: "按此日期判断状态和截止日期。",
  },
  "ui.asOfInvalid": { en: "Enter a date, for example 2023-02-28.", zh: "请输入日期，例如 2023-02-28。" },
  "ui.annexLanguageHint": {
    en: "The summary sheet is written in this language too.",
    zh: "摘要工作表也使用此语言。",
  },
  "ui.showMore": { en: "Show {count} more", zh: "再显示 {count} 项" },
  "ui.showMoreGroups": { en: "Show {count} more groups", zh: "再显示 {count} 组" },
  "ui.progress.summary": { en: "Writing the summary sheet…", zh: "正在写入摘要工作表…" },
  "ui.progress.annex": { en: "Writing the annexes…", zh: "正在写入附件…" },
  "ui.progress.percent": { en: "{percent}% done", zh: "已完成 {percent}%" },
  "ui.checkedRows": {
    en: '{count} recommendations checked on sheet "{sheet}".',
    zh: "已检查工作表“{sheet}”中的 {count} 项建议。",
  },
  "ui.findingsToFix": { en: "Errors to fix before generating", zh: "生成前需更正的错误" },
  "ui.sheetRowHeading": { en: "{sheet}, row {row}", zh: "{sheet}，第 {row} 行" },
  "ui.error.title": { en: "Could not finish", zh: "无法完成" },
  "ui.commandResult.title": { en: "Register validated", zh: "登记册已验证" },
  "ui.commandResult.clean": {
    en: "No problems found in {count} recommendations.",
    zh: "在 {count} 项建议中未发现问题。",
  },
  "ui.commandResult.marked": {
    en: "The cells concerned are marked in the register, and the first one is selected.",
    zh: "相关单元格已在登记册中标出，并已选中第一个。",
  },
  "ui.commandResult.close": { en: "You can close this window.", zh: "您可以关闭此窗口。" },
  "ui.help": { en: "Help and reporting a problem", zh: "帮助和报告问题" },
  "ui.version": { en: "Version {version}", zh: "版本 {version}" },
  ...ruleLabels(),
} satisfies LabelTable;

export type UiLabelId = keyof typeof UI_LABELS;
