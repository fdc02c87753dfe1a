import {
  aRow,
  cli,
  cliAt,
  type CliRun,
  ENGLISH_HEADERS,
  sha256,
  STACK_LINE,
  tempFolder,
  writeRegister,
} from "./cli-fixtures";
import { handMadeXlsx } from "../xlsx/read/fixtures";

describe("jiu-register validate", () => {
  const folder = tempFolder("jiu-cli-validate-");
  let clean = "";
  let faulty = "";
  beforeAll(async () => {
    clean = await writeRegister(folder.path("clean.xlsx"), [
      aRow({ "Recommendation no.": 1 }),
      aRow({ "Recommendation no.": "2", Acceptance: "accepted" }),
    ]);
    faulty = await writeRegister(folder.path("faulty.xlsx"), [
      aRow({ "Recommendation no.": 1 }),
      aRow({ "Recommendation no.": 2, Acceptance: "Acepted" }),
      aRow({ "Recommendation no.": "four" }),
    ]);
  });
  afterAll(() => folder.dispose());

  it("exits 0 and reports the counts when there are no errors", async () => {
    const run = await cli("validate", clean, "--as-of", "2023-02-28");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Register: sheet 'Register', header on row 1; as of 2023-02-28.");
    expect(run.stdout).toMatch(/2 recommendations read from sheet 'Register'; 0 errors, \d+ warnings?\.\n$/);
    expect(run.stderr).toBe("");
  });

  it("exits 1 and lists each error with its row, column and rule", async () => {
    const run = await cli("validate", faulty, "--as-of", "2023-02-28");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Errors \(2\)\n/);
    expect(run.stdout).toMatch(/ {2}Row 3, Acceptance: .*'Acepted'.* \[E05-acceptance\]/);
    expect(run.stdout).toMatch(/ {2}Row 4, Recommendation no\.: .* \[E02-recommendation-number\]/);
    expect(run.stdout).toMatch(/3 recommendations read from sheet 'Register'; 2 errors, \d+ warnings?\./);
  });

  it("prints exactly {issues:[{sheet,row,column,severity,rule,message}],rows} with --json", async () => {
    const run = await cli("validate", faulty, "--json", "--as-of", "2023-02-28");
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { issues: Record<string, unknown>[]; rows: number };
    expect(Object.keys(report)).toEqual(["issues", "rows"]);
    expect(report.rows).toBe(3);
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual(["sheet", "row", "column", "severity", "rule", "message"]);
    }
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        sheet: "Register",
        row: 3,
        column: "Acceptance",
        severity: "error",
        rule: "E05-acceptance",
      }),
    );
  });

  it("judges dates against --as-of, which defaults to today (the clock is read only here)", async () => {
    const path = await writeRegister(folder.path("overdue.xlsx"), [[...aRow(), "2023-01-31"]], {
      headers: [...ENGLISH_HEADERS, "Deadline"],
    });
    const rulesOf = (run: CliRun) =>
      (JSON.parse(run.stdout) as { issues: { rule: string }[] }).issues.map((i) => i.rule);
    expect(rulesOf(await cli("validate", path, "--json", "--as-of", "2023-01-01"))).not.toContain(
      "W02-deadline-overdue",
    );
    expect(rulesOf(await cli("validate", path, "--json", "--as-of", "2023-02-28"))).toContain(
      "W02-deadline-overdue",
    );
    expect(rulesOf(await cliAt(new Date(2023, 0, 1, 12), "validate", path, "--json"))).not.toContain(
      "W02-deadline-overdue",
    );
    expect(rulesOf(await cliAt(new Date(2023, 1, 28, 12), "validate", path, "--json"))).toContain(
      "W02-deadline-overdue",
    );
  });

  it("reads the sheet given with --sheet", async () => {
    const path = await writeRegister(folder.path("named.xlsx"), [aRow()], { sheet: "登记册" });
    const run = await cli("validate", path, "--sheet", "登记册", "--as-of", "2023-02-28");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("1 recommendation read from sheet '登记册'");
  });

  it.each([
    [
      ["--as-of", "2023-02-30"],
      "--as-of '2023-02-30' is not a date; write it as YYYY-MM-DD, e.g. 2023-02-28.",
    ],
    [["--as-of", "28/02/2023"], "--as-of '28/02/2023' is not a date"],
    [["--sheet", "Nope"], "There is no sheet or Excel table named 'Nope'"],
  ])("exits 2 with one line for %j", async (args, message) => {
    const run = await cli("validate", clean, ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it("exits 2 naming the missing required columns", async () => {
    const path = await writeRegister(folder.path("partial.xlsx"), [aRow().slice(0, 4)], {
      headers: ENGLISH_HEADERS.slice(0, 4),
    });
    const run = await cli("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain('"Recommendation"');
    expect(run.stderr).toContain('"Responsible"');
    expect(run.stderr).toContain("sheet 'Register'");
  });

  it("exits 2 when no sheet holds a register", async () => {
    const path = await writeRegister(folder.path("other.xlsx"), [["a", "b"]], { headers: ["Name", "Value"] });
    const run = await cli("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^.*other\.xlsx: No register found: .*\n$/);
  });

  it("exits 2 for a workbook without worksheets", async () => {
    const path = await handMadeXlsx(folder.path("no-sheets.xlsx"), { sheets: [] });
    const run = await cli("validate", path);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-sheets\.xlsx: The workbook has no worksheets/);
  });

  it("reads a register that has only its header row", async () => {
    const path = await writeRegister(folder.path("header-only.xlsx"), []);
    const run = await cli("validate", path, "--as-of", "2023-02-28");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("0 recommendations read from sheet 'Register'; 0 errors, 0 warnings.");
  });

  it("leaves the file it reads unchanged", async () => {
    const before = sha256(faulty);
    await cli("validate", faulty, "--json");
    await cli("validate", faulty);
    expect(sha256(faulty)).toBe(before);
  });
});
