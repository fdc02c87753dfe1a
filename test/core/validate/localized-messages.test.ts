import type { FindingMessageId, RuleId } from "../../../src/core/findings";
import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { HISTORY_HEADERS } from "../../../src/core/history";
import type { Register } from "../../../src/core/model";
import { validate as validateRegister } from "../../../src/core/validate";
import { renderFindings, type RenderedFinding } from "../../../src/labels/finding-message";
import { FINDING_LABELS } from "../../../src/labels/finding-labels";
import { findingMessage } from "../../../src/labels/labels";
import {
  aGrid,
  aSheet,
  ALL_COLUMNS,
  aTable,
  dateCell,
  errorCell,
  linkCell,
  parseRegister,
  plannedReviewsSheet,
  requestsSheet,
  type RowSpec,
  vocabularySheet,
} from "../../fixtures";
import { AS_OF, OUTSTANDING } from "./helpers";

/** The core's findings with their English text, as the CLI prints them. */
const validate = (...args: Parameters<typeof validateRegister>): RenderedFinding[] =>
  renderFindings(validateRegister(...args), "en");

/** Every message id: the keys of the label table's `finding.` templates. */
const MESSAGE_IDS = Object.keys(FINDING_LABELS)
  .filter((id) => id.startsWith("finding."))
  .map((id) => id.slice("finding.".length) as FindingMessageId);

const TITLE_A460 = "审查联合国系统各组织工作人员可用的法庭前内部阶段上诉机制";
const sheetOf = (name: string) => aGrid([{}], { sheet: name }).sheets[0]!;
const tableOf = (name: string, table: string) => ({
  ...sheetOf(name),
  tables: [aTable(table, { headerRow: 1, firstColumn: 1, lastRow: 2, lastColumn: 17 })],
});

/** A register no workbook yields (a plain sheet read while a table elsewhere also holds a register). */
function sheetReadBesideTable(): Register {
  const register = parseRegister({ sheets: [sheetOf("Old"), sheetOf("New")] });
  return { ...register, otherRegisters: [{ sheet: "New", table: "Reg", headerRow: 1 }] };
}

/** A register whose status is one column (`status`, or `implementation` alone) holding `word`. */
function statusGrid(column: "status" | "implementation", word: string): WorkbookGrid {
  const columns = ALL_COLUMNS.filter(
    (id) => !["acceptance", "implementation", "previousAcceptance", "previousImplementation"].includes(id),
  );
  return aGrid([{ [column]: word }], { columns: [...columns, column] });
}

/** A valid register with a History sheet: its header (English unless given) and rows. */
function withHistory(rows: readonly (readonly unknown[])[], header?: readonly string[]): WorkbookGrid {
  const head = header ?? Object.values(HISTORY_HEADERS.en);
  return aGrid([{}], { extraSheets: [aSheet("History", [head, ...rows] as CellValue[][])] });
}

/** A valid register with a Vocabulary sheet of [word, means] rows. */
function withVocabulary(rows: readonly (readonly (string | null)[])[]): WorkbookGrid {
  return aGrid([{}], { extraSheets: [vocabularySheet(rows)] });
}

type Source = readonly RowSpec[] | { grid: WorkbookGrid } | { register: () => Register };

function findingsOf(source: Source): RenderedFinding[] {
  if ("grid" in source) return validate(parseRegister(source.grid), AS_OF);
  if ("register" in source) return validate(source.register(), AS_OF);
  return validate(parseRegister(aGrid(source)), AS_OF);
}

/**
 * One row per message id: a hand-made register that yields it, the rule, and what the Chinese message must
 * say (key words, and the register's value as written inside “...”).
 */
