/**
 * Every bad workbook of the corpus through the CLI: the exit code, and the key parts of the message
 * (what is wrong, where, what to do). Never a stack trace.
 */
import { rmSync } from "node:fs";
import { tempFolder } from "../xlsx/read/fixtures";
import { ALL_COLUMNS, ENGLISH_HEADERS } from "../fixtures";
import { FOREIGN_STATUSES, HOSTILE_CASES, hostileCase } from "./corpus";
import { cli, literal, STACK_LINE, type CliRun } from "./run-cli";
import { FORMULA_ERRORS } from "./workbook-spec";

interface Expected {
  readonly code: 0 | 1 | 2;
  /** Each must match somewhere in stdout (exit 0 and 1) or in the one stderr line (exit 2). */
  readonly says: readonly (string | RegExp)[];
  /** None of these may appear in the output. */
  readonly never?: readonly (string | RegExp)[];
}

const finding = (row: number, column: string, message: string, rule: string): string =>
  `  Row ${row}, ${column}: ${message} [${rule}]`;
const HINT = "if the cell is merged with the one above, unmerge them and fill in every row";
const SAVE_AS = "open it in Excel, save it as an Excel Workbook (.xlsx) and try again.";
const CHOOSE = "choose the Excel workbook (.xlsx) that holds the register instead.";

/** Cases of which no row can be counted: summary and annex stop with exit 2. */
const UNCOUNTABLE: ReadonlySet<string> = new Set(["formula-errors"]);

