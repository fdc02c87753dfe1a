/**
 * Renders the README's pictures of the generated sheets: runs the CLI on the sample register as of
 * 28 February 2023 (`summary -o`, then `annex -o` on its output; Chinese, the seed's language, and
 * English; Arabic (right to left), French, Russian and Spanish from the English sample), prints each generated sheet through LibreOffice (scripts/render-xlsx.sh) and copies the
 * first page of each to docs/sheets/.
 *
 *   npx tsx scripts/render-docs.ts [--pages DIR] [--dpi N] [--lang fr,ru]
 *
 * LibreOffice prints every visible sheet, the register too. So each sheet is printed from its own copy
 * of the report in which every other sheet is hidden: its PDF holds exactly that sheet's pages, in the
 * sheet's own page setup. Every page of every sheet is kept as PNG under --pages (default
 * build/render-docs/) for looking at; docs/sheets/ gets one PNG per sheet.
 */
import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import { runCli } from "../src/cli/main";
import type { CliOutput } from "../src/cli/cli-io";
import type { Language } from "../src/labels/language";
import { SAMPLE_AS_OF } from "../samples/wipo-2023-data";

const run = promisify(execFile);
const ROOT = path.join(__dirname, "..");
const SAMPLE = path.join(ROOT, "samples", "wipo-2023.xlsx");
/** The Arabic, French, Russian and Spanish pictures read the English sample, so that their data is not Chinese. */
const SAMPLE_EN = path.join(ROOT, "samples", "wipo-2023-en.xlsx");
const RENDER = path.join(ROOT, "scripts", "render-xlsx.sh");
const DOCS = path.join(ROOT, "docs", "sheets");
/** A README picture should stay small. */
const MAX_PICTURE_BYTES = 300_000;

type Lang = Language;

/** A generated sheet to picture: its name in the report and the file its first page goes to. */
interface Picture {
  readonly lang: Lang;
  readonly sheet: string;
  readonly file: string;
}

const PICTURES: readonly Picture[] = [
  { lang: "zh", sheet: "摘要", file: "summary-zh.png" },
  { lang: "zh", sheet: "附件一", file: "annex-1-zh.png" },
  { lang: "zh", sheet: "附件二", file: "annex-2-zh.png" },
  { lang: "zh", sheet: "附件三", file: "annex-3-zh.png" },
  { lang: "en", sheet: "Summary", file: "summary-en.png" },
  { lang: "ar", sheet: "موجز", file: "summary-ar.png" },
  { lang: "ar", sheet: "المرفق الأول", file: "annex-1-ar.png" },
  { lang: "fr", sheet: "Résumé", file: "summary-fr.png" },
  { lang: "fr", sheet: "Annexe I", file: "annex-1-fr.png" },
  { lang: "ru", sheet: "Резюме", file: "summary-ru.png" },
  { lang: "ru", sheet: "Приложение I", file: "annex-1-ru.png" },
  { lang: "es", sheet: "Resumen", file: "summary-es.png" },
  { lang: "es", sheet: "Anexo I", file: "annex-1-es.png" },
];

interface Options {
  readonly pagesDir: string;
  readonly dpi: number;
  /** --lang fr,ru: only these languages' pictures (default: all). */
  readonly langs: readonly string[] | null;
}

function parseOptions(argv: readonly string[]): Options {
  let pagesDir = path.join(ROOT, "build", "render-docs");
  let dpi = 80;
  let langs: string[] | null = null;
  for (let i = 0; i < argv.length; i += 1) {
    const value = argv[i + 1];
    if (argv[i] === "--pages" && value) {
      pagesDir = path.resolve(value);
      i += 1;
    } else if (argv[i] === "--dpi" && value && Number(value) > 0) {
      dpi = Number(value);
      i += 1;
    } else if (argv[i] === "--lang" && value) {
      langs = value.split(",");
      i += 1;
    } else {
      throw new Error(
        `Unknown argument ${argv[i]}. Usage: npx tsx scripts/render-docs.ts [--pages DIR] [--dpi N] [--lang fr,ru]`,
      );
    }
  }
  return { pagesDir, dpi, langs };
}

/** Runs `jiu-register ARGS` in-process; throws with its messages when it fails. */
async function cli(args: readonly string[]): Promise<void> {
  let messages = "";
  const collect: CliOutput = { write: (text: string) => (messages += text) };
  const code = await runCli(args, { stdout: { write: () => true }, stderr: collect });
  if (code !== 0) throw new Error(`jiu-register ${args.join(" ")} exited with ${code}:\n${messages}`);
}