const CASES: readonly (readonly [FindingMessageId, RuleId, Source, readonly string[]])[] = [
  [
    "formulaError",
    "E05-acceptance",
    [{ acceptance: errorCell("#N/A") }],
    ["接受情况：单元格显示 #N/A", "修正公式"],
  ],
  [
    "missingChoice",
    "E05-acceptance",
    [{ acceptance: null, implementation: null }],
    ["缺少接受情况", "请填写：已接受、未接受、正在审议或不相关"],
  ],
  [
    "unknownWord",
    "E04-addressee",
    [{ addressee: "Head" }],
    ["提交对象“Head”无法识别", "立法机构或行政首长", "“词汇”的工作表", "词语：Head"],
  ],
  [
    "unknownWordOrBlank",
    "W08-previous-status",
    [{ assessmentUpdated: "Maybe" }],
    ["评估已更新“Maybe”无法识别", "请填写：是或否，或留空"],
  ],
  [
    "unknownStatus",
    "E05-acceptance",
    [{ acceptance: "Acepted" }],
    ["接受情况“Acepted”不是已知的状态", "已接受、未接受、正在审议或不相关", "词语：Acepted"],
  ],
  [
    "unknownStatusOrBlank",
    "E06-implementation",
    [{ implementation: "Done-ish" }],
    ["落实情况“Done-ish”不是已知的状态", "已落实、正在落实或尚未启动，或留空"],
  ],
  ["reportSymbol.missing", "E01-report-symbol", [{ reportSymbol: null }], ["缺少报告文号", "联检组文号"]],
  [
    "reportSymbol.invalid",
    "E01-report-symbol",
    [{ reportSymbol: "REP-2021-3" }],
    ["报告文号“REP-2021-3”不是联检组文号", "JIU/REP/YYYY/N"],
  ],
  [
    "reportSymbol.invalidDidYouMean",
    "E01-report-symbol",
    [{ reportSymbol: "JIU/REP/21/3" }],
    ["报告文号“JIU/REP/21/3”不是联检组文号", "是否应为 JIU/REP/2021/3？"],
  ],
  [
    "recommendationNumber.missing",
    "E02-recommendation-number",
    [{ recommendationNumber: null }],
    ["缺少建议编号", "例如 4"],
  ],
  [
    "recommendationNumber.invalid",
    "E02-recommendation-number",
    [{ recommendationNumber: "four" }],
    ["建议编号“four”不是建议编号", "3(a)", "非正式建议"],
  ],
  [
    "recommendation.duplicate",
    "E03-duplicate-recommendation",
    [{ recommendationNumber: 1 }, { recommendationNumber: 1 }],
    ["JIU/REP/2021/3 的建议 1 已在第 2 行出现", "删除重复的行"],
  ],
  [
    "implementation.blankWhileAccepted",
    "E06-implementation",
    [{ implementation: null, deadline: null }],
    ["落实情况为空", "“已接受”", "已落实、正在落实或尚未启动"],
  ],
  [
    "implementation.withoutAcceptance",
    "E07-implementation-without-acceptance",
    [{ acceptance: "Not relevant" }],
    ["落实情况为“已落实”", "接受情况为“不相关”"],
  ],
  [
    "responsible.missing",
    "E08-responsible-missing",
    [{ ...OUTSTANDING, responsible: null }],
    ["该建议尚未完成，但缺少负责人"],
  ],
  ["text.missing", "E09-text-missing", [{ recommendationText: null }], ["缺少建议文本", "联检组报告"]],
  [
    "reportTitle.missing",
    "E10-report-title",
    [{ reportTitle: null }],
    ["缺少报告标题", "复制 JIU/REP/2021/3 的标题"],
  ],
  [
    "reportTitle.missingNoSymbol",
    "E10-report-title",
    [{ reportTitle: null, reportSymbol: "REP-2021-3" }],
    ["缺少报告标题", "该报告的标题"],
  ],
  [
    "reportTitle.differsFromOneRow",
    "E10-report-title",
    [{ reportTitle: "First" }, { reportTitle: "Second" }],
    ["报告标题“Second”", "JIU/REP/2021/3 在第 2 行所用的“First”不同"],
  ],
  [
    "reportTitle.differsFromRows",
    "E10-report-title",
    [{ reportTitle: "First" }, { reportTitle: "First" }, { reportTitle: "Second" }],
    ["报告标题“Second”", "JIU/REP/2021/3 的 2 行所用的“First”", "首次出现在第 2 行"],
  ],
  [
    "link.linksElsewhere",
    "E11-link",
    [{ cebComments: linkCell("CEB", "mailto:ceb@un.org") }],
    ["首协会评论意见链接到“mailto:ceb@un.org”", "https://"],
  ],
  ["link.notFull", "E11-link", [{ reportLink: "unjiu.org/x" }], ["报告链接“unjiu.org/x”不是完整的网址"]],
  [
    "link.notFullWithSuggestion",
    "E11-link",
    [{ reportLink: "www.unjiu.org/x" }],
    ["报告链接“www.unjiu.org/x”不是完整的网址", "（https://www.unjiu.org/x）"],
  ],
  ["date.number", "E12-date", [{ lastUpdated: -5 }], ["最后更新为数字 -5，而不是日期"]],
  [
    "date.numberWouldShow",
    "E12-date",
    [{ lastUpdated: 44985 }],
    ["最后更新为数字 44985，而不是日期", "将显示为 2023-02-28"],
  ],
  [
    "date.notCalendarDate",
    "E12-date",
    [{ deadline: "2023-02-30" }],
    ["截止日期“2023-02-30”不是实际存在的日期"],
  ],
  [
    "date.dayMonthOrder",
    "E12-date",
    [{ deadline: "28/02/2023" }],
    ["截止日期“28/02/2023”", "日和月的顺序因地区而异", "请输入 2023-02-28"],
  ],
  [
    "date.dayMonthOrderAmbiguous",
    "E12-date",
    [{ deadline: "03/02/2023" }],
    ["截止日期“03/02/2023”", "2023-02-03 还是 2023-03-02？"],
  ],
  ["date.notDate", "E12-date", [{ deadline: "soon" }], ["截止日期“soon”不是日期"]],
  [
    "lastUpdated.future",
    "W01-last-updated-future",
    [{ lastUpdated: dateCell("2023-03-15") }],
    ["最后更新 2023-03-15 晚于截至日期 2023-02-28"],
  ],
  [
    "deadline.overdue",
    "W02-deadline-overdue",
    [{ implementation: "In progress", deadline: dateCell("2022-06-30") }],
    ["截止日期 2022-06-30 已过（截至 2023-02-28）", "仍未完成"],
  ],
  [
    "implementation.regressed",
    "W03-implementation-regressed",
    [{ ...OUTSTANDING, previousImplementation: "Implemented" }],
    ["从上次报告的“已落实”退回为“正在落实”"],
  ],
  [
    "outstanding.long",
    "W04-long-outstanding",
    [{ ...OUTSTANDING, reportSymbol: "JIU/REP/2017/3" }],
    ["审查（JIU/REP/2017/3，2017 年）后 6 年仍未完成", "长期未完成"],
  ],
  [
    "assessment.missing",
    "W05-assessment-missing",
    [{ ...OUTSTANDING, assessment: null }],
    ["该建议尚未完成，但管理层/联络点评估为空"],
  ],
  [
    "responsible.spellingOneRow",
    "W06-responsible-spelling",
    [{ responsible: "Chief Information Officer" }, { responsible: "Chief Informaton Officer" }],
    ["负责人“Chief Informaton Officer”似乎是“Chief Information Officer”（第 2 行）的另一种写法"],
  ],
  [
    "responsible.spellingRows",
    "W06-responsible-spelling",
    [
      { responsible: "人力资源管理部（人力部）部长" },
      { responsible: "人力资源管理部（人力部）部长" },
      { responsible: "人力资源部（人力部）部长" },
    ],
    ["负责人“人力资源部（人力部）部长”似乎是“人力资源管理部（人力部）部长”（2 行，首次出现在第 2 行）"],
  ],
  [
    "plannedReview.listedTwice",
    "W07-planned-review-code",
    {
      grid: aGrid([{}], {
        extraSheets: [
          plannedReviewsSheet([
            ["A460", "Review", 2021],
            ["a460", "review", 2021],
          ]),
        ],
      }),
    },
    ["审查 a460 列出了两次（另见第 2 行）"],
  ],
  [
    "plannedReview.codeReused",
    "W07-planned-review-code",
    {
      grid: aGrid([{}], {
        extraSheets: [
          plannedReviewsSheet([
            ["A460", TITLE_A460, 2021],
            ["A460", "审查问责制框架", 2021],
          ]),
        ],
      }),
    },
    [`代码 A460 在第 2 行也用于另一项审查（“${TITLE_A460}”）`, "联检组工作方案"],
  ],
  [
    "previous.contradiction",
    "W08-previous-status",
    [{ previousAcceptance: "Not accepted", previousImplementation: "In progress" }],
    ["之前落实情况为“正在落实”，但之前接受情况为“未予接受”"],
  ],
  [
    "implementation.notStated",
    "E06-implementation",
    { grid: statusGrid("status", "Accepted") },
    ["状态“Accepted”只说明该建议已接受", "已落实、正在落实或尚未启动", "已接受；正在落实"],
  ],
  [
    "acceptance.inferredOneRow",
    "W11-acceptance-inferred",
    [{ acceptance: null }],
    ["第 2 行的接受情况为空", "按“已接受”计算"],
  ],
  [
    "acceptance.inferredRows",
    "W11-acceptance-inferred",
    [{ acceptance: null }, { acceptance: null, recommendationNumber: 2 }],
    ["有 2 行的接受情况为空", "首次出现在第 2 行"],
  ],
  [
    "acceptance.inferredNoColumn",
    "W11-acceptance-inferred",
    { grid: statusGrid("implementation", "Implemented") },
    ["登记册没有“接受情况”列", "1 项已填写落实情况的建议"],
  ],
  [
    "vocabulary.meansUnknown",
    "W12-vocabulary",
    { grid: withVocabulary([["Council", "Legislative bodies of all kinds"]]) },
    ["含义“Legislative bodies of all kinds”不是登记册认识的值", "已接受；正在落实"],
  ],
  [
    "vocabulary.meansMissing",
    "W12-vocabulary",
    { grid: withVocabulary([["Plenary", null]]) },
    ["含义为空", "“Plenary”所代表的值"],
  ],
  [
    "vocabulary.wordMissing",
    "W12-vocabulary",
    { grid: withVocabulary([[null, "Executive head"]]) },
    ["词语为空", "表示“Executive head”的用语"],
  ],
  [
    "vocabulary.wordTwice",
    "W12-vocabulary",
    {
      grid: withVocabulary([
        ["Plenary", "Legislative body"],
        ["plenary", "Executive head"],
      ]),
    },
    ["“plenary”已在第 2 行出现", "以第 2 行为准"],
  ],
  [
    "otherRegister.sheetReadOtherSheet",
    "W10-other-register",
    { grid: { sheets: [sheetOf("Register 2022"), sheetOf("Register 2023")] } },
    ["工作表“Register 2023”也包含登记册", "只读取了工作表“Register 2022”", "移到工作表“Register 2022”之前"],
  ],
  [
    "otherRegister.tableReadOtherSheet",
    "W10-other-register",
    { grid: { sheets: [sheetOf("Old"), tableOf("New", "Reg")] } },
    ["工作表“Old”也包含登记册", "工作表“New”中的表格“Reg”", "表格优先"],
  ],
  [
    "otherRegister.tableReadOtherTable",
    "W10-other-register",
    { grid: { sheets: [tableOf("Old", "First"), tableOf("New", "Second")] } },
    ["工作表“New”中的表格“Second”也包含登记册", "只读取了工作表“Old”中的表格“First”"],
  ],
  [
    "otherRegister.sheetReadOtherTable",
    "W10-other-register",
    { register: sheetReadBesideTable },
    ["工作表“New”中的表格“Reg”也包含登记册", "只读取了工作表“Old”"],
  ],
  [
    "history.missingColumns",
    "W13-history-sheet",
    { grid: withHistory([], ["周期截止日期", "报告", "建议", "对象", "接受情况", "落实情况"]) },
    ["工作表“History”未作为报告历史读取", "缺少评估 和 负责方"],
  ],
  [
    "history.cycleNotDate",
    "W14-history-row",
    { grid: withHistory([["28/02/2023", "JIU/REP/2021/6", 4, "行政首长", "已接受", "已落实", "", ""]]) },
    ["周期截止日期“28/02/2023”不是日期", "不计入任何周期"],
  ],
  [
    "history.cycleMissing",
    "W14-history-row",
    { grid: withHistory([[null, "JIU/REP/2021/6", 4, "行政首长", "已接受", "已落实", "", ""]]) },
    ["缺少周期截止日期"],
  ],
  [
    "history.duplicate",
    "W14-history-row",
    {
      grid: withHistory([
        [dateCell("2023-02-28"), "JIU/REP/2021/6", 4, "行政首长", "已接受", "已落实", "", ""],
        [dateCell("2023-02-28"), "JIU/REP/2021/6", 4, "行政首长", "已接受", "已落实", "", ""],
      ]),
    },
    ["JIU/REP/2021/6 的建议 4 在截止日期为 2023-02-28 的周期中已在第 2 行出现"],
  ],
];

