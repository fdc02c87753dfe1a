import type { RegisterWords } from "./types";

/**
 * The register's words in Chinese, as WIPO's Chinese progress reports write them (WO/PBC/35/2, the seed:
 * 已接受, 未予接受, 正在落实, 尚未启动, 已落实, 立法机构, 行政首长; "已完成" for a closed recommendation, as in
 * its paragraph 8), with the names of WIPO's bodies and head in their official Chinese (大会, 协调委员会, 总干事).
 */
export const CHINESE_WORDS: RegisterWords = {
  addressee: {
    legislative: ["立法机构", "立法机关", "理事机构", "立法/理事机构", "成员国"],
    executiveHead: ["行政首长"],
  },
  namedAddressee: {
    legislative: [
      "大会",
      "协调委员会",
      "执行局",
      "理事会",
      "缔约方大会",
      "全权代表大会",
      "成员国大会",
      "计划和预算委员会",
      "两者",
    ],
    executiveHead: ["总干事", "秘书长", "执行主任", "署长", "高级专员", "秘书处"],
  },
  acceptance: {
    accepted: ["已接受", "接受"],
    notAccepted: ["未接受", "未予接受", "不接受"],
    underConsideration: ["正在审议", "审议中", "仍在审议中", "有待审议"],
    notRelevant: ["不相关", "不再相关"],
    closed: ["已完成", "已结束", "已关闭"],
  },
  implementation: {
    implemented: ["已落实"],
    inProgress: ["正在落实", "落实中"],
    notStarted: ["尚未启动", "未启动"],
  },
  statusPhrases: [
    {
      words: ["已全面落实", "已全部落实", "已接受并已落实", "已接受已落实"],
      acceptance: "accepted",
      implementation: "implemented",
    },
    {
      words: ["部分落实", "已部分落实", "已接受正在落实", "已接受并正在落实"],
      acceptance: "accepted",
      implementation: "inProgress",
    },
    { words: ["已接受尚未启动", "已接受但尚未启动"], acceptance: "accepted", implementation: "notStarted" },
  ],
  notApplicable: ["不适用"],
  yes: ["是"],
  no: ["否"],
  unnumbered: ["非正式建议", "软性建议", "非正式"],
};
