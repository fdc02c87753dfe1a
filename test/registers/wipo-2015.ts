/**
 * WIPO's register of JIU/REP/2014/2 ("Review of management and administration in the World Intellectual
 * Property Organization (WIPO)") as its first progress report on it states it: WO/PBC/23/4 (Program and
 * Budget Committee, 23rd session, July 2015), paragraph 3:
 *   "(a) Out of eight recommendations addressed to the Director General, seven have been fully implemented
 *   (recommendations 2, 3, 4, 5, 8, 9, and 10), and one (recommendation 7) remains subject to a
 *   legislative body recommendation (recommendation 6); and (b) Two recommendations addressed to the
 *   legislative bodies of WIPO, i.e. the General Assembly (recommendation 1) and the Coordination Committee
 *   (recommendation 6) remain under consideration by these bodies."
 * The statuses are those words; the recommendation texts are not in the source we hold, so each row names
 * its recommendation instead of quoting it. No previous status: it is the first report on this review.
 */
import type { CellValue, GridSheet, WorkbookGrid } from "../../src/core/grid";
import { aSheet } from "../fixtures";

export const WIPO_2015_SYMBOL = "JIU/REP/2014/2";
const TITLE =
  "Review of management and administration in the World Intellectual Property Organization (WIPO)";
const TITLE_ZH = "审查世界知识产权组织（产权组织）的管理和行政工作";

/** [number, addressee, status] as WO/PBC/23/4 words them. */
const ROWS: readonly (readonly [number, string, string])[] = [
  [1, "General Assembly", "Remain under consideration by these bodies"],
  [2, "Director General", "Fully implemented"],
  [3, "Director General", "Fully implemented"],
  [4, "Director General", "Fully implemented"],
  [5, "Director General", "Fully implemented"],
  [6, "Coordination Committee", "Remain under consideration by these bodies"],
  [7, "Director General", "Remains subject to a legislative body recommendation (recommendation 6)"],
  [8, "Director General", "Fully implemented"],
  [9, "Director General", "Fully implemented"],
  [10, "Director General", "Fully implemented"],
];

/**
 * The English register: one Status column in WO/PBC/23/4's words, a blank Previous status column, and a
 * Vocabulary sheet for the one phrase no register would know ("remains subject to a legislative body
 * recommendation"): it waits on the legislative bodies' decision, so it is under consideration.
 */
export function wipo2015English(): WorkbookGrid {
  const header = [
    "Report symbol",
    "Report title",
    "Recommendation no.",
    "Addressed to",
    "Recommendation",
    "Management assessment",
    "Status",
    "Previous status",
    "Responsible",
  ];
  const rows: CellValue[][] = ROWS.map(([number, addressee, status]) => [
    WIPO_2015_SYMBOL,
    TITLE,
    number,
    addressee,
    `Recommendation ${number} of ${WIPO_2015_SYMBOL} (as the report words it).`,
    `WO/PBC/23/4: ${status.toLowerCase()}.`,
    status,
    null,
    addressee === "Director General" ? "Director General" : "Secretary to the Assemblies",
  ]);
  const vocabulary: GridSheet = aSheet("Vocabulary", [
    ["Word", "Means"],
    ["Remains subject to a legislative body recommendation (recommendation 6)", "Under consideration"],
  ]);
  return { sheets: [aSheet("Register", [header, ...rows]), vocabulary] };
}

/**
 * The same register kept in Chinese, in the seed's words (WO/PBC/35/2: 已接受, 已落实, 正在审议) and WIPO's
 * Chinese names of its bodies and head (大会, 协调委员会, 总干事): Acceptance and Implementation columns, the
 * acceptance left blank where the implementation says it all ("implemented with a blank acceptance"), and a
 * 词汇 sheet (词语, 含义) for the register's own phrase "仍在这些机构审议中" (remains under consideration by
 * these bodies).
 */
export function wipo2015Chinese(): WorkbookGrid {
  const header = [
    "报告文号",
    "报告标题",
    "建议编号",
    "提交对象",
    "建议",
    "管理层/联络点评估",
    "接受情况",
    "落实情况",
    "之前接受情况",
    "之前落实情况",
    "负责人",
  ];
  const names: Readonly<Record<string, string>> = {
    "General Assembly": "大会",
    "Coordination Committee": "协调委员会",
    "Director General": "总干事",
  };
  const rows: CellValue[][] = ROWS.map(([number, addressee, status]) => {
    const [acceptance, implementation] = status.startsWith("Fully")
      ? [null, "已落实"]
      : status.startsWith("Remain under")
        ? ["仍在这些机构审议中", null]
        : ["正在审议", null];
    return [
      WIPO_2015_SYMBOL,
      TITLE_ZH,
      number,
      names[addressee] ?? addressee,
      `${WIPO_2015_SYMBOL} 的建议 ${number}。`,
      "见 WO/PBC/23/4。",
      acceptance,
      implementation,
      null,
      null,
      names[addressee] === "总干事" ? "总干事" : "大会秘书",
    ];
  });
  const vocabulary: GridSheet = aSheet("词汇", [
    ["词语", "含义"],
    ["仍在这些机构审议中", "正在审议"],
  ]);
  return { sheets: [aSheet("登记册", [header, ...rows]), vocabulary] };
}
