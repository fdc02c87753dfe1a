import { parseArgs } from "../../src/cli/args";
import { CliError } from "../../src/cli/cli-error";
import * as validateModule from "../../src/core/validate";
import { cli, SAMPLE, STACK_LINE } from "./cli-fixtures";

describe("parseArgs", () => {
  it.each([
    [
      ["validate", "r.xlsx"],
      { command: "validate", file: "r.xlsx", sheet: undefined, asOf: undefined, json: false },
    ],
    [
      ["validate", "--json", "--sheet=登记册", "r.xlsx", "--as-of", "2023-02-28"],
      { command: "validate", file: "r.xlsx", sheet: "登记册", asOf: "2023-02-28", json: true },
    ],
    [
      ["summary", "r.xlsx", "-o", "out.xlsx", "--lang", "zh", "--force"],
      { command: "summary", file: "r.xlsx", output: "out.xlsx", lang: "zh", force: true, json: false },
    ],
    [
      ["annex", "r.xlsx", "--output=out.xlsx"],
      { command: "annex", file: "r.xlsx", output: "out.xlsx", lang: "en" },
    ],
    [["validate", "--", "--odd-name.xlsx"], { command: "validate", file: "--odd-name.xlsx" }],
    [["validate", "r.xlsx", "--debug"], { command: "validate", file: "r.xlsx" }],
    [["--help"], { command: "help", topic: null }],
    [["help", "annex"], { command: "help", topic: "annex" }],
    [["summary", "--help"], { command: "help", topic: "summary" }],
    [["--version"], { command: "version" }],
  ])("reads %j", (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [[], "Give a command: validate, summary, annex, report, rollover or new."],
    [
      ["rollover", "r.xlsx", "--as-of", "2023-02-28"],
      "rollover writes a workbook: give it with -o OUT.xlsx.",
    ],
    [["rollover", "r.xlsx", "-o", "o.xlsx"], "rollover needs the cycle's date: give --as-of YYYY-MM-DD."],
    [
      ["rollover", "r.xlsx", "-o", "o.xlsx", "--as-of", "2023-02-28", "--force"],
      "rollover does not take --force.",
    ],
    [
      ["check", "r.xlsx"],
      "Unknown command 'check'; the commands are validate, summary, annex, report, rollover and new.",
    ],
    [["--json"], "Unknown option '--json' before the command"],
    [["validate"], "Give the register file: jiu-register validate FILE.xlsx"],
    [["validate", "a.xlsx", "b.xlsx"], "validate takes one file; also got 'b.xlsx'."],
    [["validate", "r.xlsx", "--bogus"], "Unknown option '--bogus' for validate."],
    [["validate", "r.xlsx", "-o", "out.xlsx"], "validate does not take -o."],
    [["annex", "r.xlsx", "--json"], "annex does not take --json."],
    [["annex", "r.xlsx"], "annex writes a workbook: give it with -o OUT.xlsx."],
    [["summary", "r.xlsx", "--sheet"], "--sheet needs a value."],
    [["summary", "r.xlsx", "--sheet", "A", "--sheet", "B"], "--sheet is given more than once."],
    [["summary", "r.xlsx", "--json=yes"], "--json takes no value."],
    [["summary", "r.xlsx", "--lang", "de"], "--lang 'de' is not available; use ar, zh, en, fr, ru or es."],
    [["summary", "r.xlsx", "--as-of", "2023-13-01"], "--as-of '2023-13-01' is not a date"],
  ])("refuses %j with exit 2", (argv, message) => {
    let thrown: unknown;
    try {
      parseArgs(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(CliError);
    expect((thrown as CliError).exitCode).toBe(2);
    expect((thrown as CliError).message).toContain(message);
  });
});

describe("runCli and the command line", () => {
  it("prints the usage for --help and exits 0", async () => {
    const run = await cli("--help");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("jiu-register validate FILE.xlsx");
    expect(run.stdout).toContain("jiu-register annex FILE.xlsx -o OUT.xlsx");
  });

  it("prints the problem and the usage on stderr for an unknown command, and exits 2", async () => {
    const run = await cli("frobnicate");
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^Unknown command 'frobnicate'.*\n\n.*Usage:/s);
  });

  it("prints the command's usage for an unknown option", async () => {
    const run = await cli("validate", SAMPLE, "--frobnicate");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--frobnicate' for validate.");
    expect(run.stderr).toContain("jiu-register validate FILE.xlsx [--sheet NAME]");
    expect(run.stderr).not.toContain("jiu-register annex FILE.xlsx");
  });

  it("prints its version", async () => {
    const run = await cli("--version");
    expect(run.stdout).toMatch(/^jiu-register \d+\.\d+\.\d+\n$/);
  });

  describe("when the program itself fails", () => {
    let spy: jest.SpyInstance;
    beforeEach(() => {
      spy = jest.spyOn(validateModule, "validate").mockImplementation(() => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      });
    });
    afterEach(() => spy.mockRestore());

    it("says so in one line, without a stack trace, and exits 3", async () => {
      const run = await cli("validate", SAMPLE);
      expect(run.code).toBe(3);
      expect(run.stderr).toBe(
        "Internal error: Cannot read properties of undefined (reading 'x'). Run again with --debug to see where, " +
          "and please report it.\n",
      );
    });

    it("shows the stack trace with --debug", async () => {
      const run = await cli("validate", SAMPLE, "--debug");
      expect(run.code).toBe(3);
      expect(run.stderr).toMatch(STACK_LINE);
    });
  });
});
