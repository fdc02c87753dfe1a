import type { ColumnId, PlannedReviewColumnId, RequestColumnId } from "../model";
import { looseKey, type RankedAlias, rankedAliasLookup } from "./normalize";

/**
 * Header names each register column answers to, English and Chinese. Matching ignores case, spacing and
 * punctuation (see `looseKey`), so "Recommendation no." also matches "RECOMMENDATION NO" and "Recommendation #".
 * The first name is the one messages use.
 */
export const HEADER_ALIASES: Readonly<Record<ColumnId, readonly string[]>> = {
  organization: ["Organization", "组织", "Organisation", "Participating organization", "参与组织"],
  reportSymbol: [
    "Report symbol",
    "报告文号",
    "Symbol",
    "Report no.",
    "Report number",
    "JIU report",
    "Document symbol",
    "文号",
  ],
  reportTitle: ["Report title", "报告标题", "Title of report", "Title", "标题"],
  reportLink: ["Report link", "报告链接", "Link", "链接", "Link to report", "Report URL", "联检组报告链接"],
  recommendationNumber: [
    "Recommendation no.",
    "建议编号",
    "Recommendation number",
    "Rec. no.",
    "Rec no",
    "Rec. #",
    "Recommendation #",
    "No.",
    "编号",
    "建议号",
  ],
  addressee: ["Addressed to", "提交对象", "Addressee", "Recommendation to", "Directed to", "对象"],
  recommendationText: [
    "Recommendation",
    "建议",
    "Recommendation text",
    "Text of recommendation",
    "建议内容",
    "建议案文",
  ],
  assessment: [
    "Management assessment",
    "管理层/联络点评估",
    "Management/focal point assessment",
    "Focal point assessment",
    "Assessment",
    "Comments",
    "管理层评估",
    "联络点评估",
    "评估",
  ],
  acceptance: ["Acceptance", "接受情况", "Status of acceptance", "Acceptance status", "接受状态"],
  implementation: [
    "Implementation",
    "落实情况",
    "Status of implementation",
    "Implementation status",
    "落实状态",
  ],
  previousAcceptance: [
    "Previous acceptance",
    "之前接受情况",
    "Previous status of acceptance",
    "Previous acceptance status",
    "Acceptance (previous)",
    "Acceptance previously",
    "上次接受情况",
  ],
  previousImplementation: [
    "Previous implementation",
    "之前落实情况",
    "Previous status of implementation",
    "Previous implementation status",
    "Implementation (previous)",
    "Implementation previously",
    "上次落实情况",
  ],
  assessmentUpdated: [
    "Assessment updated",
    "评估已更新",
    "Updated assessment",
    "Assessment update",
    "评估更新",
  ],
  responsible: [
    "Responsible",
    "负责人",
    "Responsible official",
    "Focal point",
    "Responsible unit",
    "Responsible office",
    "Owner",
    "联络点",
    "负责部门",
    "负责单位",
  ],
  deadline: [
    "Deadline",
    "截止日期",
    "Target date",
    "Due date",
    "Target implementation date",
    "Expected completion",
    "目标日期",
  ],
  lastUpdated: [
    "Last updated",
    "最后更新",
    "Last update",
    "Updated on",
    "Date updated",
    "Last modified",
    "更新日期",
  ],
  cebComments: ["CEB comments", "首协会评论意见", "CEB comment", "CEB", "Comments of CEB", "首协会评论"],
  otherDocuments: [
    "Other documents",
    "其他文件",
    "Other document",
    "Related documents",
    "Other links",
    "相关文件",
  ],
};

/** Columns the register must have; the rest are optional. */
export const REQUIRED_COLUMNS: readonly ColumnId[] = [
  "reportSymbol",
  "reportTitle",
  "recommendationNumber",
  "addressee",
  "recommendationText",
  "assessment",
  "acceptance",
  "implementation",
  "responsible",
];

const registerLookup = rankedAliasLookup<ColumnId>(HEADER_ALIASES);

/**
 * The register column a header names, or null.
 *
 * @example matchHeader("  Status of  Acceptance ") // "acceptance"
 * @example matchHeader("管理层/联络点评估") // "assessment"
 */
export function matchHeader(text: string): ColumnId | null {
  return registerLookup.get(looseKey(text))?.value ?? null;
}

/**
 * The column a header names and how strong the name is (0 = its main name): when two headers name one
 * column, the weaker name ("Comments") yields to the stronger ("Management assessment").
 *
 * @example matchHeaderRanked("Comments") // { value: "assessment", rank: 5 }
 */
export function matchHeaderRanked(text: string): RankedAlias<ColumnId> | null {
  return registerLookup.get(looseKey(text)) ?? null;
}

/**
 * The name messages use for a column (its first English alias).
 *
 * @example columnName("recommendationNumber") // "Recommendation no."
 */
export function columnName(id: ColumnId): string {
  return HEADER_ALIASES[id][0] ?? id;
}

/** The optional "Planned reviews" sheet, the seed's Table 2. */
export const PLANNED_REVIEW_HEADER_ALIASES: Readonly<Record<PlannedReviewColumnId, readonly string[]>> = {
  code: ["Code", "代码", "Review code", "审查代码", "Project code", "编码"],
  title: ["Title", "标题", "Review title", "审查标题", "Review", "审查"],
  workPlanYear: [
    "Work plan year",
    "工作计划年份",
    "Work plan",
    "工作计划",
    "Programme of work",
    "Year",
    "年份",
  ],
};
export const PLANNED_REVIEW_REQUIRED: readonly PlannedReviewColumnId[] = ["code", "title", "workPlanYear"];

/**
 * The optional "Requests" sheet, the seed's Table 1 (timeliness of responses). "Date due" is named
 * 答复截止日期 in Chinese so that it cannot be mistaken for the register's Deadline (截止日期).
 */
export const REQUEST_HEADER_ALIASES: Readonly<Record<RequestColumnId, readonly string[]>> = {
  reviewCode: ["Review code", "审查代码", "Code", "代码", "Review"],
  kind: ["Request", "请求", "Request type", "Type of request", "请求类型"],
  received: ["Date received", "收到日期", "Received", "Received on"],
  due: ["Date due", "答复截止日期", "Response due", "Due", "Reply due", "回复截止日期"],
  answered: ["Date answered", "答复日期", "Answered", "Date of reply", "Replied on", "回复日期"],
};
export const REQUEST_REQUIRED: readonly RequestColumnId[] = ["reviewCode", "kind", "received", "due"];

const plannedReviewLookup = rankedAliasLookup<PlannedReviewColumnId>(PLANNED_REVIEW_HEADER_ALIASES);
const requestLookup = rankedAliasLookup<RequestColumnId>(REQUEST_HEADER_ALIASES);

/**
 * The planned-reviews column a header names, with its rank.
 *
 * @example matchPlannedReviewHeader("工作计划年份") // { value: "workPlanYear", rank: 1 }
 */
export function matchPlannedReviewHeader(text: string): RankedAlias<PlannedReviewColumnId> | null {
  return plannedReviewLookup.get(looseKey(text)) ?? null;
}

/**
 * The requests column a header names, with its rank.
 *
 * @example matchRequestHeader("答复截止日期") // { value: "due", rank: 1 }
 */
export function matchRequestHeader(text: string): RankedAlias<RequestColumnId> | null {
  return requestLookup.get(looseKey(text)) ?? null;
}
