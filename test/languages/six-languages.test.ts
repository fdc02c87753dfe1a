/**
 * Issue 15's Done-when, for each of the six UN languages: the summary and the annexes rendered from every
 * sample register carry no label of another language (report symbols, numbers and the register's own data
 * aside), and their dates, lists and plurals follow the language's rules.
 */
import type { IsoDate, WorkbookGrid } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { LABELS } from "../../src/labels/labels";
import type { LabelText } from "../../src/labels/label-table";
import { LANGUAGES, type Language } from "../../src/labels/language";
import { decisionText, layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { SAMPLE_WORKBOOKS } from "../../samples";
import { sampleGridSheet } from "../../samples/wipo-2023-data";
import { cellTexts } from "../layout/well-formed";

const SAMPLES = SAMPLE_WORKBOOKS.map((workbook) => ({
  file: workbook.file,
  asOf: workbook.date as IsoDate,
  grid: { sheets: workbook.sheets.map(sampleGridSheet) } as WorkbookGrid,
}));

function rendered(grid: WorkbookGrid, asOf: IsoDate, lang: Language): SheetLayout[] {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(`sample not readable: ${outcome.problem.code}`);
  const summary = summarize(outcome.register, asOf);
  return [layoutSummarySheet(summary, lang), ...layoutAnnexes(outcome.register, summary, lang)];
}

/** Every text a reader sees on the sheets: cells, sheet names, chart titles and axis titles, link texts. */
function visibleTexts(sheets: readonly SheetLayout[]): string[] {
  return sheets.flatMap((sheet) => [
    sheet.name,
    ...cellTexts(sheet),
    ...sheet.hyperlinks.map((link) => link.text),
    ...sheet.charts.flatMap((chart) => [chart.title, chart.xAxisTitle ?? "", chart.yAxisTitle ?? ""]),
  ]);
}

function formsOf(text: LabelText): string[] {
  return typeof text === "string" ? [text] : Object.values(text);
}

function labelTexts(lang: Language): string[] {
  return Object.values(LABELS).flatMap((texts) => formsOf((texts as Record<Language, LabelText>)[lang]));
}

/**
 * The words of a language's labels that can betray it: the literal pieces between placeholders, four
 * characters or more with a letter in them, that no label of `reader` contains (a shared "Total" or "Code"
 * betrays nothing).
 */
function telltales(lang: Language, reader: Language): string[] {
  const readerTexts = labelTexts(reader);
  const pieces = labelTexts(lang).flatMap((text) =>
    text.split(/\{[A-Za-z][A-Za-z0-9]*\}/).map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "")),
  );
  return [...new Set(pieces)].filter(
    (piece) =>
      [...piece].length >= 4 && /\p{L}/u.test(piece) && !readerTexts.some((text) => text.includes(piece)),
  );
}

function userData(grid: WorkbookGrid): string {
  return grid.sheets
    .flatMap((sheet) => sheet.cells.flat())
    .filter((value): value is string => typeof value === "string")
    .join("\n");
}

describe.each(LANGUAGES)("the sheets in %s", (lang) => {
  it.each(SAMPLES.map((sample) => [sample.file, sample] as const))(
    "from %s carry no label of another language",
    (_file, sample) => {
      const texts = visibleTexts(rendered(sample.grid, sample.asOf, lang));
      const data = userData(sample.grid);
      const foreign = LANGUAGES.filter((other) => other !== lang).flatMap((other) =>
        telltales(other, lang)
          .filter((piece) => !data.includes(piece))
          .flatMap((piece) =>
            texts.filter((text) => text.includes(piece)).map((text) => `${other} "${piece}" in "${text}"`),
          ),
      );
      expect(foreign).toEqual([]);
      expect(texts.length).toBeGreaterThan(50);
    },
  );
});

describe("the check for foreign labels", () => {
  it("finds a label of another language when one is there", () => {
    const texts = [
      "Situation au 28 février 2023",
      "I. Recommendations arising from JIU reviews conducted in 2021",
    ];
    const found = telltales("en", "fr").filter((piece) => texts.some((text) => text.includes(piece)));
    expect(found).toContain("Recommendations arising from JIU reviews conducted in");
  });
});

const WIPO = SAMPLES[0];

describe("dates, lists and plurals in the generated sheets", () => {
  const sample = WIPO ?? SAMPLES[0];
  if (!sample) throw new Error("no sample");
  const asOfLine: Readonly<Record<Language, string>> = {
    en: "Status as of 28 February 2023",
    zh: "截至 2023 年 2 月 28 日的情况",
    // The date is an isolated run (U+2068…U+2069) inside Arabic text, so it keeps its own order.
    ar: "الحالة في \u206828 شباط/فبراير 2023\u2069",
    fr: "Situation au 28 février 2023",
    ru: "Положение на 28 февраля 2023 г.",
    es: "Situación al 28 de febrero de 2023",
  };

  it.each(LANGUAGES)("writes the as-of date on the summary in %s as the language's documents do", (lang) => {
    const [summarySheet] = rendered(sample.grid, sample.asOf, lang);
    expect(cellTexts(summarySheet as SheetLayout)).toContain(asOfLine[lang]);
  });

  const decisionLine: Readonly<Record<Language, string>> = {
    en: "JIU/REP/2020/8 (recommendations 1, 5, 8 and 9);",
    zh: "JIU/REP/2020/8 (建议 1、5、8 和 9) ;",
    ar: "JIU/REP/2020/8 (التوصيات 1 و5 و8 و9)؛",
    fr: "JIU/REP/2020/8 (recommandations 1, 5, 8 et 9)\u00a0;",
    ru: "JIU/REP/2020/8 (рекомендации 1, 5, 8 и 9);",
    es: "JIU/REP/2020/8 (recomendaciones 1, 5, 8 y 9);",
  };
  const singleLine: Readonly<Record<Language, string>> = {
    en: "JIU/REP/2021/6 (recommendation 4);",
    zh: "JIU/REP/2021/6 (建议 4) ;",
    ar: "JIU/REP/2021/6 (التوصية 4)؛",
    fr: "JIU/REP/2021/6 (recommandation 4)\u00a0;",
    ru: "JIU/REP/2021/6 (рекомендация 4);",
    es: "JIU/REP/2021/6 (recomendación 4);",
  };

  it.each(LANGUAGES)(
    "lists the draft decision's numbers with the language's conjunction and plural in %s",
    (lang) => {
      const outcome = parseWorkbook(sample.grid);
      if (!outcome.ok) throw new Error("sample not readable");
      const lines = decisionText(summarize(outcome.register, sample.asOf), lang);
      expect(lines).toContain(decisionLine[lang]);
      expect(lines).toContain(singleLine[lang]);
    },
  );
});
