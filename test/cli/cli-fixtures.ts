import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../../src/cli/main";
import { tempFolder } from "../xlsx/read/fixtures";

export { sha256, tempFolder } from "../xlsx/read/fixtures";

export const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with captured output and a fixed clock (2023-02-28). */
export async function cli(...argv: string[]): Promise<CliRun> {
  return cliAt(new Date(2023, 1, 28, 12), ...argv);
}

/** Runs the CLI with the clock set to `now`. */
export async function cliAt(now: Date, ...argv: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(
    argv,
    {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
    },
    { now: () => now },
  );
  return { code, stdout, stderr };
}

/** Lines that look like a JavaScript stack frame. */
export const STACK_LINE = /^\s+at .+[(:]/m;

export const ENGLISH_HEADERS = [
  "Report symbol",
  "Report title",
  "Recommendation no.",
  "Addressed to",
  "Recommendation",
  "Management assessment",
  "Acceptance",
  "Implementation",
  "Previous implementation",
  "Responsible",
] as const;

type Row = readonly (string | number | null)[];

/** A valid row: report, title, number, addressee, text, assessment, acceptance, implementation, previous, responsible. */
export function aRow(
  overrides: Partial<Record<(typeof ENGLISH_HEADERS)[number], string | number | null>> = {},
): Row {
  const base: Record<(typeof ENGLISH_HEADERS)[number], string | number | null> = {
    "Report symbol": "JIU/REP/2021/6",
    "Report title": "Review of something",
    "Recommendation no.": 1,
    "Addressed to": "Executive head",
    Recommendation: "Do the thing.",
    "Management assessment": "Being done.",
    Acceptance: "Accepted",
    Implementation: "In progress",
    "Previous implementation": "Not started",
    Responsible: "Director, Oversight",
  };
  const row = { ...base, ...overrides };
  return ENGLISH_HEADERS.map((header) => row[header]);
}

/** Writes a one-sheet register with these rows under the English headers. */
export async function writeRegister(
  path: string,
  rows: readonly Row[],
  options: { sheet?: string; headers?: readonly string[] } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheet ?? "Register");
  sheet.addRow([...(options.headers ?? ENGLISH_HEADERS)]);
  for (const row of rows) sheet.addRow([...row]);
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A copy of the sample register in a temporary folder, so outputs can be written beside it. */
export function sampleCopy(folder: ReturnType<typeof tempFolder>): string {
  const path = folder.path("wipo-2023.xlsx");
  copyFileSync(SAMPLE, path);
  return path;
}
