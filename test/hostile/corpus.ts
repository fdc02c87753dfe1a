/**
 * The corpus of bad workbooks (issue 6), generated rather than committed. Each case writes its file into
 * a folder; grid-level cases also carry their workbook description, so the adapter on the in-memory Excel
 * gets the same cells. `scripts/make-hostile-corpus.ts` writes them all to a folder for a look in Excel.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { dateCell, errorCell, linkCell, REQUIRED_HEADERS } from "../fixtures";
import {
  compoundFile,
  escapeXml,
  worksheetXml,
  writeRawXlsx,
  writeTruncated,
  writeZipBomb,
} from "./raw-files";
import { MAX_SHEET_ROWS, writeMillionRowRegister } from "./big-sheet";
import {
  brokenFormula,
  FORMULA_ERRORS,
  rawSheet,
  registerSheet,
  type RowSpec,
  type SpecCell,
  type WorkbookSpec,
} from "./workbook-spec";
import { writeSpecXlsx } from "./write-xlsx";
import { ALL_COLUMNS } from "../fixtures";

export interface HostileCase {
  readonly id: string;
  /** What the file holds, in a few words (the README's table uses it). */
  readonly what: string;
  /** The file's name in the corpus folder. */
  readonly file: string;
  /** For grid-level cases: the workbook description, also given to the adapter. */
  readonly spec?: WorkbookSpec;
  /** Writes the file (from `spec` when there is one) and resolves to its path. */
  write(folder: string): Promise<string>;
}

function specCase(id: string, what: string, spec: WorkbookSpec): HostileCase {
  const file = `${id}.xlsx`;
  return { id, what, file, spec, write: (folder) => writeSpecXlsx(spec, join(folder, file)) };
}

function fileCase(
  id: string,
  what: string,
  file: string,
  write: (path: string) => void | Promise<void>,
): HostileCase {
  return {
    id,
    what,
    file,
    write: async (folder) => {
      const path = join(folder, file);
      await write(path);
      return path;
    },
  };
}

/** Two valid recommendations, outstanding and closed, of one report. */
const TWO_ROWS: readonly RowSpec[] = [
  {
    reportSymbol: "JIU/REP/2021/6",
    recommendationNumber: 1,
    implementation: "In progress",
    previousImplementation: "In progress",
  },
  { reportSymbol: "JIU/REP/2021/6", recommendationNumber: 2 },
];

/** Every register column, with one long title row and blank rows above the header. */
function titleRows(count: number): SpecCell[][] {
  return Array.from({ length: count }, (_, i) =>
    i === 0
      ? ["Register of JIU recommendations (for the progress report)"]
      : i === 1
        ? ["As of 28 February 2023"]
        : [],
  );
}

function headerAt(row: number, id: string, what: string): HostileCase {
  const above = titleRows(row - 1);
  const sheet = registerSheet(TWO_ROWS);
  return specCase(id, what, { sheets: [{ ...sheet, cells: [...above, ...sheet.cells] }] });
}

