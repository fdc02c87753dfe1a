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
} from "../../dev/synthetic/synthetic-register";
import { problemText } from "../fixtures/problem";

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
  if (!outcome.ok) throw new Error(`${testCase.name}: ${problemText(outcome.problem).message}`);
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
 * Then the synthetic registers: a closed recommendation without a drawn previous status now has its current
 * one (closed before too), so that their annexes hold what they held before first reports were shown; the
 * synthetic cases' hashes were recorded again.
 * Issue 13: row heights fit Latin text more closely (a Latin character 0.5 em wide, not 0.56; a line of text
 * without CJK characters 1.3 em high, not 1.5), which changes the sheets' row heights and page breaks alone:
 * the sheets holding Latin text were recorded again; the register, summary and decision hashes are unchanged.
 * Issue 14: the summary carries the changes since the last report and the outstanding trend, and the
 * summary sheet gains the "Changes since the last report" table: the summary and summary-sheet hashes were
 * recorded again; the register, annex and decision hashes are unchanged (no case has a History sheet).
 */
const EXPECTED: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  sample: {
    register: "e22ab5381b39a8647a81c2c531ee85f7",
    summary: "dc863df774e248c06d41bac917fff4aa",
    "en summary": "81cad9c9c8418d2ef77b6fb777c0b008",
    "en annexI": "ab6cd48d2ea8d8887b3eb51aa26ce670",
    "en annexII": "40749ff697a91f6419a8dff2e4aef98d",
    "en annexIII": "98977a3af08e4c9f4421d341e4b23d6f",
    "en decision": "8686af2e0a33bbbf45c11c65a1fa6d61",
    "zh summary": "897a5b99415b95f522170eb746097de9",
    "zh annexI": "3cf6272a3369a4b865fa601128a9e3c9",
    "zh annexII": "55a83eab7d9051295ffa95f5e4f0f96e",
    "zh annexIII": "1933387440f77e1be949828dcd9eefa0",
    "zh decision": "8f9b94cce5cb4fd6bb81c7b1af926f7f",
  },
  "synthetic 2,000": {
    register: "1372a87893443972c75631384049b11a",
    summary: "14ac4e50bbe6c0d648f1ebfa0e790ab3",
    "en summary": "f34a89a948b1793c62473ae597e83def",
    "en annexI": "9e124a0782b273f612baa980bb759070",
    "en annexII": "adb5b50f91a5e393f5e7093a67d56d09",
    "en annexIII": "e5b0858f20d4479d029ede16b3165aac",
    "en decision": "d5d357635cb826defb77d97828f2081d",
    "zh summary": "1a5101821ccb791b0885602bfb91fd96",
    "zh annexI": "fc84dc8b6fdabe46009476ced7af07f3",
    "zh annexII": "3f2ca4478dbcb3740ac118da6a8a1061",
    "zh annexIII": "28b920586138be21e5cf10e499cc6949",
    "zh decision": "2e7a14eb20c9b5e885582efbdf076e83",
  },
  "synthetic 1,000, half Chinese": {
    register: "4fd1d9ed7accc01c3db512f565ff9049",
    summary: "a43b44ad1e3f519d7e11b61273ddf972",
    "en summary": "f0fc3875fba90fa2936767dddd6fdd5e",
    "en annexI": "9b4275ed2757c0bc06c027dd95222750",
    "en annexII": "029357d97b6c0e03ef9f717afae3bbf1",
    "en annexIII": "31396be33df3192313c8389a0cfb8fa2",
    "en decision": "36f34e981f8913197a21c7529a4d7fb4",
    "zh summary": "31c4cdf2868158d17e2a718898ef3165",
    "zh annexI": "dac143520a9ae3d5b57a3322ca1efbd8",
    "zh annexII": "426816078407debafde50112d6086b13",
    "zh annexIII": "f3f95931ddf575340cc8c32349f4d5c9",
    "zh decision": "5aba5803435949de9b17d52b60290ef9",
  },
  "awkward texts": {
    register: "8162936c9af6b1660a721bdd56ca3538",
    summary: "5289306d426479f920260d179e60b433",
    "en summary": "112221c07477d7c5d5eca73b06abf930",
    "en annexI": "e274ce62486773ca6679afbee22c73ee",
    "en annexII": "33f0a5b52cae9cd50c2fa8dc71983171",
    "en annexIII": "4881816f699986b8c3b14d21a8475cbe",
    "en decision": "8a3109419da7fde0db88a10a07946e8c",
    "zh summary": "bb5618d897e56f807d8acc2ceac66863",
    "zh annexI": "62d1e4a8d7218fcd73d7ae1499d5f2b6",
    "zh annexII": "cd0f5f78bd879a00297e459222fc587d",
    "zh annexIII": "ae294a3a71dc985ef8a2ad04da539077",
    "zh decision": "6414f64b126982ad99e0c68c8d71a79b",
  },
};

describe("parsing, summary and layout stay byte-identical (hashes of their JSON)", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", (name, testCase) => {
    expect(hashesOf(testCase)).toEqual(EXPECTED[name]);
  });
});
