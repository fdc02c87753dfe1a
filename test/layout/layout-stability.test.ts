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

/** Recorded before the performance work (commit 0fbde6b's parser, summary and layout). */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sample: {
    register: "c0354b6be1716e756ad68f77ced15eeb",
    summary: "a69c7ca3848681eafd9cdb2b0ad72908",
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
    register: "1dd46edfba3841cd7188bf668cafd9c6",
    summary: "94ff81a258407157fd6f750d8a15a905",
    "en summary": "8437883aa7c0c264cf37abc5c5a56d81",
    "en annexI": "b0602660e23f01d03e4c0b09da0ef105",
    "en annexII": "df23e8912e71f3bc93d005cca1cc9166",
    "en annexIII": "3130137403ac6a3f32094e61c3623e28",
    "en decision": "6d142f09e20ab12dd1b9f5d245f9589f",
    "zh summary": "678b8bdfeb427590b785ada57852f944",
    "zh annexI": "4d19bb16120a0845fcd2d24e08e37db0",
    "zh annexII": "2b2261a6e302a4f7a774396a2abc57a0",
    "zh annexIII": "e3a2b95e5a32f639e0dc002b2fc5d7bf",
    "zh decision": "84f769c515918f5ebe8f8e0f1610b9b7",
  },
  "synthetic 1,000, half Chinese": {
    register: "34c08dca2d938981c1cd73c660cb93eb",
    summary: "5cea21a3e768eb5afedd9aa21e513713",
    "en summary": "1ef38d7a2e003db12abada0248e07cc7",
    "en annexI": "1eaa1126366861f2b3eb8e998befc8a2",
    "en annexII": "569bcaff64e6ade8a2d9aeae2b0520ed",
    "en annexIII": "9da98c6ee351951c672a79f4daf52beb",
    "en decision": "aed89a1902c6f4944ca980f4d3e0a578",
    "zh summary": "6d3c7778dc8bd7814822ec15266b4a12",
    "zh annexI": "fe9c88be1115550db21c83b1ec78b430",
    "zh annexII": "ef8891d0b10838e34929d5e7ff6755b1",
    "zh annexIII": "3b2f32de02df01d6c6bdc1d0d9b4ad68",
    "zh decision": "8074bbdc5fd9a480e45fd78137d4e4c0",
  },
  "awkward texts": {
    register: "c102f6dd4db1e155814513d6761fe864",
    summary: "891020030f7b198f2a54863c5664655a",
    "en summary": "e9642bc01d1dff0f0a92e5cb42d882d4",
    "en annexI": "e64eec4f5390a324d2d7e8634d1f954b",
    "en annexII": "165c4803886e30c5ebf8b764bb92c5d2",
    "en annexIII": "d1015c5b8d694c6e7d5ab5061e9fab51",
    "en decision": "248c09b9247aab8eccb7072f0b51a828",
    "zh summary": "0bdb91cbe997579507023a60d9bc5bc3",
    "zh annexI": "bc987a08356d27fd504f81056c01aa53",
    "zh annexII": "bb14af583bdb3613cb640bcf8cb9bdf1",
    "zh annexIII": "b4d2c3d4ceac77b2df756fb1d56790b6",
    "zh decision": "f685833dac5847f6da7846d3e568e806",
  },
};

describe("parsing, summary and layout stay byte-identical (hashes of their JSON)", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", (name, testCase) => {
    expect(hashesOf(testCase)).toEqual(EXPECTED[name]);
  });
});
