import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import { terminalSafe, terminalSafeOutput } from "../../src/cli/terminal-text";
import { aRow, cli, ENGLISH_HEADERS, tempFolder, writeRegister } from "./cli-fixtures";

/** Every kind of character a terminal acts on: ESC sequences (clear screen, window title), NUL, CR, C1 CSI, DEL, bidi. */
const HOSTILE = [
  "\u001b[2J",
  "\u001b]0;owned\u0007",
  "\u0000",
  "\r",
  "\u009b31m",
  "\u007f",
  "\u202e",
  "\u2067",
  "\u200f",
];
/**
 * XML cannot carry C0 controls, and ExcelJS drops them, so the register is written with placeholders that
 * become the OOXML escapes Excel itself writes ("_x001B_"), which the reader decodes into the characters.
 */
const PLACEHOLDER = /«([0-9a-f]{4})»/g;
const placeheld = (text: string) =>
  text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `«${c.charCodeAt(0).toString(16).padStart(4, "0")}»`);

async function withOoxmlEscapes(path: string): Promise<void> {
  const zip = await JSZip.loadAsync(await readFile(path));
  for (const name of Object.keys(zip.files).filter((n) => n.endsWith(".xml"))) {
    const xml = (await zip.file(name)?.async("string")) ?? "";
    zip.file(
      name,
      xml.replace(PLACEHOLDER, (_m, hex: string) => `_x${hex.toUpperCase()}_`),
    );
  }
  await writeFile(path, await zip.generateAsync({ type: "nodebuffer" }));
}
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe("terminalSafe", () => {
  it.each(HOSTILE)("escapes %j as \\uXXXX", (char) => {
    const safe = terminalSafe(`a${char}b`);
    expect(safe).not.toMatch(RAW);
    expect(safe).toMatch(/^a(\\u[0-9a-f]{4})+.*b$/);
  });

  it("escapes line breaks and tabs inside a field, but keeps the output's own line breaks", () => {
    expect(terminalSafe("a\nb\tc")).toBe("a\\u000ab\\u0009c");
    expect(terminalSafeOutput("a\nb\u001b")).toBe("a\nb\\u001b");
  });

  it("keeps the isolates the labels put around symbols in Arabic output when they pair up, nested or not", () => {
    const line = "\u2068لم تُقرأ أي توصية من «\u2068JIU_Register\u2069»\u2069؛ \u20682023\u2069\n";
    expect(terminalSafeOutput(line)).toBe(line);
  });

  it("escapes lone, unmatched or tampered isolates in whole output", () => {
    expect(terminalSafeOutput("a\u2068b")).toBe("a\\u2068b");
    expect(terminalSafeOutput("a\u2069b")).toBe("a\\u2069b");
    expect(terminalSafeOutput("\u2068a\u202eb\u2069")).toBe("\\u2068a\\u202eb\\u2069");
    expect(terminalSafeOutput("\u2068a\nb\u2069")).toBe("\\u2068a\nb\\u2069");
    expect(terminalSafeOutput("\u2067a\u2069")).toBe("\\u2067a\\u2069");
  });

  it("leaves ordinary text alone, Chinese and Arabic included", () => {
    for (const text of ["JIU/REP/2021/6", "联检组 建议", "توصية", "Café – 3(a)"])
      expect(terminalSafe(text)).toBe(text);
  });
});

describe("the CLI prints no control character from the workbook", () => {
  const folder = tempFolder("jiu-cli-terminal-");
  let file = "";
  const mark = (text: string, i: number) => placeheld(`${text}${HOSTILE[i % HOSTILE.length] ?? ""}x`);
  beforeAll(async () => {
    const headers = [...ENGLISH_HEADERS, "Organization"];
    file = await writeRegister(
      folder.path("hostile.xlsx"),
      HOSTILE.map((_, i) => [
        ...aRow({
          "Report symbol": i % 2 === 0 ? "JIU/REP/2021/6" : mark("JIU/REP/2020/5", i),
          "Report title": mark("Title", i),
          "Recommendation no.": i === 1 ? mark("2", i) : i + 1,
          Acceptance: i === 2 ? mark("Accepted", i) : "Accepted",
          Implementation: i === 3 ? mark("Implemented", i) : "Implemented",
          Responsible: mark("Director", i),
        }),
        mark("WIPO", i),
      ]),
      { sheet: "Register\u202e", headers },
    );
    await withOoxmlEscapes(file);
  });
  afterAll(() => folder.dispose());

  const runs: [string, string[]][] = [
    ["validate", ["validate"]],
    ["validate --json", ["validate", "--json"]],
    ["summary", ["summary", "--force"]],
    ["summary --json", ["summary", "--json", "--force"]],
    ["annex (refusal listing the errors)", ["annex", "-o", "out.xlsx"]],
  ];
  it.each(runs)("%s", async (_name, args) => {
    const [command = "", ...rest] = args;
    const withOutput = rest.map((arg) => (arg === "out.xlsx" ? folder.path("out.xlsx") : arg));
    const run = await cli(command, file, ...withOutput, "--as-of", "2023-02-28");
    expect(run.stdout).not.toMatch(RAW);
    expect(run.stderr).not.toMatch(RAW);
    // The characters are shown, escaped, not dropped.
    expect(run.stdout + run.stderr).toContain("\\u001b");
    if (args[0] === "validate") expect(run.stdout).toContain("\\u0000x");
    if (args.includes("--json")) expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it("keeps the JSON true: the escapes read back as the workbook's characters", async () => {
    const run = await cli("validate", file, "--json", "--as-of", "2023-02-28");
    const report = JSON.parse(run.stdout) as { issues: { sheet: string; message: string }[] };
    expect(report.issues.length).toBeGreaterThan(0);
    expect(report.issues.some((issue) => issue.sheet === "Register\u202e")).toBe(true);
  });

  it("escapes the text of errors too (a sheet name asked for with --sheet)", async () => {
    const run = await cli("validate", file, "--sheet", "No\u001b]0;t\u0007pe");
    expect(run.code).toBe(2);
    expect(run.stderr).not.toMatch(RAW);
  });
});