/** The sample report in one language: the register with the summary and the three annexes added. */
async function writeReport(lang: Lang, dir: string): Promise<string> {
  const withSummary = path.join(dir, `summary-${lang}.xlsx`);
  const report = path.join(dir, `report-${lang}.xlsx`);
  const common = ["--as-of", SAMPLE_AS_OF, "--lang", lang];
  const sample = lang === "ar" || lang === "fr" || lang === "ru" || lang === "es" ? SAMPLE_EN : SAMPLE;
  await cli(["summary", sample, ...common, "-o", withSummary]);
  await cli(["annex", withSummary, ...common, "-o", report]);
  return report;
}

/**
 * A copy of the workbook in which only `sheet` is visible (and active), so that LibreOffice prints
 * that sheet alone. Only workbook.xml changes; the sheet itself is printed as written.
 */
async function onlySheetVisible(workbook: Buffer, sheet: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(workbook);
  const part = zip.file("xl/workbook.xml");
  if (!part) throw new Error("The report has no xl/workbook.xml");
  const xml = await part.async("string");
  let index = -1;
  let position = 0;
  const sheets = xml.replace(/<sheet\b[^>]*?\/>/g, (element) => {
    const name = /\bname="([^"]*)"/.exec(element)?.[1];
    const visible = name === escapeAttribute(sheet);
    if (visible) index = position;
    position += 1;
    const withoutState = element.replace(/\s+state="[^"]*"/, "");
    return visible ? withoutState : withoutState.replace(/\/>$/, ' state="hidden"/>');
  });
  if (index < 0) throw new Error(`The report has no sheet named ${sheet}`);
  const active = sheets
    .replace(/\bactiveTab="\d+"/, `activeTab="${index}"`)
    .replace(/\bfirstSheet="\d+"/, `firstSheet="${index}"`);
  // LibreOffice prints hidden sheets too when the active one is hidden; Excel wants a visible active tab.
  const activated = /<workbookView\b[^>]*\bactiveTab="/.test(active)
    ? active
    : /<workbookView\b/.test(active)
      ? active.replace(/<workbookView\b/, `<workbookView activeTab="${index}"`)
      : active.replace(/<sheets>/, `<bookViews><workbookView activeTab="${index}"/></bookViews><sheets>`);
  zip.file("xl/workbook.xml", activated);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Prints one sheet of the report; returns its pages' PNGs, in order. */
async function renderSheet(
  report: Buffer,
  picture: Picture,
  work: string,
  options: Options,
): Promise<string[]> {
  const name = picture.file.replace(/\.png$/, "");
  const copy = path.join(work, `${name}.xlsx`);
  await writeFile(copy, await onlySheetVisible(report, picture.sheet));
  const outDir = path.join(options.pagesDir, name);
  await rm(outDir, { recursive: true, force: true });
  await run(RENDER, [copy, outDir, String(options.dpi)], { timeout: 180_000 });
  const pages = (await readdir(outDir)).filter((file) => file.endsWith(".png")).sort();
  return pages.map((file) => path.join(outDir, file));
}

async function pageCount(pdf: string): Promise<number> {
  const { stdout } = await run("pdfinfo", [pdf]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const work = await mkdtemp(path.join(tmpdir(), "jiu-render-docs-"));
  try {
    await mkdir(DOCS, { recursive: true });
    const pictures = PICTURES.filter((picture) => !options.langs || options.langs.includes(picture.lang));
    const reports = new Map<Lang, Buffer>();
    for (const lang of new Set(pictures.map((picture) => picture.lang))) {
      reports.set(lang, await readFile(await writeReport(lang, work)));
    }
    for (const picture of pictures) {
      const report = reports.get(picture.lang);
      if (!report) throw new Error(`No ${picture.lang} report`);
      const pages = await renderSheet(report, picture, work, options);
      const first = pages[0];
      if (!first) throw new Error(`LibreOffice printed no page of ${picture.sheet}`);
      const pdf = path.join(
        options.pagesDir,
        picture.file.replace(/\.png$/, ""),
        `${picture.file.replace(/\.png$/, "")}.pdf`,
      );
      const target = path.join(DOCS, picture.file);
      await copyFile(first, target);
      const { size } = await stat(target);
      const warning = size > MAX_PICTURE_BYTES ? `  (over ${MAX_PICTURE_BYTES / 1000} KB: lower --dpi)` : "";
      process.stdout.write(
        `${picture.sheet} (${picture.lang}): ${await pageCount(pdf)} pages in ${path.dirname(first)}; ` +
          `page 1 -> ${path.relative(ROOT, target)} (${Math.round(size / 1000)} KB)${warning}\n`,
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
