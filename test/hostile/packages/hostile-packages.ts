/**
 * Builders of hostile packages for the package-limit tests: each is written by the test that needs it,
 * with the small ZIP writer beside the other hostile tests, so no hostile binary is committed.
 */
import { REQUIRED_HEADERS } from "../../fixtures/grid";
import { escapeXml, worksheetXml, writeRawXlsx } from "../raw-files";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** The nine required headers, the shared fixture's. */
export const HEADERS = REQUIRED_HEADERS;

/** Shared-string indices of HEADERS, then the row texts. */
const ROW_TEXTS = [
  "JIU/REP/2021/6",
  "Review",
  "Executive head",
  "Do it.",
  "Doing it.",
  "Accepted",
  "In progress",
  "Director",
];
export const SHARED = [...HEADERS, ...ROW_TEXTS];

function s(text: string): number {
  return SHARED.indexOf(text);
}

function cell(ref: string, index: number): string {
  return `<c r="${ref}" t="s"><v>${index}</v></c>`;
}

/** A header row and `count` valid recommendations, as sheetData rows from row 1. */
export function registerRows(count: number, long: (row: number) => string | null = () => null): string {
  const header = `<row r="1">${HEADERS.map((h, i) => cell(`${String.fromCharCode(65 + i)}1`, s(h))).join("")}</row>`;
  const rows: string[] = [header];
  for (let n = 1; n <= count; n += 1) {
    const r = n + 1;
    const text = long(n);
    const recommendation =
      text === null
        ? cell(`E${r}`, s("Do it."))
        : `<c r="E${r}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
    rows.push(
      `<row r="${r}">${cell(`A${r}`, s("JIU/REP/2021/6"))}${cell(`B${r}`, s("Review"))}<c r="C${r}"><v>${n}</v></c>` +
        `${cell(`D${r}`, s("Executive head"))}${recommendation}${cell(`F${r}`, s("Doing it."))}` +
        `${cell(`G${r}`, s("Accepted"))}${cell(`H${r}`, s("In progress"))}${cell(`I${r}`, s("Director"))}</row>`,
    );
  }
  return rows.join("");
}

/** A valid register followed by `count` empty rows, each styled and holding `styledCells` styled empty cells. */
export function writeStyledEmptyRows(path: string, count: number, styledCells: number): void {
  const head = Buffer.from(worksheetXml(`${registerRows(3)}\u0000`).split("\u0000")[0] ?? "");
  const tail = Buffer.from("</sheetData></worksheet>");
  writeRawXlsx(
    path,
    [
      {
        name: "Register",
        xml: (function* () {
          yield head;
          const batch: string[] = [];
          for (let r = 5; r < 5 + count; r += 1) {
            const cells = Array.from(
              { length: styledCells },
              (_, i) => `<c r="${String.fromCharCode(65 + i)}${r}" s="1"/>`,
            );
            batch.push(
              `<row r="${r}" s="1" customFormat="1" ht="15" customHeight="1">${cells.join("")}</row>`,
            );
            if (batch.length === 10_000) {
              yield Buffer.from(batch.join(""));
              batch.length = 0;
            }
          }
          yield Buffer.from(batch.join(""));
          yield tail;
        })(),
      },
    ],
    SHARED,
  );
}

/** A valid register whose shared-strings part also holds `count` unused strings of `length` characters. */
export function writeHugeSharedStrings(path: string, count: number, length: number): void {
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}">`;
  const item = Buffer.from(`<si><t>${"x".repeat(length)}</t></si>`);
  writeRawXlsx(path, [{ name: "Register", xml: worksheetXml(registerRows(3)) }], {
    chunks: (function* () {
      yield Buffer.from(head + SHARED.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join(""));
      for (let i = 0; i < count; i += 1) yield item;
      yield Buffer.from("</sst>");
    })(),
  });
}

/** A register of `count` rows whose recommendation cells hold `length` characters each. */
export function writeHugeCells(path: string, count: number, length: number): void {
  const text = "Long recommendation text. ".repeat(Math.ceil(length / 26)).slice(0, length);
  writeRawXlsx(path, [{ name: "Register", xml: worksheetXml(registerRows(count, () => text)) }], SHARED);
}

/** The register on the first of `count` sheets; the others hold one cell each. */
export function writeManySheets(path: string, count: number): void {
  const sheets = Array.from({ length: count }, (_, i) => ({
    name: i === 0 ? "Register" : `Sheet ${i + 1}`,
    xml: worksheetXml(i === 0 ? registerRows(3) : `<row r="1"><c r="A1"><v>${i}</v></c></row>`),
  }));
  writeRawXlsx(path, sheets, SHARED);
}