const EXPECTED: Readonly<Record<string, Expected>> = {
  "empty-workbook": {
    code: 2,
    says: [
      /empty-workbook\.xlsx: No register found: sheet 'Sheet1' is empty; open the workbook that holds the register/,
    ],
  },
  "no-sheets": {
    code: 2,
    says: [/no-sheets\.xlsx: The workbook has no worksheets; open the workbook that holds the register\.$/],
  },
  "header-only": {
    code: 0,
    says: [
      "Register: sheet 'Register', header on row 1",
      "0 recommendations read from sheet 'Register'; 0 errors, 0 warnings.",
    ],
  },
  "header-row-10": {
    code: 0,
    says: [
      "Register: sheet 'Register', header on row 10",
      "2 recommendations read from sheet 'Register'; 0 errors",
    ],
  },
  "header-row-11": {
    code: 2,
    says: [
      /header-row-11\.xlsx: No register found within the first 10 rows: sheet 'Register' has the register's header on row 11; delete rows above it/,
    ],
  },
  "no-header": {
    code: 2,
    says: [
      /no-header\.xlsx: No register found: no header row with the required columns "Report symbol", .*"Responsible" within the first 10 rows \(looked at sheet 'Data'\)\. Add a header row with these names/,
    ],
  },
  "duplicate-headers": {
    code: 2,
    says: [
      `The register on sheet 'Register' (header row 1) names a column more than once: "Acceptance" appears in columns G ('Acceptance') and J ('Acceptance'). Keep one of each, or rename the others.`,
    ],
  },
  // With an Implementation column, Acceptance may be left out (it is then inferred): only Responsible is missing.
  "missing-required": {
    code: 2,
    says: [`the header row on sheet 'Register' (row 1) lacks the required column "Responsible"; add it`],
  },
  "merged-cells": {
    code: 1,
    says: [
      finding(
        3,
        "Report symbol",
        `Report symbol is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6; ${HINT}`,
        "E01-report-symbol",
      ),
      finding(
        4,
        "Report symbol",
        `Report symbol is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6; ${HINT}`,
        "E01-report-symbol",
      ),
      finding(
        3,
        "Report title",
        `Report title is missing; copy the title of the report from the JIU report; ${HINT}`,
        "E10-report-title",
      ),
      // The merged acceptance's lower row is blank, and the implementation says it was accepted.
      finding(
        3,
        "Acceptance",
        `Acceptance is blank on row 3, where Implementation is given; it is counted as Accepted, since only an accepted recommendation is implemented. Type Accepted to say so; ${HINT}`,
        "W11-acceptance-inferred",
      ),
      "3 recommendations read from sheet 'Register'; 4 errors, 1 warning.",
    ],
  },
  "formula-errors": {
    code: 1,
    says: FORMULA_ERRORS.flatMap((code, i) =>
      ALL_COLUMNS.map(
        (id) =>
          new RegExp(
            `^  Row ${i + 2}, ${literal(ENGLISH_HEADERS[id])}: [^\\n]*the cell shows ${literal(code)}; fix the formula or type the value \\[`,
            "m",
          ),
      ),
    ),
  },
  "numbers-for-text": {
    code: 1,
    says: [
      finding(
        2,
        "Report symbol",
        "Report symbol '2021' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3)",
        "E01-report-symbol",
      ),
      finding(
        2,
        "Addressed to",
        "Addressed to '1' is not known; use Legislative body or Executive head, or, if '1' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: 1; Means: the word it stands for)",
        "E04-addressee",
      ),
      finding(
        2,
        "Acceptance",
        "Acceptance '1' is not a known status; use Accepted, Not accepted, Under consideration or Not relevant, or, if '1' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: 1; Means: the status it stands for)",
        "E05-acceptance",
      ),
      finding(
        2,
        "Implementation",
        "Implementation '2' is not a known status; use Implemented, In progress or Not started, or leave it blank, or, if '2' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: 2; Means: the status it stands for)",
        "E06-implementation",
      ),
      "2 recommendations read from sheet 'Register'; 4 errors",
    ],
    never: [/Row 3, /],
  },
  "text-for-numbers": {
    code: 1,
    says: [
      finding(
        2,
        "Recommendation no.",
        "Recommendation no. 'four' is not a recommendation number; type it as the JIU report writes it, e.g. 4, 3(a), 3.1 or 4 bis, or Informal recommendations for the report's unnumbered ones",
        "E02-recommendation-number",
      ),
      finding(
        7,
        "Deadline",
        "Deadline 'next year' is not a date; type the date as YYYY-MM-DD or enter it as an Excel date",
        "E12-date",
      ),
    ],
    // 4a and 2.5 are identifiers as the JIU writes them (4(a), 2.5).
    never: [/Row [3456], Recommendation no\./],
  },
  dates: {
    code: 1,
    says: [
      finding(
        2,
        "Deadline",
        "Deadline holds the number 44985, not a date; format the cell as a date (it would show 2023-02-28) or type the date as YYYY-MM-DD or enter it as an Excel date",
        "E12-date",
      ),
      finding(
        4,
        "Deadline",
        "Deadline '28/02/2023' is not a date the register can read, since day and month order differ by locale; type it as 2023-02-28, or enter it as an Excel date",
        "E12-date",
      ),
      finding(
        5,
        "Deadline",
        "Deadline '02/28/2023' is not a date the register can read, since day and month order differ by locale; type it as 2023-02-28, or enter it as an Excel date",
        "E12-date",
      ),
      finding(
        6,
        "Deadline",
        "Deadline '2023-02-30' is not a real calendar date; check the month and day, and type the date as YYYY-MM-DD or enter it as an Excel date",
        "E12-date",
      ),
      finding(
        7,
        "Last updated",
        "Last updated '2023-13-01' is not a real calendar date; check the month and day, and type the date as YYYY-MM-DD or enter it as an Excel date",
        "E12-date",
      ),
      "7 recommendations read from sheet 'Register'; 5 errors",
    ],
    never: [/Row 3, (Deadline|Last updated)/, /Row 8, (Deadline|Last updated): .*\[E12-date\]/],
  },
  // Issue 15: the six UN languages' words are the register's own, read for what they mean: "Non acceptée"
  // is Not accepted (so its row's default "Implemented" contradicts it), "En cours" is outstanding.
  "foreign-statuses": {
    code: 1,
    says: [
      "Row 6, Implementation: Implementation is 'Implemented' but the recommendation is Not accepted",
      "Row 7, Deadline: Deadline 2022-12-31 has passed (as of 2023-02-28) and the recommendation is still outstanding",
      `${FOREIGN_STATUSES.length} recommendations read from sheet 'Register'; 1 error, 1 warning`,
    ],
    never: [/looks like/],
  },
  "odd-spacing": {
    code: 0,
    says: ["5 recommendations read from sheet 'Register'; 0 errors"],
  },
  "long-and-mixed-text": {
    code: 1,
    says: [
      /Row 4, Acceptance: Acceptance 'Acepted Done ✅ 👍🏽 👩‍👩‍👧‍👦 🇺🇳 \(see 📎\)Done[^\n]*…' is not a known status; use Accepted, Not accepted, Under consideration or Not relevant, or, if '[^\n]*…' is your organization's own word[^\n]*\[E05-acceptance\]/,
      "3 recommendations read from sheet 'Register'; 1 error",
    ],
    // A lone surrogate would print as a replacement character.
    never: [/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/, /(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/],
  },
  "hidden-and-filtered": {
    code: 1,
    says: [
      finding(
        3,
        "Acceptance",
        "Acceptance 'Acepted' is not a known status; use Accepted, Not accepted, Under consideration or Not relevant, or, if 'Acepted' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: Acepted; Means: the status it stands for)",
        "E05-acceptance",
      ),
      finding(
        5,
        "Implementation",
        "Implementation 'Done-ish' is not a known status; use Implemented, In progress or Not started, or leave it blank, or, if 'Done-ish' is your organization's own word for one of them, add it to a sheet named Vocabulary (Word: Done-ish; Means: the status it stands for)",
        "E06-implementation",
      ),
      "5 recommendations read from sheet 'Register'",
    ],
  },
  "table-with-totals": {
    code: 0,
    says: [
      "Register: table 'Register' on sheet 'Register', header on row 1",
      "2 recommendations read from table 'Register' on sheet 'Register'; 0 errors",
    ],
    never: [/Row 4/],
  },
  "two-registers": {
    code: 0,
    says: [
      "Register: sheet 'Register 2022', header on row 1",
      "  Row 1: Sheet 'Register 2023' also holds a register (header on row 1); only sheet 'Register 2022' was read, as it comes first in the workbook. If the register is the other one, move sheet 'Register 2023' before sheet 'Register 2022', or keep one register per workbook [W10-other-register]",
      "2 recommendations read from sheet 'Register 2022'; 0 errors, 2 warnings.",
    ],
    never: ["Acepted"],
  },
  "max-rows-sparse": {
    code: 1,
    says: [
      finding(
        1_048_576,
        "Report symbol",
        "Report symbol 'stray' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3)",
        "E01-report-symbol",
      ),
      "4 recommendations read from sheet 'Register'; 6 errors",
    ],
  },
  "dimension-claim": {
    code: 0,
    says: ["3 recommendations read from sheet 'Register'; 0 errors, 0 warnings."],
  },
  "too-many-rows": {
    code: 2,
    says: [
      /too-many-rows\.xlsx: The register on sheet 'Register' \(header row 1\) has more than 100,000 rows, down to row 100,002; a register takes at most 100,000\. If the rows below the last recommendation hold stray values or formulas, delete those rows; otherwise split the register\.$/,
    ],
  },
  "word-document": {
    code: 2,
    says: [
      new RegExp(`'[^']*minutes\\.xlsx' is a Word document, not an Excel workbook; ${literal(CHOOSE)}$`),
    ],
  },
  "not-xlsx": {
    code: 2,
    says: [new RegExp(`'[^']*report\\.xlsx' is a PDF document, not an Excel workbook; ${literal(CHOOSE)}$`)],
  },
  "empty-file": {
    code: 2,
    says: [
      new RegExp(`'[^']*empty\\.xlsx' is empty \\(0 bytes\\), not an Excel workbook; ${literal(SAVE_AS)}$`),
    ],
  },
  truncated: {
    code: 2,
    says: [
      /'[^']*truncated\.xlsx' is incomplete: the end of the file is missing \(an interrupted copy or download\?\); copy it again from its source/,
    ],
  },
  "password-protected": {
    code: 2,
    says: [
      /'[^']*locked\.xlsx' is password-protected; open it in Excel, remove the password \(File > Info > Protect Workbook > Encrypt with Password\), save it and try again\.$/,
    ],
  },
  xls: {
    code: 2,
    says: [
      new RegExp(
        `'[^']*old\\.xls' is an old Excel 97-2003 workbook \\(\\.xls\\), which cannot be read; ${literal(SAVE_AS)}$`,
      ),
    ],
  },
  csv: {
    code: 2,
    says: [
      new RegExp(
        `'[^']*register\\.csv' is a text file \\(CSV\\), not an Excel workbook; ${literal(SAVE_AS)}$`,
      ),
    ],
  },
  "zip-bomb": {
    code: 2,
    says: [
      /'[^']*bomb\.xlsx' was refused: its part 'xl\/worksheets\/sheet1\.xml' would expand from 2\.0 MB to 2\.0 GB \([\d,]+ times\), which no real register does\. Check where the file came from/,
    ],
  },
  "zip-bomb-lying": {
    code: 2,
    says: [
      /'[^']*lying-bomb\.xlsx' was refused: its part 'xl\/worksheets\/sheet1\.xml' expands past the 4\.0 KB it declares/,
    ],
  },
};

