/**
 * Renders the README's pictures of the report document: runs `jiu-register report` on the sample registers
 * as of 28 February 2023 (Chinese, the seed's language, and English) with the seed's cover fields, prints
 * each .docx through LibreOffice (scripts/render-xlsx.sh) and copies its first pages and an annex page to
 * docs/report/. Every page stays under --pages (default build/render-report/) for looking at.
 *
 *   npx tsx scripts/render-report.ts [--pages DIR]
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../src/cli/main";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const RENDER = path.join(ROOT, "scripts", "render-xlsx.sh");
const DOCS = path.join(ROOT, "docs", "report");
const DPI = "60";

interface Rendition {
  readonly lang: "en" | "zh";
  readonly sample: string;
  readonly cover: readonly string[];
  /** Pages copied to docs/report: page number and picture name. */
  readonly pictures: readonly (readonly [number, string])[];
}

const RENDITIONS: readonly Rendition[] = [
  {
    lang: "zh",
    sample: "wipo-2023.xlsx",
    cover: ["--committee", "计划和预算委员会", "--session", "第三十五届会议", "--place", "日内瓦"].concat([
      "--dates",
      "2023年5月22日至26日",
      "--symbol",
      "WO/PBC/35/2",
    ]),
    pictures: [
      [1, "report-zh-1.png"],
      [2, "report-zh-2.png"],
      [3, "report-zh-3.png"],
      [4, "report-zh-annex-1.png"],
    ],
  },
  {
    lang: "en",
    sample: "wipo-2023-en.xlsx",
    cover: ["--committee", "Program and Budget Committee", "--session", "Thirty-Fifth Session"].concat([
      "--place",
      "Geneva",
      "--dates",
      "May 22 to 26, 2023",
      "--symbol",
      "WO/PBC/35/2",
    ]),
    pictures: [
      [1, "report-en-1.png"],
      [3, "report-en-3.png"],
    ],
  },
];

function pagesDir(argv: readonly string[]): string {
  if (argv.length === 0) return path.join(ROOT, "build", "render-report");
  const [flag, value] = argv;
  if (flag !== "--pages" || value === undefined || argv.length !== 2) {
    throw new Error("Usage: npx tsx scripts/render-report.ts [--pages DIR]");
  }
  return path.resolve(value);
}

async function main(): Promise<void> {
  const pages = pagesDir(process.argv.slice(2));
  // The folder is only added to, never emptied: it may be one the person named.
  await mkdir(pages, { recursive: true });
  await mkdir(DOCS, { recursive: true });
  for (const rendition of RENDITIONS) {
    const docx = path.join(pages, `report-${rendition.lang}.docx`);
    const args = ["report", path.join(ROOT, "samples", rendition.sample), "-o", docx];
    let messages = "";
    const code = await runCli(
      [...args, "--lang", rendition.lang, "--as-of", "2023-02-28", ...rendition.cover],
      {
        stdout: { write: () => true },
        stderr: { write: (text: string) => (messages += text) },
      },
    );
    if (code !== 0) throw new Error(`jiu-register ${args.join(" ")} exited with ${code}:\n${messages}`);
    await run(RENDER, [docx, pages, DPI], { timeout: 180_000 });
    for (const [page, name] of rendition.pictures) {
      const source = path.join(pages, `report-${rendition.lang}-${String(page).padStart(2, "0")}.png`);
      await copyFile(source, path.join(DOCS, name)).catch(async () => {
        // pdftoppm pads page numbers to the page count's width.
        await copyFile(source.replace(/-0(\d)\.png$/, "-$1.png"), path.join(DOCS, name));
      });
    }
  }
  process.stdout.write(`Wrote the report pictures to ${DOCS}; every page is in ${pages}.\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
