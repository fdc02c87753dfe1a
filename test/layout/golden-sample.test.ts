/**
 * Golden test of the generated sheets on the sample register (transcribed from the seed, WO/PBC/35/2):
 * paragraph 8, paragraph 10, Figures 1-2 and Annexes I-III must read as the seed does. Expected texts
 * are copied by hand from the seed.
 */
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import type { Summary } from "../../src/core/summary-types";
import { decisionText, layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { SAMPLE_AS_OF, sampleWorkbookGrid } from "../../samples/wipo-2023-data";
import { annexBlocks, blockRow, yearHeadings } from "./annex-reading";
import { cellTexts, problemsOf } from "./well-formed";
import { problemText } from "../fixtures/problem";

function sample(): { register: Register; summary: Summary } {
  const outcome = parseWorkbook(sampleWorkbookGrid());
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return { register: outcome.register, summary: summarize(outcome.register, SAMPLE_AS_OF) };
}

const { register, summary } = sample();
const [annexI, annexII, annexIII] = layoutAnnexes(register, summary, "zh") as [
  SheetLayout,
  SheetLayout,
  SheetLayout,
];
const summarySheet = layoutSummarySheet(summary, "zh");

const PREVIOUSLY_IN_PROGRESS = "之前为“正在落实”";
const PREVIOUSLY_NOT_STARTED = "之前为“尚未启动”";
const UNCHANGED_UPDATED = "与之前状态相比无变化 评估已更新";

/** Annex I of the seed: block, and the note beside it. */
const ANNEX_I: readonly [string, string][] = [
  ["JIU/REP/2021/3#2", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2021/2#7", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/7#1", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/7#6", PREVIOUSLY_NOT_STARTED],
  ["JIU/REP/2020/6#4", PREVIOUSLY_IN_PROGRESS],
];

/** Annex II of the seed. */
const ANNEX_II: readonly [string, string][] = [
  ["JIU/REP/2021/6#4", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2021/5#3", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2021/5#4", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2021/3#1", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2021/2#1", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/8#1", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/8#5", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/8#8", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/8#9", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/7#2", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/7#3", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/7#4", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/2#3", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2020/2#6", UNCHANGED_UPDATED],
  ["JIU/REP/2019/8#4", PREVIOUSLY_NOT_STARTED],
  ["JIU/REP/2019/5#1", UNCHANGED_UPDATED],
  ["JIU/REP/2018/6#1", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2018/6#4", PREVIOUSLY_IN_PROGRESS],
  ["JIU/REP/2018/4#10", UNCHANGED_UPDATED],
];

function notesOf(sheet: SheetLayout): [string, string][] {
  return annexBlocks(sheet).map((block) => {
    const [symbol = "", number = ""] = block.split("#");
    return [block, String(sheet.values[blockRow(sheet, symbol, Number(number))]?.[2])];
  });
}

describe("the generated sheets on the sample register (golden, from the seed)", () => {
  it("are well formed", () => {
    for (const sheet of [summarySheet, annexI, annexII, annexIII]) expect(problemsOf(sheet)).toEqual([]);
  });

  it("write paragraph 10's lines exactly as the seed, in its order", () => {
    // The seed's own spacing: half-width brackets, a space before each and before the semicolon.
    const expected = [
      "JIU/REP/2021/6 (建议 4) ;",
      "JIU/REP/2021/5 (建议 3 和 4) ;",
      "JIU/REP/2021/3 (建议 1 和 2) ;",
      "JIU/REP/2021/2 (建议 1 和 7) ;",
      "JIU/REP/2020/8 (建议 1、5、8 和 9) ;",
      "JIU/REP/2020/7 (建议 1、2、3 和 4) ;",
      "JIU/REP/2020/6 (建议 4) ;",
      "JIU/REP/2020/2 (建议 3) ;",
      "JIU/REP/2018/6 (建议 1 和 4) ;",
    ];
    expect(decisionText(summary, "zh")).toEqual(expected);
    const first = summarySheet.values.findIndex((row) => row[0] === expected[0]);
    expect(summarySheet.values.slice(first, first + expected.length).map((row) => row[0])).toEqual(expected);
    expect(decisionText(summary, "en")).toEqual([
      "JIU/REP/2021/6 (recommendation 4);",
      "JIU/REP/2021/5 (recommendations 3 and 4);",
      "JIU/REP/2021/3 (recommendations 1 and 2);",
      "JIU/REP/2021/2 (recommendations 1 and 7);",
      "JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);",
      "JIU/REP/2020/7 (recommendations 1, 2, 3 and 4);",
      "JIU/REP/2020/6 (recommendation 4);",
      "JIU/REP/2020/2 (recommendation 3);",
      "JIU/REP/2018/6 (recommendations 1 and 4);",
    ]);
  });

  it("state paragraph 8's counts: one to legislative bodies, four to the executive head", () => {
    expect(summary.outstanding).toEqual({ legislative: 1, executiveHead: 4 });
    // The seed names the organization "产权组织"; the sample register gives its full name.
    expect(cellTexts(summarySheet)).toContain(
      "截至 2023 年 2 月 28 日，本报告中所载的建议如获成员国核可，将有一项给世界知识产权组织（产权组织）立法机构的建议以及四项给行政首长的建议为未完成。",
    );
  });

  it("title the charts as the seed titles Figures 1 and 2", () => {
    expect(summarySheet.charts.map((chart) => chart.title)).toEqual([
      "2018 年-2021 年向立法机构提出的联检组建议 截至 2023 年 2 月 28 日的情况",
      "2018 年-2021 年向行政首长提出的联检组建议 截至 2023 年 2 月 28 日的情况",
    ]);
  });

  it("give Annex I the seed's 5 blocks and Annex II its 19, in order, with the seed's notes", () => {
    expect(notesOf(annexI)).toEqual(ANNEX_I);
    expect(notesOf(annexII)).toEqual(ANNEX_II);
    expect(annexI.values[0]?.[0]).toBe("联检组向联检组参与组织立法机构提出的建议");
    expect(annexI.values[1]?.[0]).toBe("——截至 2023 年 2 月 28 日的情况");
    expect(yearHeadings(annexI)).toEqual([
      "一、联检组在 2021 年开展的审查中提出的建议",
      "二、联检组在 2020 年开展的审查中提出的建议",
    ]);
    expect(yearHeadings(annexII)).toEqual([
      "一、联检组在 2021 年开展的审查中提出的建议",
      "二、联检组在 2020 年开展的审查中提出的建议",
      "三、联检组在 2019 年开展的审查中提出的建议",
      "四、联检组在 2018 年开展的审查中提出的建议",
    ]);
  });

  it("write a block as the seed does", () => {
    const row = blockRow(annexI, "JIU/REP/2021/3", 2);
    expect(annexI.values.slice(row - 1, row + 5).map((cells) => cells.slice(0, 2))).toEqual([
      ["JIU/REP/2021/3", "“联合国系统各组织的网络安全”"],
      [
        "建议 2",
        "联合国系统各组织的立法和理事机构应审议行政首长编写的关于有助于提高网络复原力的要素的报告，并在必要时对将在各自组织实施的进一步改进提供战略指导。",
      ],
      ["管理层/联络点评估", expect.stringMatching(/^在 2022 年计划和预算委员会（PBC）会议/)],
      ["接受情况", "已接受"],
      ["落实情况", "已落实"],
      ["负责人", "首席安保官"],
    ]);
  });

  it("give Annex III the seed's 5 active reports in order", () => {
    const header = annexIII.values.findIndex((row) => row[0] === "报告文号");
    // The link texts are the seed's own words, carried by the sample's hyperlinked cells.
    expect(annexIII.values.slice(header + 1, header + 6)).toEqual([
      [
        "JIU/REP/2020/7",
        "区块链在联合国系统的应用：进入准备状态",
        "1 立法机构",
        "首协会评论意见",
        "报告要点",
      ],
      [
        "JIU/REP/2020/2",
        "支持学习的政策和平台：提高一致性、协调性和趋同性",
        "1 行政首长",
        "首协会评论意见",
        "报告要点",
      ],
      [
        "JIU/REP/2019/8",
        "审查联合国系统各组织工作人员交流和类似机构间人员流动措施",
        "1 行政首长",
        "首协会评论意见",
        "报告要点",
      ],
      ["JIU/REP/2019/5", "管理联合国系统的云计算服务", "1 行政首长", "首协会评论意见", "报告要点"],
      [
        "JIU/REP/2018/4",
        "关于联合国系统各组织举报人政策和做法的审查",
        "1 行政首长",
        "首协会评论意见和检查组的回应",
        "报告要点",
      ],
    ]);
    expect(String(annexIII.values[header + 6]?.[0])).not.toMatch(/^JIU\//);
    // Each report's title, CEB comments and other documents are links (the sample gives URLs for all).
    const linkedRows = annexIII.hyperlinks
      .filter((link) => link.row > header)
      .map((link) => link.row - header);
    expect(linkedRows).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5]);
  });
});
