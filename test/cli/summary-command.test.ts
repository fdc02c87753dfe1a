import { existsSync } from "node:fs";
import { displayWidth } from "../../src/cli/text-columns";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { aRow, cli, sampleCopy, sha256, STACK_LINE, tempFolder, writeRegister } from "./cli-fixtures";

describe("jiu-register summary on the sample register", () => {
  const folder = tempFolder("jiu-cli-summary-");
  let sample = "";
  let sampleHash = "";
  beforeAll(() => {
    sample = sampleCopy(folder);
    sampleHash = sha256(sample);
  });
  afterAll(() => folder.dispose());
  afterEach(() => expect(sha256(sample)).toBe(sampleHash));

  it("prints the issue's JSON shape with the seed's figures", async () => {
    const run = await cli("summary", sample, "--as-of", "2023-02-28", "--json");
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(summary)).toEqual([
      "asOf",
      "total",
      "outstanding",
      "proposedForClosure",
      "activeReports",
      "byYear",
      "rates",
      "changes",
      "outstandingTrend",
      "rowsRead",
      "rowsSkipped",
      "skipped",
    ]);
    expect(summary).toMatchObject({ rowsRead: 24, rowsSkipped: 0, skipped: [] });
    expect(summary).toMatchObject({
      asOf: "2023-02-28",
      total: 24,
      outstanding: { legislative: 1, executiveHead: 4 },
    });
    expect(summary.proposedForClosure).toEqual([
      { report: "JIU/REP/2021/6", recommendations: [4] },
      { report: "JIU/REP/2021/5", recommendations: [3, 4] },
      { report: "JIU/REP/2021/3", recommendations: [1, 2] },
      { report: "JIU/REP/2021/2", recommendations: [1, 7] },
      { report: "JIU/REP/2020/8", recommendations: [1, 5, 8, 9] },
      { report: "JIU/REP/2020/7", recommendations: [1, 2, 3, 4] },
      { report: "JIU/REP/2020/6", recommendations: [4] },
      { report: "JIU/REP/2020/2", recommendations: [3] },
      { report: "JIU/REP/2018/6", recommendations: [1, 4] },
    ]);
    expect(summary.activeReports).toEqual([
      { report: "JIU/REP/2020/7", legislative: 1, executiveHead: 0 },
      { report: "JIU/REP/2020/2", legislative: 0, executiveHead: 1 },
      { report: "JIU/REP/2019/8", legislative: 0, executiveHead: 1 },
      { report: "JIU/REP/2019/5", legislative: 0, executiveHead: 1 },
      { report: "JIU/REP/2018/4", legislative: 0, executiveHead: 1 },
    ]);
    const byYear = summary.byYear as Record<string, unknown>[];
    expect(Object.keys(byYear[0] ?? {})).toEqual([
      "year",
      "addressee",
      "implemented",
      "inProgress",
      "notStarted",
      "underConsideration",
      "notAccepted",
      "notRelevant",
      "closed",
    ]);
    expect(Object.keys(summary.rates as object)).toEqual(["overall", "legislative", "executiveHead"]);
  });

  it("prints its report in Chinese with --lang zh, aligned by display width", async () => {
    const run = await cli("summary", sample, "--as-of", "2023-02-28", "--lang", "zh");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("截至 2023-02-28的联检组建议情况（世界知识产权组织（产权组织））");
    expect(run.stdout).toContain("从工作表“建议登记册”中的表格“Register”读取了 24 项建议。");
    expect(run.stdout).toContain("未完成：给立法机构的建议 1 项，给行政首长的建议 4 项。");
    expect(run.stdout).toContain("提议结束（9 份报告）：\n  JIU/REP/2021/6  建议 4\n");
    expect(run.stdout).toContain("  JIU/REP/2020/8  建议 1、5、8 和 9\n");
    expect(run.stdout).toContain("  接受率：总体 100%（24 项中 24 项）");
    // The figures' header and rows line up in a terminal, where a Chinese character takes two columns.
    const table = lines.filter((line) => /^ {2}(年份|20\d\d) /.test(line));
    expect(table).toHaveLength(9);
    const widths = new Set(table.map((line) => displayWidth(line)));
    expect(widths.size).toBe(1);
    // Nothing of the English report is left.
    expect(run.stdout).not.toMatch(/Outstanding|Proposed|Active reports|recommendation|Rates|overall/);
  });

  it("takes the register's Excel table name for --sheet, as validate names it", async () => {
    const run = await cli("summary", sample, "--as-of", "2023-02-28", "--sheet", "Register", "--json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      total: 24,
      outstanding: { legislative: 1, executiveHead: 4 },
    });
  });

  it("prints a readable summary by default", async () => {
    const run = await cli("summary", sample, "--as-of", "2023-02-28");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Status of JIU recommendations as of 2023-02-28");
    expect(run.stdout).toContain("Outstanding: 1 to legislative bodies, 4 to the executive head.");
    expect(run.stdout).toMatch(/JIU\/REP\/2020\/8 +recommendations 1, 5, 8 and 9\n/);
    expect(run.stdout).toMatch(/JIU\/REP\/2020\/7 +1 to legislative bodies, 0 to the executive head\n/);
  });

  it("with -o, writes a copy with the Summary sheet added and the register unchanged", async () => {
    const output = folder.path("summary-en.xlsx");
    const run = await cli("summary", sample, "--as-of", "2023-02-28", "-o", output);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Wrote ${output}: a copy of ${sample} with sheet 'Summary' added.`);
    const [input, written] = await Promise.all([readWorkbookGrid(sample), readWorkbookGrid(output)]);
    expect(written.sheets.map((sheet) => sheet.name)).toEqual([
      ...input.sheets.map((sheet) => sheet.name),
      "Summary",
    ]);
    expect(written.sheets.slice(0, input.sheets.length)).toEqual(input.sheets);
  });

  it("with -o and --json, keeps stdout for the JSON alone", async () => {
    const output = folder.path("summary-json.xlsx");
    const run = await cli("summary", sample, "--json", "-o", output, "--lang", "zh");
    expect(run.code).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    expect(run.stderr).toBe(`已写出 ${output}：${sample} 的副本，添加了工作表 '摘要'。\n`);
    expect((await readWorkbookGrid(output)).sheets.length).toBe(4);
  });

  it.each([
    ["the input itself", (input: string) => input],
    ["the input by another path", (input: string) => input.replace(/([^/]+)$/, "./$1")],
  ])("refuses an output that is %s", async (_name, outputOf) => {
    const run = await cli("summary", sample, "-o", outputOf(sample));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is the input file; the register is never overwritten");
  });

  it("refuses an output that is not .xlsx", async () => {
    const run = await cli("summary", sample, "-o", folder.path("out.xls"));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("must end in .xlsx");
  });

  it("exits 2 with one line when the output cannot be written", async () => {
    const run = await cli("summary", sample, "-o", folder.path("no-such-folder/out.xlsx"));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^Cannot write .*out\.xlsx/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});

describe("jiu-register summary on a register with errors", () => {
  const folder = tempFolder("jiu-cli-summary-errors-");
  let faulty = "";
  beforeAll(async () => {
    faulty = await writeRegister(folder.path("faulty.xlsx"), [
      aRow(),
      aRow({ "Recommendation no.": 2, Acceptance: "Acepted" }),
    ]);
  });
  afterAll(() => folder.dispose());

  it("prints the summary, with the rows it left out and why, and exits 1: never a silent zero", async () => {
    const run = await cli("summary", faulty, "--json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(json).toMatchObject({
      total: 1,
      rowsRead: 2,
      rowsSkipped: 1,
      skipped: [{ row: 3, unread: ["acceptance"], errors: [expect.stringContaining("'Acepted'")] }],
    });
    expect(run.stderr).toContain("The register has 1 error; 1 of 2 rows cannot be read and are not counted.");
    const text = await cli("summary", faulty);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain("1 of 2 rows read from sheet 'Register' counted");
  });

  it("exits 2 with one line, --force or not, when no row can be counted: no zero stands for the truth", async () => {
    const unreadable = await writeRegister(folder.path("unreadable.xlsx"), [
      aRow({ "Addressed to": "Nobody" }),
    ]);
    for (const extra of [["--json"], ["--json", "--force"], []]) {
      const run = await cli("summary", unreadable, ...extra);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(
        /^.*unreadable\.xlsx: none of the 1 row of the register \(sheet 'Register'\) can be counted/,
      );
      expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
  });

  it("exits 0 with --force, the figures as they are", async () => {
    const run = await cli("summary", faulty, "--json", "--force");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 1, rowsSkipped: 1 });
  });

  it("refuses -o, lists the errors and exits 1", async () => {
    const output = folder.path("refused.xlsx");
    const run = await cli("summary", faulty, "-o", output);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("The register has 1 error, so no sheets were written");
    expect(run.stderr).toMatch(/ {2}Row 3, Acceptance: .* \[E05-acceptance\]/);
    expect(existsSync(output)).toBe(false);
  });

  it("writes anyway with --force", async () => {
    const output = folder.path("forced.xlsx");
    const run = await cli("summary", faulty, "-o", output, "--force");
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("Writing despite 1 error in the register (--force).");
    expect(existsSync(output)).toBe(true);
  });
});