/** The dense 1,048,576-row case has its own test file (it takes several seconds). */
const CASES = HOSTILE_CASES.filter((c) => c.id !== "max-rows-dense");

function expectOutcome(run: CliRun, expected: Expected): void {
  expect(run.code).toBe(expected.code);
  expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
  const text = expected.code === 2 ? run.stderr.trimEnd() : run.stdout;
  if (expected.code === 2) {
    expect(run.stdout).toBe("");
    expect(run.stderr.endsWith("\n")).toBe(true);
    expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  }
  for (const part of expected.says) {
    if (typeof part === "string") expect(text).toContain(part);
    else expect(text).toMatch(part);
  }
  for (const part of expected.never ?? []) {
    if (typeof part === "string") expect(text).not.toContain(part);
    else expect(text).not.toMatch(part);
  }
}

describe("the CLI on the corpus of bad workbooks", () => {
  const folder = tempFolder("jiu-hostile-cli-");
  const paths = new Map<string, string>();
  beforeAll(async () => {
    for (const c of CASES) paths.set(c.id, await c.write(folder.path("")));
  }, 60_000);
  afterAll(() => folder.dispose());

  it("has an expectation for every case, and a case for every expectation", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(CASES.map((c) => c.id).sort());
  });

  // Each runs the CLI, on up to 100,001 rows: its own timeout, not Jest's 5 s.
  it.each(CASES.map((c) => [c.id, c.what] as const))(
    "validate %s (%s)",
    async (id) => {
      const expected = EXPECTED[id];
      if (!expected) throw new Error(`no expectation for ${id}`);
      expectOutcome(await cli("validate", paths.get(id) ?? ""), expected);
    },
    30_000,
  );

  // Reading 100,001 rows takes seconds: its refusal is the parser's, shared by every command, so once is enough.
  it.each(
    CASES.filter((c) => EXPECTED[c.id]?.code === 2 && c.id !== "too-many-rows").map((c) => [c.id] as const),
  )(
    "summary and annex refuse %s the same way, write nothing, and print a stack trace only with --debug",
    async (id) => {
      const input = paths.get(id) ?? "";
      const output = folder.path(`${id}-never.xlsx`);
      const summary = await cli("summary", input);
      const annex = await cli("annex", input, "-o", output);
      const validate = await cli("validate", input);
      for (const run of [summary, annex]) {
        expect(run.code).toBe(2);
        expect(run.stderr).toBe(validate.stderr);
        expect(run.stderr).not.toMatch(STACK_LINE);
      }
      expect(() => rmSync(output)).toThrow();
      // --debug changes nothing for a problem the CLI expects: the message is the same line.
      const debug = await cli("validate", input, "--debug");
      expect(debug.code).toBe(2);
      expect(debug.stderr.split("\n")[0]).toBe(validate.stderr.trimEnd());
    },
    // Four CLI runs per case (a zip bomb's refusal among them): not Jest's 5 s default under load.
    30_000,
  );

  it.each(CASES.filter((c) => c.spec && EXPECTED[c.id]?.code !== 2).map((c) => [c.id] as const))(
    "summary, summary --json and annex -o --force run on %s without a stack trace",
    async (id) => {
      const input = paths.get(id) ?? "";
      // summary exits as validate does (1 when the register has errors: its figures leave rows out), and
      // 2 with one line when not one row can be counted, as in a register of formula errors alone.
      const expected = UNCOUNTABLE.has(id) ? 2 : EXPECTED[id]?.code;
      const summary = await cli("summary", input);
      expect(summary.code).toBe(expected);
      const json = await cli("summary", input, "--json");
      expect(json.code).toBe(expected);
      if (expected !== 2) expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
      const annex = await cli("annex", input, "-o", folder.path(`${id}-annex.xlsx`), "--force");
      expect(annex.code).toBe(expected === 2 ? 2 : 0);
      if (expected === 2) {
        for (const run of [summary, json, annex]) expect(run.stderr).toMatch(/can be counted: each lacks/);
      } else {
        expect(annex.stdout).toMatch(
          /^Wrote .*: a copy of .* with sheets 'Annex I', 'Annex II', 'Annex III' added\.\n$/,
        );
      }
      for (const run of [summary, json, annex]) expect(run.stdout + run.stderr).not.toMatch(STACK_LINE);
    },
    30_000,
  );

  it("validate --json on a faulty case is one JSON object whose issues point into the register", async () => {
    const run = await cli("validate", paths.get("formula-errors") ?? "", "--json");
    const parsed = JSON.parse(run.stdout) as {
      issues: { sheet: string; row: number; column: string }[];
      rows: number;
    };
    expect(parsed.rows).toBe(3);
    expect(parsed.issues.length).toBeGreaterThan(0);
    for (const issue of parsed.issues) {
      expect(issue.sheet).toBe("Register");
      expect(issue.row).toBeGreaterThanOrEqual(2);
      expect(issue.row).toBeLessThanOrEqual(4);
      expect(Object.values(ENGLISH_HEADERS)).toContain(issue.column);
    }
  });

  it("the message for a case names the file it was given", async () => {
    const run = await cli("validate", paths.get(hostileCase("csv").id) ?? "");
    expect(run.stderr).toContain(paths.get("csv"));
  });
});
