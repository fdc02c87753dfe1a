import type { LabelTable } from "./label-table";

/**
 * Labels of the generated sheets (summary, Annexes I-III, draft decision). Chinese texts are taken
 * verbatim from the seed (WIPO WO/PBC/35/2) wherever it has them; English texts translate them.
 * Placeholders are written {name} and filled by `formatLabel`.
 */
export const SHEET_LABELS = {
  // Sheet names (at most 31 characters, none of : \ / ? * [ ]).
  "sheet.summary": { en: "Summary", zh: "摘要" },
  "sheet.annexI": { en: "Annex I", zh: "附件一" },
  "sheet.annexII": { en: "Annex II", zh: "附件二" },
  "sheet.annexIII": { en: "Annex III", zh: "附件三" },

  // Language conventions Intl does not give: year spans, numbering. Lists and dates are Intl's.
  "years.range": { en: "{from}–{to}", zh: "{from} 年-{to} 年" },
  "years.single": { en: "{year}", zh: "{year} 年" },
  "numbering.marker": { en: "{marker}.", zh: "{marker}、" },

  // Display names of statuses and addressees.
  "status.implemented": { en: "Implemented", zh: "已落实" },
  "status.inProgress": { en: "In progress", zh: "正在落实" },
  "status.notStarted": { en: "Not started", zh: "尚未启动" },
  "status.underConsideration": { en: "Under consideration", zh: "正在审议" },
  "status.notAccepted": { en: "Not accepted", zh: "未予接受" },
  "status.notRelevant": { en: "Not relevant", zh: "不相关" },
  // Closed without a stated reason; "已完成" as the seed's paragraph 8 calls a closed recommendation.
  "status.closed": { en: "Closed", zh: "已完成" },
  "acceptance.accepted": { en: "Accepted", zh: "已接受" },
  "acceptance.notAccepted": { en: "Not accepted", zh: "未予接受" },
  "acceptance.underConsideration": { en: "Under consideration", zh: "正在审议" },
  "acceptance.notRelevant": { en: "Not relevant", zh: "不相关" },
  "acceptance.closed": { en: "Closed", zh: "已完成" },
  "addressee.legislative": { en: "Legislative bodies", zh: "立法机构" },
  "addressee.executiveHead": { en: "Executive head", zh: "行政首长" },

  // The summary sheet.
  "summary.title": {
    en: "Progress report on the implementation of the recommendations of the Joint Inspection Unit (JIU)",
    zh: "联合检查组（联检组）建议的落实进展报告",
  },
  "summary.titleWithOrganization": {
    en: "{organization}: progress report on the implementation of the recommendations of the Joint Inspection Unit (JIU)",
    zh: "{organization}：联合检查组（联检组）建议的落实进展报告",
  },
  "summary.asOf": { en: "Status as of {date}", zh: "截至 {date}的情况" },
  "summary.outstanding": {
    en: "As of {date}, should the Member States endorse the assessments contained in this report, the outstanding recommendations would number {legislative} to the legislative bodies and {executiveHead} to the executive head.",
    zh: "截至 {date}，本报告中所载的建议如获成员国核可，将有{legislative}项给立法机构的建议以及{executiveHead}项给行政首长的建议为未完成。",
  },
  "summary.outstandingWithOrganization": {
    en: "As of {date}, should the Member States endorse the assessments contained in this report, the outstanding recommendations would number {legislative} to the legislative bodies of {organization} and {executiveHead} to the executive head.",
    zh: "截至 {date}，本报告中所载的建议如获成员国核可，将有{legislative}项给{organization}立法机构的建议以及{executiveHead}项给行政首长的建议为未完成。",
  },
  "figure.caption": { en: "Figure {number}. {title}", zh: "图 {number}. {title}" },
  "chart.title.legislative": {
    en: "JIU recommendations to legislative bodies, {years}: status as of {date}",
    zh: "{years}向立法机构提出的联检组建议 截至 {date}的情况",
  },
  "chart.title.executiveHead": {
    en: "JIU recommendations to the executive head, {years}: status as of {date}",
    zh: "{years}向行政首长提出的联检组建议 截至 {date}的情况",
  },
  "chart.xAxis": { en: "Year of review", zh: "审查年份" },
  "chart.yAxis": { en: "Number of recommendations", zh: "建议数量" },
  "chart.noData": {
    en: "No recommendations to show for this addressee.",
    zh: "没有可显示的此类建议。",
  },
  "table.total": { en: "Total", zh: "合计" },

  "rates.heading": { en: "Acceptance and implementation rates", zh: "接受率和落实率" },
  "rates.scope": { en: "Addressee", zh: "提交对象" },
  "rates.overall": { en: "All recommendations", zh: "全部建议" },
  // "Total" rather than "Recommendations": the word must fit a narrow column without breaking.
  "rates.total": { en: "Total", zh: "建议数" },
  "rates.accepted": { en: "Accepted", zh: "已接受" },
  "rates.implemented": { en: "Implemented", zh: "已落实" },
  "rates.acceptanceRate": { en: "Acceptance rate", zh: "接受率" },
  "rates.implementationRate": { en: "Implementation rate", zh: "落实率" },
  "rates.notApplicable": { en: "n/a", zh: "不适用" },
  "rates.noteWithClosed": {
    en: "Acceptance rate: accepted recommendations divided by all recommendations, leaving out those not relevant, under consideration or closed without a stated reason. Implementation rate: implemented recommendations divided by accepted ones.",
    zh: "接受率：已接受的建议数除以建议总数（不计不相关、正在审议和未说明原因而已完成的建议）。落实率：已落实的建议数除以已接受的建议数。",
  },
  "rates.note": {
    en: "Acceptance rate: accepted recommendations divided by all recommendations, leaving out those not relevant or under consideration. Implementation rate: implemented recommendations divided by accepted ones.",
    zh: "接受率：已接受的建议数除以建议总数（不计不相关和正在审议的建议）。落实率：已落实的建议数除以已接受的建议数。",
  },

  "decision.heading": { en: "Proposed decision paragraph", zh: "提议的决定段落" },
  "decision.intro": {
    en: "welcomes and endorses the Secretariat's assessment of the status of implementation of the following recommendations contained in this report:",
    zh: "欢迎并核可秘书处对本报告所载的下述建议落实情况的评估:",
  },
  // Plural labels: one form per plural category (Intl.PluralRules), picked by the count of numbers.
  "decision.item": {
    en: { one: "{report} (recommendation {numbers});", other: "{report} (recommendations {numbers});" },
    zh: { other: "{report} (建议 {numbers}) ;" },
  },
  "decision.item.unnumbered": { en: "{report} (informal recommendations);", zh: "{report} (非正式建议) ;" },
  "decision.item.andUnnumbered": {
    en: {
      one: "{report} (recommendation {numbers} and the informal recommendations);",
      other: "{report} (recommendations {numbers} and the informal recommendations);",
    },
    zh: { other: "{report} (建议 {numbers} 和非正式建议) ;" },
  },
  "decision.none": { en: "No recommendation is proposed for closure.", zh: "没有提议结束的建议。" },

  "planned.caption": {
    en: "Table 2. JIU reviews planned for {year} that concern {organization}",
    zh: "表 2. {year} 联检组计划进行的与{organization}相关的审查",
  },
  "planned.captionNoOrganization": {
    en: "Table 2. JIU reviews planned for {year}",
    zh: "表 2. {year} 联检组计划进行的审查",
  },
  "planned.code": { en: "Code", zh: "代码" },
  "planned.title": { en: "Review", zh: "审查" },
  "planned.workPlan": { en: "Programme of work", zh: "工作计划" },
  "planned.workPlanYear": { en: "Programme of work {year}", zh: "{year} 年工作计划" },

  "timeliness.caption": {
    en: "Table 1. Summary dashboard: timeliness of responses",
    zh: "表 1. 总结看板——回应及时性",
  },
  "timeliness.outcome": { en: "Response to JIU requests", zh: "对联检组请求的回应" },
  "timeliness.count": { en: "Requests", zh: "请求数" },
  "timeliness.share": { en: "Share", zh: "占比" },
  "timeliness.onTime": { en: "Answered on time", zh: "按时回应" },
  "timeliness.late": { en: "Answered late", zh: "逾期回应" },
  "timeliness.pending": { en: "Pending, not yet due", zh: "待回应（未到期）" },
  "timeliness.overdue": { en: "Not answered, past due", zh: "未回应（已逾期）" },

  // Annexes I and II.
  "annexI.heading": {
    en: "JIU recommendations to the legislative bodies of JIU participating organizations",
    zh: "联检组向联检组参与组织立法机构提出的建议",
  },
  "annexII.heading": {
    en: "Recommendations of the Joint Inspection Unit (JIU) to the executive heads of JIU participating organizations",
    zh: "联合检查组（联检组）向联检组参与组织行政首长提出的建议",
  },
  "annex.asOf": { en: "Status as of {date}", zh: "——截至 {date}的情况" },
  "annex.yearGroup": {
    en: "{marker} Recommendations arising from JIU reviews conducted in {year}",
    zh: "{marker}联检组在 {year} 年开展的审查中提出的建议",
  },
  "annex.reportTitle": { en: "“{title}”", zh: "“{title}”" },
  "annex.link": { en: "Link", zh: "链接" },
  "annex.recommendation": { en: "Recommendation {number}", zh: "建议 {number}" },
  "annex.unnumbered": { en: "Informal recommendations", zh: "非正式建议" },
  "annex.addressee": { en: "Addressed to", zh: "提交对象" },
  "annex.assessment": { en: "Management/focal point assessment", zh: "管理层/联络点评估" },
  "annex.acceptance": { en: "Acceptance", zh: "接受情况" },
  "annex.implementation": { en: "Implementation", zh: "落实情况" },
  "annex.responsible": { en: "Responsible", zh: "负责人" },
  "annex.empty": { en: "No recommendations to report.", zh: "没有需要报告的建议。" },
  "note.previously": { en: "Previously '{status}'", zh: "之前为“{status}”" },
  "note.unchangedUpdated": {
    en: "No change from previous status; assessment updated",
    zh: "与之前状态相比无变化 评估已更新",
  },
  "note.new": { en: "First report", zh: "首次报告" },
  "note.assessmentUpdated": { en: "Assessment updated", zh: "评估已更新" },

  // Annex III.
  "annexIII.heading": {
    en: "List of active JIU reports concerning {organization} as of {date}",
    zh: "截至 {date}涉及{organization}的联检组有效报告清单",
  },
  "annexIII.headingNoOrganization": {
    en: "List of active JIU reports as of {date}",
    zh: "截至 {date}的联检组有效报告清单",
  },
  "annexIII.intro": {
    en: "This annex provides links to the active JIU reports concerning {organization}. All JIU reports, notes and management letters can be viewed or obtained on the JIU website.",
    zh: "本附件用以提供涉及{organization}的联检组有效报告的链接。所有联检组报告、说明和管理建议书可通过联检组网站查看或获得。",
  },
  "annexIII.introNoOrganization": {
    en: "This annex provides links to the active JIU reports concerning the organization. All JIU reports, notes and management letters can be viewed or obtained on the JIU website.",
    zh: "本附件用以提供涉及本组织的联检组有效报告的链接。所有联检组报告、说明和管理建议书可通过联检组网站查看或获得。",
  },
  "annexIII.website": { en: "JIU website", zh: "联检组网站" },
  "annexIII.symbol": { en: "Report symbol", zh: "报告文号" },
  "annexIII.title": { en: "Link to JIU report", zh: "联检组报告链接" },
  "annexIII.counts": {
    en: "Outstanding recommendations (legislative bodies and executive head)",
    zh: "未完成建议数量 (立法机构和行政首长)",
  },
  "annexIII.ceb": { en: "CEB comments", zh: "首协会评论意见" },
  "annexIII.otherDocuments": { en: "Other documents", zh: "其他文件" },
  "annexIII.count.legislative": { en: "{count} legislative body", zh: "{count} 立法机构" },
  "annexIII.count.executiveHead": { en: "{count} executive head", zh: "{count} 行政首长" },
  "annexIII.footnote": {
    en: "Active reports: JIU reports with outstanding recommendations, including all the recommendations contained in this report.",
    zh: "有效报告：载有未完成建议的联检组报告，包括本报告所载的所有建议。",
  },
  "annexIII.empty": {
    en: "No active JIU report has outstanding recommendations.",
    zh: "没有载有未完成建议的联检组有效报告。",
  },
} satisfies LabelTable;

export type SheetLabelId = keyof typeof SHEET_LABELS;
