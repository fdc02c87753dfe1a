/**
 * The golden test: the sample register, transcribed from the seed (WO/PBC/35/2), must give the seed's
 * figures and order. Every expected value below is copied by hand from the seed's text.
 */
import path from "node:path";
import type { IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { RecommendationId, Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { annexContents, summarize } from "../../src/core/summarize";
import type { AnnexYearGroup, Summary } from "../../src/core/summary-types";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { SAMPLE_AS_OF, SAMPLE_RECOMMENDATIONS, sampleWorkbookGrid } from "../../samples/wipo-2023-data";
import { problemText } from "../fixtures/problem";

const asOf = "2023-02-28" as IsoDate;

const SAMPLE_PATH = path.join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");

function parsed(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

/** The same register with its rows in reverse order: the seed's order must come from the rules, not the rows. */
function reversed(register: Register): Register {
  return { ...register, rows: [...register.rows].reverse() };
}

/** Paragraph 10, in the seed's order. */
const PARAGRAPH_10: readonly [string, readonly number[]][] = [
  ["JIU/REP/2021/6", [4]],
  ["JIU/REP/2021/5", [3, 4]],
  ["JIU/REP/2021/3", [1, 2]],
  ["JIU/REP/2021/2", [1, 7]],
  ["JIU/REP/2020/8", [1, 5, 8, 9]],
  ["JIU/REP/2020/7", [1, 2, 3, 4]],
  ["JIU/REP/2020/6", [4]],
  ["JIU/REP/2020/2", [3]],
  ["JIU/REP/2018/6", [1, 4]],
];

/** Annex III: symbol, title, count to legislative bodies, count to the executive head. */
const ANNEX_III: readonly [string, string, number, number][] = [
  ["JIU/REP/2020/7", "区块链在联合国系统的应用：进入准备状态", 1, 0],
  ["JIU/REP/2020/2", "支持学习的政策和平台：提高一致性、协调性和趋同性", 0, 1],
  ["JIU/REP/2019/8", "审查联合国系统各组织工作人员交流和类似机构间人员流动措施", 0, 1],
  ["JIU/REP/2019/5", "管理联合国系统的云计算服务", 0, 1],
  ["JIU/REP/2018/4", "关于联合国系统各组织举报人政策和做法的审查", 0, 1],
];

/** Annex I (recommendations to legislative bodies): year, then reports with their recommendation numbers. */
const ANNEX_I = [
  [
    2021,
    [
      ["JIU/REP/2021/3", "联合国系统各组织的网络安全", [2]],
      ["JIU/REP/2021/2", "审查联合国系统对内陆发展中国家执行《维也纳行动纲领》的支持", [7]],
    ],
  ],
  [
    2020,
    [
      ["JIU/REP/2020/7", "区块链在联合国系统的应用：进入准备状态", [1, 6]],
      ["JIU/REP/2020/6", "联合国系统使用多种语文情况", [4]],
    ],
  ],
];

/** Annex II (recommendations to the executive head). */
const ANNEX_II = [
  [
    2021,
    [
      ["JIU/REP/2021/6", "联合国系统各组织的业务连续性管理", [4]],
      ["JIU/REP/2021/5", "审查联合国系统的道德操守职能", [3, 4]],
      ["JIU/REP/2021/3", "联合国系统各组织的网络安全", [1]],
      ["JIU/REP/2021/2", "审查联合国系统对内陆发展中国家执行《维也纳行动纲领》的支持", [1]],
    ],
  ],
  [
    2020,
    [
      ["JIU/REP/2020/8", "审查联合国系统各组织将环境可持续性纳入主流的情况", [1, 5, 8, 9]],
      ["JIU/REP/2020/7", "区块链在联合国系统的应用：进入准备状态", [2, 3, 4]],
      ["JIU/REP/2020/2", "支持学习的政策和平台：提高一致性、协调性和趋同性", [3, 6]],
    ],
  ],
  [
    2019,
    [
      ["JIU/REP/2019/8", "审查联合国系统各组织工作人员交流和类似机构间人员流动措施", [4]],
      ["JIU/REP/2019/5", "管理联合国系统的云计算服务", [1]],
    ],
  ],
  [
    2018,
    [
      ["JIU/REP/2018/6", "加强残疾人无障碍参加联合国系统各种会议", [1, 4]],
      ["JIU/REP/2018/4", "关于联合国系统各组织举报人政策和做法的审查", [10]],
    ],
  ],
];

/** The seed numbers its recommendations 1, 2, 3...: each identifier is a whole number, as written. */
function wholeNumber(id: RecommendationId): number {
  if (!/^\d+$/.test(id.text)) throw new Error(`Not a whole number: ${id.text}`);
  return Number(id.text);
}

function annexShape(groups: readonly AnnexYearGroup[]) {
  return groups.map((year) => [
    year.year,
    year.reports.map((group) => [
      group.report.text,
      group.title,
      group.recommendations.map((rec) => (rec.number ? wholeNumber(rec.number) : null)),
    ]),
  ]);
}

const count = (groups: readonly AnnexYearGroup[]) =>
  groups.reduce(
    (sum, year) => sum + year.reports.reduce((s, group) => s + group.recommendations.length, 0),
    0,
  );

const zero = {
  implemented: 0,
  inProgress: 0,
  notStarted: 0,
  underConsideration: 0,
  notAccepted: 0,
  notRelevant: 0,
  // The seed has no recommendation closed without a stated reason.
  closed: 0,
};

describe.each([
  ["the sample's data, parsed", async () => parsed(sampleWorkbookGrid())],
  ["the sample's data, parsed, rows reversed", async () => reversed(parsed(sampleWorkbookGrid()))],
  ["samples/wipo-2023.xlsx, read and parsed", async () => parsed(await readWorkbookGrid(SAMPLE_PATH))],
])("golden: %s reproduces the seed as of 28 February 2023", (_source, load: () => Promise<Register>) => {
  let register: Register;
  let summary: Summary;

  beforeAll(async () => {
    register = await load();
    summary = summarize(register, asOf);
  });

  it("reads all 24 recommendations of Annexes I and II", () => {
    expect(SAMPLE_AS_OF).toBe(asOf);
    expect(summary.total).toBe(24);
    expect(summary.organization).toBe("世界知识产权组织（产权组织）");
  });

  it("paragraph 8: 1 outstanding recommendation to legislative bodies and 4 to the executive head", () => {
    expect(summary.outstanding).toEqual({ legislative: 1, executiveHead: 4 });
  });

  it("paragraph 10: the recommendations proposed for closure, in the seed's order", () => {
    expect(
      summary.proposedForClosure.map((group) => [group.report.text, group.recommendations.map(wholeNumber)]),
    ).toEqual(PARAGRAPH_10);
    expect(summary.proposedForClosure.reduce((sum, group) => sum + group.recommendations.length, 0)).toBe(19);
  });

  it("changes since the last report: the 19 closed now were in progress, two moved from not started to in progress", () => {
    const { changes } = summary;
    expect(changes).toMatchObject({
      basis: "previousColumns",
      newlyImplemented: 19,
      newlyAccepted: 0,
      outstandingFiveYearsOrMore: 1,
    });
    const implemented = changes.changes.filter((change) => change.to === "implemented");
    const closing = summary.proposedForClosure.flatMap((group) =>
      group.recommendations.map((id) => `${group.report.text} ${id.text}`),
    );
    expect(implemented.map((change) => `${change.report.text} ${change.recommendation.text}`)).toEqual(
      closing,
    );
    expect(
      changes.changes
        .filter((change) => change.to !== "implemented")
        .map((change) => [change.report.text, change.recommendation.text, change.from, change.to]),
    ).toEqual([
      ["JIU/REP/2020/7", "6", "notStarted", "inProgress"],
      ["JIU/REP/2019/8", "4", "notStarted", "inProgress"],
    ]);
    expect(summary.outstandingTrend).toBeNull();
  });

  it("Annex III: the five active reports, newest first, with their counts, titles, links and documents", () => {
    expect(
      summary.activeReports.map((report) => [
        report.report.text,
        report.title,
        report.legislative,
        report.executiveHead,
      ]),
    ).toEqual(ANNEX_III);
    for (const report of summary.activeReports) {
      expect(report.link).toMatch(/^https:\/\/www\.unjiu\.org\//);
      expect(report.cebComments).toMatch(/^https:\/\/www\.unjiu\.org\//);
      expect(report.otherDocuments).toMatch(/^https:\/\/www\.unjiu\.org\//);
    }
  });

  it("Annex I: 5 recommendations to legislative bodies, in the seed's order", () => {
    const annex = annexContents(register, "legislative");
    expect(annexShape(annex)).toEqual(ANNEX_I);
    expect(count(annex)).toBe(5);
  });

  it("Annex II: 19 recommendations to the executive head, in the seed's order", () => {
    const annex = annexContents(register, "executiveHead");
    expect(annexShape(annex)).toEqual(ANNEX_II);
    expect(count(annex)).toBe(19);
  });

  it("Figures 1 and 2: counts by review year, addressee and status", () => {
    expect(summary.byYear).toEqual([
      { year: 2021, addressee: "legislative", ...zero, implemented: 2 },
      { year: 2021, addressee: "executiveHead", ...zero, implemented: 5 },
      { year: 2020, addressee: "legislative", ...zero, implemented: 2, inProgress: 1 },
      { year: 2020, addressee: "executiveHead", ...zero, implemented: 8, inProgress: 1 },
      { year: 2019, addressee: "legislative", ...zero },
      { year: 2019, addressee: "executiveHead", ...zero, inProgress: 2 },
      { year: 2018, addressee: "legislative", ...zero },
      { year: 2018, addressee: "executiveHead", ...zero, implemented: 2, inProgress: 1 },
    ]);
  });

  it("rates: all accepted; 19 of 24 implemented (4 of 5 and 15 of 19)", () => {
    expect(summary.rates.overall).toEqual({
      acceptance: 1,
      implementation: 19 / 24,
      total: 24,
      accepted: 24,
      implemented: 19,
    });
    expect(summary.rates.legislative).toMatchObject({ accepted: 5, implemented: 4, implementation: 4 / 5 });
    expect(summary.rates.executiveHead).toMatchObject({
      accepted: 19,
      implemented: 15,
      implementation: 15 / 19,
    });
  });

  it("Table 2: the eight planned reviews, A460 twice as in the seed", () => {
    expect(summary.plannedReviews.map((review) => [review.code, review.workPlanYear])).toEqual([
      ["A457", 2021],
      ["A460", 2021],
      ["A460", 2021],
      ["A463", 2022],
      ["A464", 2022],
      ["A466", 2022],
      ["A467", 2022],
      ["A468", 2022],
    ]);
  });

  it("Table 1 (illustrative requests): six on time, one late, one pending", () => {
    expect(summary.timeliness).toEqual({ onTime: 6, late: 1, pending: 1, overdue: 0 });
  });
});

describe("the sample's previous columns follow the seed's side notes", () => {
  it.each(
    SAMPLE_RECOMMENDATIONS.map((rec) => [`${rec.report} ${rec.addressee} ${rec.number}`, rec] as const),
  )("%s", (_name, rec) => {
    expect(rec.previousAcceptance).toBe("已接受");
    if (rec.sideNote === "之前为“正在落实”") {
      expect([rec.previousImplementation, rec.assessmentUpdated]).toEqual(["正在落实", ""]);
    } else if (rec.sideNote === "之前为“尚未启动”") {
      expect([rec.previousImplementation, rec.assessmentUpdated]).toEqual(["尚未启动", ""]);
    } else {
      expect(rec.sideNote).toBe("与之前状态相比无变化 评估已更新");
      expect([rec.previousImplementation, rec.assessmentUpdated]).toEqual([rec.implementation, "是"]);
    }
  });
});
