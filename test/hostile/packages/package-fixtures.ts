import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { packageProblems } from "../../xlsx/write/package-checks";
import { cli, STACK_LINE, type CliRun } from "../run-cli";

export const SAMPLE = join(__dirname, "..", "..", "..", "samples", "wipo-2023.xlsx");
export const ANNEXES = ["Annex I", "Annex II", "Annex III"] as const;
/** The first line of each annex in English: what shows that LibreOffice read the sheet's cells. */
export const ANNEX_TITLES: Readonly<Record<(typeof ANNEXES)[number], string>> = {
  "Annex I": "JIU recommendations to the legislative bodies",
  "Annex II": "Recommendations of the Joint Inspection Unit (JIU) to the executive heads",
  "Annex III": "List of active JIU reports",
};

/** Every output `annexOutcome` saw written with exit 0 in this test file, for `libreOfficeSheets`. */
export const writtenOutputs: string[] = [];

/** A copy of the sample register with some of its parts changed, built here rather than committed. */
export async function mutatedSample(
  path: string,
  change: (zip: JSZip, text: (name: string) => Promise<string>) => Promise<void> | void,
  source = SAMPLE,
): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(source));
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  await change(zip, text);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

/** UTF-16 LE with a byte-order mark, declaration included, as some producers write parts. */
export function utf16(xml: string): Buffer {
  const declared = xml.replace(/encoding="UTF-8"/i, 'encoding="UTF-16"');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(declared, "utf16le")]);
}

/**
 * The one acceptable outcome of writing: exit 0 with a complete, valid package listing the generated
 * sheets after the input's, or exit 2 with one line and no output file. Returns the run. A written
 * output is opened in LibreOffice at the end of the test file unless `libreOffice` is false.
 */
export async function annexOutcome(
  input: string,
  output: string,
  { libreOffice = true }: { readonly libreOffice?: boolean } = {},
): Promise<CliRun> {
  const run = await cli("annex", input, "-o", output, "--lang", "en");
  expect(run.stderr).not.toMatch(STACK_LINE);
  expect(run.stderr).not.toContain("Internal error");
  if (run.code !== 0) {
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(output)).toBe(false);
    return run;
  }
  expect(await packageProblems(readFileSync(output))).toEqual([]);
  if (libreOffice) writtenOutputs.push(output);
  const [before, after] = await Promise.all([readWorkbookGrid(input), readWorkbookGrid(output)]);
  expect(after.sheets.map((sheet) => sheet.name)).toEqual([
    ...before.sheets.map((sheet) => sheet.name).filter((name) => !ANNEXES.some((annex) => annex === name)),
    ...ANNEXES,
  ]);
  return run;
}

/** The text LibreOffice shows of every sheet of a workbook (converted to PDF, then to text). */
export function libreOfficeText(xlsx: string): string {
  const folder = dirname(xlsx);
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", folder, xlsx], {
    stdio: "ignore",
    timeout: 120_000,
  });
  const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
  return execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** LibreOffice's CSV filter: UTF-8, and (last token, -1) every sheet to its own "<file>-<sheet>.csv". */
const CSV_EVERY_SHEET = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/**
 * The sheets LibreOffice finds in each workbook, by name, with their cells as CSV: all workbooks in one
 * headless run (starting LibreOffice costs more than converting). CSV rather than PDF because some
 * hostile workbooks hold a thousand sheets or 65 MB of text, which would take minutes to lay out as pages.
 */
export function libreOfficeSheets(workbooks: readonly string[]): Map<string, Map<string, string>> {
  const folder = mkdtempSync(join(tmpdir(), "jiu-libreoffice-"));
  try {
    // "f1_" cannot be the start of "f10_": each workbook's CSV files are told apart by their prefix.
    const copies = workbooks.map((workbook, index) => {
      const copy = join(folder, `f${index}_.xlsx`);
      copyFileSync(workbook, copy);
      return copy;
    });
    // A profile of its own: another LibreOffice running (another test file, another user) is not joined.
    const profile = `-env:UserInstallation=file://${join(folder, "profile")}`;
    const options = ["--headless", "--norestore", "--nolockcheck", "--convert-to", CSV_EVERY_SHEET];
    execFileSync("soffice", [profile, ...options, "--outdir", folder, ...copies], {
      stdio: "ignore",
      timeout: 600_000,
    });
    const csvFiles = readdirSync(folder).filter((name) => name.endsWith(".csv"));
    return new Map(
      workbooks.map((workbook, index) => {
        const prefix = `f${index}_-`;
        const sheets = csvFiles
          .filter((name) => name.startsWith(prefix))
          .map((name): [string, string] => [
            name.slice(prefix.length, -".csv".length),
            readFileSync(join(folder, name), "utf8"),
          ]);
        return [workbook, new Map(sheets)];
      }),
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Opens every workbook this test file wrote with exit 0 in LibreOffice and expects each generated sheet
 * there, by name, starting with its title.
 */
export function expectLibreOfficeShowsEveryAnnex(): void {
  expect(writtenOutputs.length).toBeGreaterThan(0);
  const shown = libreOfficeSheets(writtenOutputs);
  for (const output of writtenOutputs) {
    const sheets = shown.get(output) ?? new Map<string, string>();
    for (const annex of ANNEXES) {
      expect({ output, annex, starts: sheets.get(annex)?.split("\n")[0] }).toEqual({
        output,
        annex,
        starts: expect.stringContaining(ANNEX_TITLES[annex]) as unknown,
      });
    }
  }
}

export function copySample(path: string): string {
  copyFileSync(SAMPLE, path);
  return path;
}
