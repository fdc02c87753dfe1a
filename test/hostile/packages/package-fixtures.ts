import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import JSZip from "jszip";
import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { packageProblems } from "../../xlsx/write/package-checks";
import { cli, STACK_LINE, type CliRun } from "../run-cli";

export const SAMPLE = join(__dirname, "..", "..", "..", "samples", "wipo-2023.xlsx");
export const ANNEXES = ["Annex I", "Annex II", "Annex III"] as const;

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
 * sheets after the input's, or exit 2 with one line and no output file. Returns the run.
 */
export async function annexOutcome(input: string, output: string): Promise<CliRun> {
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

export function copySample(path: string): string {
  copyFileSync(SAMPLE, path);
  return path;
}
