/**
 * Regression guard for performance work: the parsed register, the summary and every generated sheet stay
 * byte for byte what they were. Each is hashed (SHA-256 of its JSON) and compared with the hash recorded
 * here. Update a hash ONLY for a deliberate change of parsing, summary or layout, and say so in the
 * commit; a change made to go faster must leave every hash as it is.
 *
 * Inputs: the sample register (the seed's data) in both languages; a 2,000-row synthetic register; a
 * synthetic register with half its reports in Chinese; and one whose free texts are the awkward cases of
 * the text metrics (CRLF and lone CR, words longer than a line, paragraphs taller than a row, surrogate
 * pairs, runs of spaces, full-width punctuation).
 */
import { createHash } from "node:crypto";
import type { CellValue, IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import type { Language } from "../../src/labels/language";
import { decisionText, layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import { SAMPLE_AS_OF, sampleWorkbookGrid } from "../../samples/wipo-2023-data";
import {
  SYNTHETIC_AS_OF,
  SYNTHETIC_HEADERS,
  syntheticWorkbookGrid,
} from "../../src/testing/synthetic-register";

const sha256 = (value: unknown): string =>
  createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 32);

/** Texts that take the rarer paths of wrapping and of splitting a text over several rows. */
function awkwardTexts(): string[] {
  const words = "implementation of the recommendation is in progress, with the support of the board ";
  return [
    "Line one\r\nLine two\r\n\r\nLine four after an empty line",
    "Carriage returns\r\r\nnext\rinside a paragraph and at the end\r",
    `${"x".repeat(3_000)} tail after a word longer than many lines`,
    words.repeat(120).trim(), // one paragraph taller than a row
    `${"y".repeat(170)} `.repeat(60).trim(), // long words that fall across the row cuts
    "首协会评论意见“引号”——破折号，与 Latin words 混排。".repeat(120),
    `${"😀".repeat(400)} 𠀀𠀁𠀂 emoji and astral ideographs ${"𠀀".repeat(300)}`,
    `   leading spaces,  runs   of     spaces,\ttabs\tand trailing spaces   ${"word  ".repeat(400)}`,
    "联合检查组的建议正在落实之中，".repeat(500),
    "\n\n\nText after empty lines\n\n",
    `${words.repeat(40)}\n${words.repeat(3)}\n`.repeat(4),
    "p\n".repeat(120),
    "one paragraph that ends in a carriage return\r",
    "a lone\rcarriage return inside one paragraph",
    `${words.repeat(60)}\r${words.repeat(60)}`,
    `${words.repeat(20)}\r\n`.repeat(8),
  ];
}

/** A synthetic register whose recommendation texts and assessments are the awkward texts. */
function awkwardGrid(): WorkbookGrid {
  const grid = syntheticWorkbookGrid(400, 11);
  const sheet = grid.sheets[0];
  if (!sheet) throw new Error("The synthetic grid has no sheet");
  const textColumn = SYNTHETIC_HEADERS.indexOf("Recommendation");
  const assessmentColumn = SYNTHETIC_HEADERS.indexOf("Management assessment");
  const texts = awkwardTexts();
  const cells: CellValue[][] = sheet.cells.map((row, index) => {
    if (index === 0) return [...row];
    const copy = [...row];
    copy[textColumn] = texts[index % texts.length] ?? null;
    copy[assessmentColumn] = texts[(index * 7 + 3) % texts.length] ?? null;
    return copy;
  });
  return { sheets: [{ ...sheet, cells }] };
}

interface Case {
  readonly name: string;
  readonly grid: () => WorkbookGrid;
  readonly asOf: IsoDate;
}

const CASES: readonly Case[] = [
  { name: "sample", grid: sampleWorkbookGrid, asOf: SAMPLE_AS_OF },
  { name: "synthetic 2,000", grid: () => syntheticWorkbookGrid(2_000, 7), asOf: SYNTHETIC_AS_OF },
  {
    name: "synthetic 1,000, half Chinese",
    grid: () => syntheticWorkbookGrid(1_000, 3, { chineseShare: 0.5 }),
    asOf: SYNTHETIC_AS_OF,
  },
  { name: "awkward texts", grid: awkwardGrid, asOf: SYNTHETIC_AS_OF },
];

const LANGUAGES: readonly Language[] = ["en", "zh"];

/** Hashes of one case: register, summary, and each sheet and the decision text in each language. */
function hashesOf(testCase: Case): Record<string, string> {
  const outcome = parseWorkbook(testCase.grid());
  if (!outcome.ok) throw new Error(`${testCase.name}: ${outcome.problem.message}`);
  const register: Register = outcome.register;
  const summary = summarize(register, testCase.asOf);
  const hashes: Record<string, string> = { register: sha256(register), summary: sha256(summary) };
  for (const lang of LANGUAGES) {
    for (const sheet of [layoutSummarySheet(summary, lang), ...layoutAnnexes(register, summary, lang)]) {
      hashes[`${lang} ${sheet.kind}`] = sha256(sheet);
    }
    hashes[`${lang} decision`] = sha256(decisionText(summary, lang));
  }
  return hashes;
}

/**
 * Recorded before the performance work (commit 0fbde6b's parser, summary and layout). Updated once, for
 * issue 10's deliberate changes: the register and summary carry new fields (identifiers as objects, the
 * addressee's own name, inferred acceptance, first reports, the "closed" status count); a recommendation
 * reported for the first time is noted "First report" (was "New"), and when closed now it is shown in the
 * annexes and proposed for closure. With those two reverted, every sheet and decision hash was unchanged.
 */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sample: {
    register: "e22ab5381b39a8647a81c2c531ee85f7",
    summary: "e9b792b6778c35e934e6d382fbbc27df",
    "en summary": "a1a675ed1fe3d04d3beaa867da9d8896",
    "en annexI": "66b4ae4974c566269aa265a52d0eb8f5",
    "en annexII": "011fceba3a28c8af53e8cafe5f52573e",
    "en annexIII": "3223689eb99edc6673cd6c358c3b6124",
    "en decision": "8686af2e0a33bbbf45c11c65a1fa6d61",
    "zh summary": "3f61c918bc3f915a8050cd744e632cc4",
    "zh annexI": "3cf6272a3369a4b865fa601128a9e3c9",
    "zh annexII": "55a83eab7d9051295ffa95f5e4f0f96e",
    "zh annexIII": "1933387440f77e1be949828dcd9eefa0",
    "zh decision": "8f9b94cce5cb4fd6bb81c7b1af926f7f",
  },
  "synthetic 2,000": {
    register: "50b069edae1330f83dfea2de2dbf460e",
    summary: "e61ca15ae16dc98f66c1e871304d9da1",
    "en summary": "4a0b163db88e5ecaa5cb5d1d81e12acd",
    "en annexI": "d774cd1691cf8338fd463addee5bb905",
    "en annexII": "df9ca109f2df504147297112c44d76ee",
    "en annexIII": "3130137403ac6a3f32094e61c3623e28",
    "en decision": "be8b5abc50045ccc26da0364a04b9f54",
    "zh summary": "a0242a2b4de959ea9686c745e26073d3",
    "zh annexI": "d7cc6c8b6acffb785577ace9ac17ffbb",
    "zh annexII": "e76aab43c282e637b9fccbd412bdb653",
    "zh annexIII": "e3a2b95e5a32f639e0dc002b2fc5d7bf",
    "zh decision": "45320f06c979ca1d2ee9f62e83e20076",
  },
  "synthetic 1,000, half Chinese": {
    register: "4e521c7cd99dcc161b3c641bb44da7d3",
    summary: "43d647b907390560b4cef829891c6499",
    "en summary": "d667e88fa23ab2dd11e112d838e47d87",
    "en annexI": "289848cbacd71ae5065ac56f8a753937",
    "en annexII": "7dc0bce93d70211eb1c35c49e0a3bb38",
    "en annexIII": "9da98c6ee351951c672a79f4daf52beb",
    "en decision": "ece8b17431807feed1994d2e964aa6bd",
    "zh summary": "f8ef6a656b8244381c5c4166f20bda15",
    "zh annexI": "60526b1d5037f3b91805d365e20d2f00",
    "zh annexII": "912a436329305a0ca61874fe4eefcfe4",
    "zh annexIII": "3b2f32de02df01d6c6bdc1d0d9b4ad68",
    "zh decision": "1e1d68f5c3c531b1c1c281c2b702da77",
  },
  "awkward texts": {
    register: "3e5bb003e665bcb2d3b82ad8de090d84",
    summary: "11c0bad19c2630fb9dad50fc782c0721",
    "en summary": "af9dc4113e8be46f2b7c720eccd90bbb",
    "en annexI": "c9071b81c132ad96442b62e8e5769a3d",
    "en annexII": "ea6f2387cd169126edb2a5996375557a",
    "en annexIII": "d1015c5b8d694c6e7d5ab5061e9fab51",
    "en decision": "b0036b5e211debf5e7d3410c7b5e1771",
    "zh summary": "c27e92794ee17c63051aed6b6dab5dfd",
    "zh annexI": "22094126290d317e28726dc7d5970db0",
    "zh annexII": "0071654c135d6cc089da6290b6338ae1",
    "zh annexIII": "b4d2c3d4ceac77b2df756fb1d56790b6",
    "zh decision": "e5484354e2dc953d6b8f17a610b5eb42",
  },
};

describe("parsing, summary and layout stay byte-identical (hashes of their JSON)", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", (name, testCase) => {
    expect(hashesOf(testCase)).toEqual(EXPECTED[name]);
  });
});
