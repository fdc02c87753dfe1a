/**
 * Random registers for the property tests, as workbooks (grids), valid and corrupted: each cell is a valid
 * value, a look-alike the parser must accept (case, width, spacing, Chinese, two-digit years, numbers as text),
 * garbage, a blank or a formula error. Weights keep most cells valid so that the counting and the annexes are
 * exercised, while every kind of fault still turns up in a few hundred runs.
 */
import fc from "fast-check";
import type { CellValue, WorkbookGrid } from "../../src/core/grid";
import type { ColumnId } from "../../src/core/model";
import { REQUIRED_COLUMNS } from "../../src/core/parse";
import { CHINESE_HEADERS, dateCell, ENGLISH_HEADERS, errorCell, linkCell } from "../fixtures";

const blank = fc.constantFrom<CellValue>(null, "", " ", "\u00A0", "\u200B", "\u3000");
const formulaError = fc.constantFrom("#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?").map(errorCell);

/** Text a person might type or paste, including what would be active in a spreadsheet or a web page. */
export const HOSTILE_TEXTS: readonly string[] = [
  "=1+1",
  '=HYPERLINK("http://evil.example","click")',
  "+SUM(A1:A2)",
  "-2+3",
  "@SUM(A1)",
  "\t=cmd|' /C calc'!A0",
  "\r\n=1+1",
  "'quoted",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "&amp; &lt;b&gt;",
  "_x0041_",
  "يجب على الرؤساء التنفيذيين تقديم تقرير",
  "e\u0301te\u0301 Z\u0327\u0301a\u0308lgo",
  "Done ✅ 👍🏽 👩‍👩‍👧‍👦 🇺🇳",
  "line one\nline two",
  "人力资源管理部（人力部）部长",
];

const text = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom("Strengthen oversight.", "Review the policy.", "Report annually."),
  },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_TEXTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** A cell of a column: mostly `valid`, sometimes a look-alike, garbage, blank or formula error. */
function cellOf(
  valid: fc.Arbitrary<CellValue>,
  lookAlike: fc.Arbitrary<CellValue>,
  garbage: fc.Arbitrary<CellValue>,
): fc.Arbitrary<CellValue> {
  return fc.oneof(
    { weight: 12, arbitrary: valid },
    { weight: 3, arbitrary: lookAlike },
    { weight: 1, arbitrary: garbage },
    { weight: 1, arbitrary: blank },
    { weight: 1, arbitrary: formulaError },
  );
}

const word = (...words: string[]) => fc.constantFrom<CellValue>(...words);

const symbol = fc
  .record({
    kind: fc.constantFrom("REP", "NOTE", "ML"),
    year: fc.integer({ min: 2014, max: 2022 }),
    number: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ kind, year, number }) => `JIU/${kind}/${year}/${number}`);

const links = fc.constantFrom<CellValue>(
  "https://www.unjiu.org/content/reports",
  "http://example.org/a?b=c#d",
  linkCell("Report", "https://www.unjiu.org/r"),
  linkCell("Evil", "javascript:alert(1)"),
  "www.unjiu.org",
  "javascript:alert(document.cookie)",
  "file:///C:/Windows/System32/calc.exe",
  "data:text/html,<script>alert(1)</script>",
  "/relative/path",
  "mailto:jiu@un.org",
  " https://www.unjiu.org/spaced ",
);

const dates = fc.oneof(
  fc
    .date({ min: new Date("2015-01-01"), max: new Date("2026-12-31"), noInvalidDate: true })
    .map((d) => dateCell(d.toISOString().slice(0, 10))),
  fc.constantFrom<CellValue>("2023-02-28", "2022-12-31", "2024-06-30"),
);

const yearsAcceptance = ["Accepted", "Not accepted", "Under consideration", "Not relevant"];
const yearsImplementation = ["Implemented", "In progress", "Not started"];

