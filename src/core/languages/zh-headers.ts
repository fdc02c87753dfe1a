import type { RegisterHeaders } from "./types";

/** The register's headers in Chinese, as the seed's annexes write them where it has them. */
export const CHINESE_HEADERS: RegisterHeaders = {
  register: {
    organization: ["组织", "参与组织"],
    reportSymbol: ["报告文号", "文号"],
    reportTitle: ["报告标题", "标题"],
    reportLink: ["报告链接", "链接", "联检组报告链接"],
    recommendationNumber: ["建议编号", "编号", "建议号"],
    addressee: ["提交对象", "对象"],
    recommendationText: ["建议", "建议内容", "建议案文"],
    assessment: ["管理层/联络点评估", "管理层评估", "联络点评估", "评估"],
    acceptance: ["接受情况", "接受状态"],
    implementation: ["落实情况", "落实状态"],
    status: ["状态", "当前状态", "建议状态"],
    previousAcceptance: ["之前接受情况", "上次接受情况"],
    previousImplementation: ["之前落实情况", "上次落实情况"],
    previousStatus: ["之前状态", "上次状态", "上次报告状态"],
    assessmentUpdated: ["评估已更新", "评估更新"],
    responsible: ["负责人", "联络点", "负责部门", "负责单位"],
    deadline: ["截止日期", "目标日期"],
    lastUpdated: ["最后更新", "更新日期"],
    cebComments: ["首协会评论意见", "首协会评论"],
    otherDocuments: ["其他文件", "相关文件"],
  },
  plannedReviews: {
    code: ["代码", "审查代码", "编码"],
    title: ["标题", "审查标题", "审查"],
    workPlanYear: ["工作计划年份", "工作计划", "年份"],
  },
  // "Date due" is 答复截止日期 so that it cannot be mistaken for the register's Deadline (截止日期).
  requests: {
    reviewCode: ["审查代码", "代码"],
    kind: ["请求", "请求类型"],
    received: ["收到日期"],
    due: ["答复截止日期", "回复截止日期"],
    answered: ["答复日期", "回复日期"],
  },
  vocabulary: {
    word: ["词语", "用语"],
    means: ["含义", "意思"],
  },
  vocabularySheet: ["词汇", "词汇表"],
};
