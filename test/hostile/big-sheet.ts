/**
 * Registers at the sheet's limit of 1,048,576 rows, written straight as SpreadsheetML through zlib:
 * a full sheet takes a few seconds this way, where ExcelJS's streaming writer takes half a minute.
 */
import { REQUIRED_HEADERS } from "../fixtures";
import { worksheetXml, writeRawXlsx } from "./raw-files";

export const MAX_SHEET_ROWS = 1_048_576;

export interface MillionRowOptions {
  /** Data rows under the header, from row 2. */
  readonly dataRows: number;
  /** Also put a stray value in column A of the sheet's last row. */
  readonly strayValueAtBottom?: boolean;
  /** A `<dimension>` claim, whatever the cells say. */
  readonly dimension?: string;
  /** Every row wrong in most columns (bad symbol, number, addressee, statuses; title and text missing). */
  readonly faulty?: boolean;
}

const COLUMNS = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
/** Shared strings: the nine headers, then the values the rows repeat. */
const STRINGS = [
  ...REQUIRED_HEADERS,
  "JIU/REP/2021/6",
  "Review of the management of implementing partners",
  "Executive head",
  "Strengthen the oversight of implementing partners.",
  "Being done.",
  "Accepted",
  "In progress",
  "Director, Oversight",
  "JIU/REP/21/6",
  "four",
  "Head of something",
  "Acepted",
  "Done-ish",
  "stray",
];
const STRAY = STRINGS.length - 1;
const ROWS_PER_CHUNK = 4096;

function headerRow(): string {
  return `<row r="1">${COLUMNS.map((c, i) => `<c r="${c}1" t="s"><v>${i}</v></c>`).join("")}</row>`;
}

/** A valid outstanding recommendation on row `r`, numbered r - 1 so that no two collide. */
function dataRow(r: number): string {
  const s = (column: string, index: number) => `<c r="${column}${r}" t="s"><v>${index}</v></c>`;
  return (
    `<row r="${r}">${s("A", 9)}${s("B", 10)}<c r="C${r}"><v>${r - 1}</v></c>${s("D", 11)}` +
    `${s("E", 12)}${s("F", 13)}${s("G", 14)}${s("H", 15)}${s("I", 16)}</row>`
  );
}

/** A row that breaks rules E01, E02, E04, E05, E06, E09 and E10 at once. */
function faultyRow(r: number): string {
  const s = (column: string, index: number) => `<c r="${column}${r}" t="s"><v>${index}</v></c>`;
  return `<row r="${r}">${s("A", 17)}${s("C", 18)}${s("D", 19)}${s("F", 13)}${s("G", 20)}${s("H", 21)}${s("I", 16)}</row>`;
}

function* sheetChunks(options: MillionRowOptions): Generator<Buffer> {
  const [head = "", tail = ""] = worksheetXml("\u0000", options.dimension).split("\u0000");
  yield Buffer.from(head + headerRow(), "utf8");
  const last = options.dataRows + 1;
  for (let first = 2; first <= last; first += ROWS_PER_CHUNK) {
    let xml = "";
    const row = options.faulty ? faultyRow : dataRow;
    for (let r = first; r < Math.min(first + ROWS_PER_CHUNK, last + 1); r += 1) xml += row(r);
    yield Buffer.from(xml, "utf8");
  }
  if (options.strayValueAtBottom) {
    yield Buffer.from(
      `<row r="${MAX_SHEET_ROWS}"><c r="A${MAX_SHEET_ROWS}" t="s"><v>${STRAY}</v></c></row>`,
      "utf8",
    );
  }
  yield Buffer.from(tail, "utf8");
}

/**
 * Writes a one-sheet register ("Register") of up to 1,048,575 valid rows under the nine required headers.
 *
 * @example writeMillionRowRegister("/tmp/full.xlsx", { dataRows: 1_048_575 })
 */
export function writeMillionRowRegister(path: string, options: MillionRowOptions): void {
  writeRawXlsx(path, [{ name: "Register", xml: sheetChunks(options) }], STRINGS);
}