/** One arbitrary per column. */
export const COLUMN_CELLS: Readonly<Record<ColumnId, fc.Arbitrary<CellValue>>> = {
  organization: cellOf(word("WIPO", "世界知识产权组织"), word(" WIPO "), text),
  reportSymbol: cellOf(
    symbol,
    fc.oneof(
      symbol.map((s) => s.toLowerCase()),
      symbol.map((s) => ` ${s}\u200B`),
      word("JIU/REP/98/3", "JIU/NOTE/99/1", "ＪＩＵ/REP/2020/1"),
    ),
    fc.oneof(word("JIU/REP/21/6", "REP/2021/6", "2021", "JIU/REP/2021/6a"), text, fc.integer()),
  ),
  reportTitle: cellOf(word("Title A", "Title B"), word(" Title  A ", "Title B\u00A0"), text),
  reportLink: cellOf(links, links, text),
  recommendationNumber: cellOf(
    fc.integer({ min: 1, max: 8 }),
    fc.oneof(
      fc.integer({ min: 1, max: 8 }).map(String),
      word("４", " 3 ", "2\u200B", "3(a)", "3 (b)", "4 bis", "2.1", "(b)", "Informal recommendations"),
    ),
    fc.oneof(word("0", "-1", "four", "n/a", "1st"), fc.double({ noNaN: false }), fc.boolean()),
  ),
  addressee: cellOf(
    word("Legislative body", "Executive head", "立法机构", "行政首长"),
    word("legislative BODY", "Governing body", "Director-General", "Executive\u00A0head", "ＥＨ"),
    fc.oneof(word("Head", "Organe délibérant", "Jefe ejecutivo"), text, fc.integer()),
  ),
  recommendationText: cellOf(text, fc.constantFrom(...HOSTILE_TEXTS), fc.integer()),
  assessment: cellOf(text, fc.constantFrom(...HOSTILE_TEXTS), fc.double()),
  acceptance: cellOf(
    word(...yearsAcceptance, "已接受", "未予接受", "正在审议", "不相关"),
    word("ACCEPTED", " accepted\u200B", "Ａｃｃｅｐｔｅｄ", "Not\u00A0accepted", "Rejected"),
    fc.oneof(word("Acepted", "Aceptada", "Acceptée", "Принята", "Yes"), text, fc.integer()),
  ),
  implementation: cellOf(
    word(...yearsImplementation, "已落实", "正在落实", "尚未启动"),
    word("implemented", "In\u00A0progress", "Not applicable", "不适用", "N/A", "-"),
    fc.oneof(word("Done", "En cours", "Aplicada", "50%"), text, fc.integer()),
  ),
  // One Status column's phrases (WIPO WO/PBC/23/4: "fully implemented", "remain under consideration by these bodies").
  status: cellOf(
    word(...yearsImplementation, "Under consideration", "Not accepted", "Not relevant", "已落实", "正在审议"),
    word(
      "Partially implemented",
      "Fully implemented",
      "Accepted and implemented",
      "Closed",
      "No longer relevant",
    ),
    fc.oneof(word("Accepted", "Done", "En cours", "Remain under consideration by these bodies"), text),
  ),
  previousStatus: cellOf(
    word(...yearsImplementation, "Under consideration"),
    word("部分落实", "closed"),
    text,
  ),
  previousAcceptance: cellOf(word(...yearsAcceptance), word("已接受", "accepted "), text),
  previousImplementation: cellOf(word(...yearsImplementation), word("正在落实", "not started"), text),
  assessmentUpdated: cellOf(
    fc.constantFrom<CellValue>("Yes", "No", true, false),
    word("是", "否", "x", "TRUE", "✓"),
    fc.oneof(word("maybe", "Updated"), fc.integer()),
  ),
  responsible: cellOf(
    word("Chief Information Officer", "Director, Oversight", "人力资源管理部（人力部）部长"),
    word("Chief Informaton Officer", "人力资源部（人力部）部长", " Director,  Oversight "),
    text,
  ),
  deadline: cellOf(
    dates,
    word("2023-02-28\u200B", "２０２３-０２-２８"),
    word("28/02/2023", "2023-02-30", "soon", "44985"),
  ),
  lastUpdated: cellOf(
    dates,
    word("2023-01-15"),
    fc.oneof(word("2023-13-01", "15.01.2023"), fc.integer({ min: -10, max: 60000 })),
  ),
  cebComments: cellOf(links, links, text),
  otherDocuments: cellOf(links, links, text),
};