const LONG = 32_767;
/** Text of exactly `length` UTF-16 units that mixes scripts, so that nothing about it is plain ASCII. */
function longText(length: number): string {
  const unit = "Recommendation 建议 توصية Рекомендация. ";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const RTL_TEXT = "يجب على الرؤساء التنفيذيين تقديم تقرير — ההמלצה מיושמת (2023)";
export const COMBINING_TEXT = "Re\u0301sume\u0301 de l’e\u0301tat d’avancement — Z\u0327\u0301a\u0308lgo";
export const EMOJI_TEXT = "Done ✅ 👍🏽 👩‍👩‍👧‍👦 🇺🇳 (see 📎)";

/** Status words in the other UN languages (read as the register's own since issue 15), with the English word each stands for. */
export const FOREIGN_STATUSES: readonly {
  readonly column: "acceptance" | "implementation";
  readonly text: string;
  readonly language: string;
  readonly english: string;
}[] = [
  { column: "acceptance", text: "Acceptée", language: "French", english: "Accepted" },
  { column: "acceptance", text: "Aceptada", language: "Spanish", english: "Accepted" },
  { column: "acceptance", text: "Принята", language: "Russian", english: "Accepted" },
  { column: "acceptance", text: "مقبولة", language: "Arabic", english: "Accepted" },
  { column: "acceptance", text: "Non acceptée", language: "French", english: "Not accepted" },
  { column: "implementation", text: "En cours", language: "French", english: "In progress" },
  { column: "implementation", text: "Aplicada", language: "Spanish", english: "Implemented" },
  { column: "implementation", text: "Mise en œuvre", language: "French", english: "Implemented" },
];

/** Status words with invisible or odd spacing that must still be read. */
export const ODD_SPACING: readonly RowSpec[] = [
  { acceptance: "Accepted\u00A0", implementation: "\u3000In progress" },
  { acceptance: " Accepted ", implementation: "In\u00A0progress", addressee: "Exec\u200Butive head" },
  { acceptance: "Ａｃｃｅｐｔｅｄ", implementation: "Ｉｍｐｌｅｍｅｎｔｅｄ" },
  { acceptance: "\uFEFFAccepted", implementation: "Implemented\u200D", reportSymbol: "JIU/REP/2021/3\u200B" },
  { acceptance: "ACCEPTED\t", implementation: "implemented\r\n", addressee: "Executive\u2003head" },
];

function everyColumnBroken(): RowSpec[] {
  return FORMULA_ERRORS.map(
    (code) => Object.fromEntries(ALL_COLUMNS.map((id) => [id, brokenFormula(code)])) as unknown as RowSpec,
  );
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  fileCase("empty-workbook", "a workbook with one empty sheet", "empty-workbook.xlsx", async (path) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1");
    await workbook.xlsx.writeFile(path);
  }),
  fileCase("no-sheets", "a package with no worksheet at all", "no-sheets.xlsx", (path) =>
    writeRawXlsx(path, []),
  ),
  specCase("header-only", "a register with only its header row", { sheets: [registerSheet([])] }),
  headerAt(10, "header-row-10", "the header in row 10, under a title"),
  headerAt(11, "header-row-11", "the header in row 11 (not within the first 10 rows)"),
  specCase("no-header", "data with no header row", {
    sheets: [
      rawSheet("Data", [
        ["JIU/REP/2021/6", "Review", 1, "Executive head"],
        ["JIU/REP/2021/6", "Review", 2, "Executive head"],
      ]),
    ],
  }),
  specCase("duplicate-headers", "two columns both headed Acceptance", {
    sheets: [
      rawSheet("Register", [
        [...REQUIRED_HEADERS, "Acceptance"],
        ["JIU/REP/2021/6", "T", 1, "Executive head", "R", "A", "Accepted", "In progress", "D", "Accepted"],
      ]),
    ],
  }),
  specCase("missing-required", "no Acceptance and no Responsible column", {
    sheets: [
      rawSheet("Register", [
        REQUIRED_HEADERS.filter((h) => h !== "Acceptance" && h !== "Responsible"),
        ["JIU/REP/2021/6", "T", 1, "Executive head", "R", "A", "In progress"],
      ]),
    ],
  }),
  specCase(
    "merged-cells",
    "report symbol and title merged down the rows of one report; acceptance merged over two rows",
    {
      sheets: [
        registerSheet(
          [
            { reportSymbol: "JIU/REP/2021/6", recommendationNumber: 1 },
            { reportSymbol: null, reportTitle: null, recommendationNumber: 2, acceptance: null },
            { reportSymbol: null, reportTitle: null, recommendationNumber: 3 },
          ],
          { merges: ["A2:A4", "B2:B4", "H2:H3"] },
        ),
      ],
    },
  ),
  specCase("formula-errors", "#N/A, #REF! and #VALUE! left by formulas in every column", {
    sheets: [registerSheet(everyColumnBroken())],
  }),
  specCase("numbers-for-text", "numbers where text is expected", {
    sheets: [
      registerSheet([
        {
          reportSymbol: 2021,
          reportTitle: 2021,
          addressee: 1,
          recommendationText: 42,
          acceptance: 1,
          implementation: 2,
          responsible: 7,
        },
        { reportSymbol: "JIU/REP/2021/6", recommendationText: 42, responsible: 7, assessment: 3.5 },
      ]),
    ],
  }),
  specCase("text-for-numbers", "text where numbers are expected", {
    sheets: [
      registerSheet(
        [
          { recommendationNumber: "four" },
          { recommendationNumber: "4a" },
          { recommendationNumber: "２" },
          { recommendationNumber: " 3 " },
          { recommendationNumber: 2.5 },
          { recommendationNumber: "5", deadline: "next year" },
        ],
        { keepNumbers: true },
      ),
    ],
  }),
  specCase("dates", "dates as serials, ISO text, locale text and impossible dates", {
    sheets: [
      registerSheet([
        { deadline: 44985 },
        { deadline: "2023-02-28", lastUpdated: "2023-01-15" },
        { deadline: "28/02/2023" },
        { deadline: "02/28/2023" },
        { deadline: "2023-02-30" },
        { lastUpdated: "2023-13-01" },
        { deadline: dateCell("2022-12-31"), lastUpdated: dateCell("2023-01-15") },
      ]),
    ],
  }),
  specCase("foreign-statuses", "status words in French, Spanish, Russian and Arabic, read as their meaning", {
    sheets: [
      registerSheet(
        FOREIGN_STATUSES.map(({ column, text }) =>
          column === "acceptance" ? { acceptance: text } : { implementation: text },
        ),
      ),
    ],
  }),
  specCase("odd-spacing", "status words with non-breaking, full-width and zero-width characters", {
    sheets: [registerSheet(ODD_SPACING)],
  }),
  specCase("long-and-mixed-text", "32,767-character cells, right-to-left and combining text, emoji", {
    sheets: [
      registerSheet([
        {
          recommendationText: longText(LONG),
          assessment: longText(LONG),
          implementation: "In progress",
          previousImplementation: "In progress",
        },
        {
          recommendationText: RTL_TEXT,
          assessment: COMBINING_TEXT,
          implementation: "In progress",
          previousImplementation: "In progress",
          responsible: EMOJI_TEXT,
        },
        {
          reportTitle: `${RTL_TEXT} ${EMOJI_TEXT}`,
          reportSymbol: "JIU/REP/2020/1",
          acceptance: `Acepted ${EMOJI_TEXT.repeat(8)}`,
        },
      ]),
    ],
  }),
  specCase("hidden-and-filtered", "hidden rows and rows filtered out by an AutoFilter", {
    sheets: [
      registerSheet([{}, { acceptance: "Acepted" }, {}, { implementation: "Done-ish" }, {}], {
        hiddenRows: [3, 5],
        autoFilter: "A1:Q6",
      }),
    ],
  }),
  specCase("table-with-totals", "the register as an Excel table with a totals row", {
    sheets: [registerSheet(TWO_ROWS, { table: { name: "Register", totalsRow: true } })],
  }),
  specCase("two-registers", "two sheets that both look like registers", {
    sheets: [
      registerSheet(TWO_ROWS, { sheet: "Register 2022" }),
      registerSheet([{ acceptance: "Acepted" }], { sheet: "Register 2023" }),
    ],
  }),
  fileCase(
    "max-rows-sparse",
    "a register whose last row is row 1,048,576 (a stray value at the bottom)",
    "max-rows-sparse.xlsx",
    (path) => writeMillionRowRegister(path, { dataRows: 3, strayValueAtBottom: true }),
  ),
  fileCase(
    "dimension-claim",
    "a sheet whose <dimension> claims A1:XFD1048576 but holds 3 rows",
    "dimension-claim.xlsx",
    (path) => writeMillionRowRegister(path, { dataRows: 3, dimension: `A1:XFD${MAX_SHEET_ROWS}` }),
  ),
  fileCase(
    "too-many-rows",
    "a register of 100,001 rows, one more than a register may have",
    "too-many-rows.xlsx",
    (path) => writeMillionRowRegister(path, { dataRows: 100_001 }),
  ),
  fileCase("word-document", "a Word document renamed .xlsx", "minutes.xlsx", async (path) => {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    );
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    zip.file(
      "word/document.xml",
      '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>',
    );
    writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }),
  fileCase("max-rows-dense", "a register filling all 1,048,576 rows", "max-rows-dense.xlsx", (path) =>
    writeMillionRowRegister(path, { dataRows: MAX_SHEET_ROWS - 1 }),
  ),
  fileCase("not-xlsx", "a PDF renamed .xlsx", "report.xlsx", (path) =>
    writeFileSync(
      path,
      Buffer.concat([Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1"), Buffer.alloc(64, 0x80)]),
    ),
  ),
  fileCase("empty-file", "a file of 0 bytes", "empty.xlsx", (path) => writeFileSync(path, "")),
  fileCase("truncated", "an .xlsx cut off at 60%", "truncated.xlsx", async (path) => {
    const whole = `${path}.whole.xlsx`;
    await writeSpecXlsx({ sheets: [registerSheet(TWO_ROWS)] }, whole);
    writeTruncated(whole, path, 0.6);
    rmSync(whole);
  }),
  fileCase(
    "password-protected",
    "a password-protected .xlsx (an OLE2 file with EncryptionInfo)",
    "locked.xlsx",
    (path) => writeFileSync(path, compoundFile(["EncryptionInfo", "EncryptedPackage"])),
  ),
  fileCase("xls", "an Excel 97-2003 .xls (an OLE2 file with a Workbook stream)", "old.xls", (path) =>
    writeFileSync(path, compoundFile(["Workbook", "\u0005SummaryInformation"])),
  ),
  fileCase("csv", "a .csv export of the register", "register.csv", (path) =>
    writeFileSync(
      path,
      `${REQUIRED_HEADERS.join(",")}\nJIU/REP/2021/6,"Review, with a comma",1,Executive head,Do it,Done,Accepted,Implemented,Director\n`,
    ),
  ),
  fileCase("zip-bomb", "a zip bomb: 2 MB that would inflate to 2 GB", "bomb.xlsx", (path) =>
    writeZipBomb(path, 2),
  ),
  fileCase(
    "zip-bomb-lying",
    "a zip bomb whose directory claims its sheet is 4 KB",
    "lying-bomb.xlsx",
    (path) => writeZipBomb(path, 2, true),
  ),
];

export function hostileCase(id: string): HostileCase {
  const found = HOSTILE_CASES.find((c) => c.id === id);
  if (!found) throw new Error(`no hostile case ${id}`);
  return found;
}

export { errorCell, linkCell, escapeXml, worksheetXml };
