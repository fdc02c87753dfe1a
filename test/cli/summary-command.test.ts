import { existsSync } from "node:fs";
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
    ]);
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
    ]);
    expect(Object.keys(summary.rates as object)).toEqual(["overall", "legislative", "executiveHead"]);
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
    expect(run.stderr).toContain("Wrote");
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

  it("still prints the summary, with a note on stderr", async () => {
    const run = await cli("summary", faulty, "--json");
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { total: number }).total).toBe(1);
    expect(run.stderr).toContain("the register has 1 error");
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