export type RowCells = Readonly<Partial<Record<ColumnId, CellValue>>>;

export interface RandomRegister {
  readonly columns: readonly ColumnId[];
  readonly chineseHeaders: boolean;
  /** Worksheet row of the header (1..10). */
  readonly headerRow: number;
  /** Worksheet column of the register's first column (1..3). */
  readonly firstColumn: number;
  /** null: an entirely empty row. */
  readonly rows: readonly (RowCells | null)[];
}

/** Besides Acceptance and Implementation: the register's status as one Status column, or Implementation alone. */
const STATUS_SHAPES: readonly (readonly ColumnId[])[] = [
  ["acceptance", "implementation"],
  ["status"],
  ["implementation"],
  ["acceptance", "status"],
];
const STATUS_IDS: readonly ColumnId[] = ["acceptance", "implementation", "status"];
const BASE_REQUIRED = REQUIRED_COLUMNS.filter((id) => !STATUS_IDS.includes(id));
const OPTIONAL = (Object.keys(COLUMN_CELLS) as ColumnId[]).filter(
  (id) => !REQUIRED_COLUMNS.includes(id) && !STATUS_IDS.includes(id),
);

const rowArb: fc.Arbitrary<RowCells> = fc.record(COLUMN_CELLS);

/**
 * A register on one sheet: the required columns and some optional ones in random order, English or Chinese
 * headers, the header in one of the first 10 rows, `maxRows` rows with an occasional empty one.
 */
export function registerArb(
  maxRows: number,
  size: fc.SizeForArbitrary = "small",
): fc.Arbitrary<RandomRegister> {
  return fc.record({
    columns: fc
      .tuple(fc.shuffledSubarray(OPTIONAL), fc.constantFrom(...STATUS_SHAPES))
      .chain(([optional, shape]) => {
        const all = [...BASE_REQUIRED, ...shape, ...optional];
        // A subarray as long as the array is a permutation: the columns in any order.
        return fc.shuffledSubarray(all, { minLength: all.length });
      }),
    chineseHeaders: fc.boolean(),
    headerRow: fc.integer({ min: 1, max: 10 }),
    firstColumn: fc.integer({ min: 1, max: 3 }),
    rows: fc.array(fc.option(rowArb, { freq: 12, nil: null }), { maxLength: maxRows, size }),
  });
}

/** The register's sheet as cells from A1, with a title above the header when there is room. */
export function registerCells(register: RandomRegister): CellValue[][] {
  const pad = Array.from({ length: register.firstColumn - 1 }, (): CellValue => null);
  const headers = register.chineseHeaders ? CHINESE_HEADERS : ENGLISH_HEADERS;
  const above: CellValue[][] = Array.from({ length: register.headerRow - 1 }, (_, i) =>
    i === 0 ? [...pad, "Register of JIU recommendations"] : [],
  );
  return [
    ...above,
    [...pad, ...register.columns.map((id) => headers[id])],
    ...register.rows.map((row) =>
      row === null ? [] : [...pad, ...register.columns.map((id) => row[id] ?? null)],
    ),
  ];
}

export const REGISTER_SHEET = "Register";

export function registerGridOf(register: RandomRegister): WorkbookGrid {
  return {
    sheets: [{ name: REGISTER_SHEET, cells: registerCells(register), origin: { row: 1, column: 1 } }],
  };
}

/** As-of dates around the registers' years. */
export const asOfArb = fc.constantFrom("2019-01-01", "2023-02-28", "2026-12-31");