describe("finding messages in Chinese", () => {
  it("has a case below for every message id", () => {
    expect(CASES.map(([id]) => id).sort()).toEqual([...MESSAGE_IDS].sort());
  });

  it.each(CASES)("%s (%s)", (id, rule, source, words) => {
    const finding = findingsOf(source).find((f) => f.messageId === id);
    expect(finding?.rule).toBe(rule);
    if (!finding) return;
    const zh = findingMessage(finding, "zh");
    for (const word of words) expect(zh).toContain(word);
    expect(zh).not.toMatch(/\{[A-Za-z][A-Za-z0-9]*\}/);
    // The English message is the same finding's English rendering.
    expect(findingMessage(finding, "en")).toBe(finding.message);
  });

  it("names the fields of the side sheets in Chinese", () => {
    const grid = aGrid([{}], {
      extraSheets: [
        requestsSheet([["A460", "Questionnaire", "soon", dateCell("2023-03-01"), errorCell("#REF!")]]),
      ],
    });
    const messages = findingsOf({ grid }).map((finding) => findingMessage(finding, "zh"));
    expect(messages).toEqual([
      "收到日期“soon”不是日期；请按 YYYY-MM-DD 格式输入日期，或以 Excel 日期格式输入",
      "答复日期：单元格显示 #REF!；请修正公式或直接输入值",
    ]);
  });

  it("adds the merged-cell hint in Chinese", () => {
    const findings = findingsOf([{ reportSymbol: "JIU/REP/2021/6" }, { reportSymbol: null }]);
    const symbol = findings.find((f) => f.rule === "E01-report-symbol");
    expect(symbol && findingMessage(symbol, "zh")).toBe(
      "缺少报告文号；请填写报告的联检组文号，例如 JIU/REP/2021/6；如果该单元格与上方的单元格合并了，请取消合并并在每一行中填写",
    );
  });
});
