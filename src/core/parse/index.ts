import type { GridSheet, WorkbookGrid } from "../grid";
import type { ColumnId, RegisterPlace } from "../model";
import { foldText } from "./normalize";
import { readVocabulary } from "../vocabulary/sheet";
import { columnName, matchHeaderRanked, relaxStatusColumns, REQUIRED_COLUMNS } from "./headers";
import {
  columnLetters,
  findMisplacedHeader,
  findOnSheet,
  HEADER_SEARCH_ROWS,
  type HeaderMatch,
  type TableSpec,
} from "./locate";
import type { ParseOutcome, UnusableInput } from "./outcome";
import { readRegisterRows } from "./register-rows";
import { readPlannedReviews, readRequests } from "./side-tables";

export type { ParseOutcome, UnusableInput, UnusableInputCode } from "./outcome";
export type { CellReading } from "./cell";
export { cellText, isBlankCell, readText } from "./cell";
export { foldText, looseKey } from "./normalize";
export {
  columnName,
  HEADER_ALIASES,
  matchVocabularyHeader,
  relaxStatusColumns,
  VOCABULARY_HEADER_ALIASES,
  matchHeader,
  matchHeaderRanked,
  matchPlannedReviewHeader,
  matchRequestHeader,
  PLANNED_REVIEW_HEADER_ALIASES,
  REQUEST_HEADER_ALIASES,
  REQUIRED_COLUMNS,
} from "./headers";
export {
  ACCEPTANCE_WORDS,
  ADDRESSEE_WORDS,
  IMPLEMENTATION_WORDS,
  NOT_APPLICABLE_WORDS,
  parseAcceptance,
  parseAddressee,
  parseImplementation,
  parseYesNo,
  readAcceptance,
  readAddressee,
  readImplementation,
  readStatusWord,
  readYesNo,
  statusWordValue,
} from "./status-words";
export {
  hasStatusColumns,
  readStatus,
  statusLayout,
  type StatusLayout,
  type StatusRead,
} from "./status-columns";
export { parseReportSymbol, readReportSymbol } from "./report-symbol";
export {
  LATIN_SUFFIXES,
  parseRecommendationId,
  readRecommendationId,
  recommendationId,
  recommendationIdValue,
} from "./recommendation-id";
export { readDate } from "./dates";
export { isHttpUrl, readLink } from "./links";
export { parseRequestKind, readRequestKind, REQUEST_KIND_WORDS } from "./request-kinds";
export { columnLetters, HEADER_SEARCH_ROWS } from "./locate";
export { foreignWord, type ForeignLanguage, type ForeignMeaning } from "./foreign-words";

const REGISTER: TableSpec<ColumnId> = {
  match: matchHeaderRanked,
  required: REQUIRED_COLUMNS,
  relax: relaxStatusColumns,
};

/**
 * The most data rows a register may have. A register of JIU recommendations has hundreds or a few thousand
 * rows (the benchmark goes to 50,000); a sheet with far more is not one, or carries a stray value far below
 * the last recommendation. Refusing it keeps memory bounded whatever the sheet holds: a full sheet of
 * faulty rows would otherwise make millions of findings.
 */
export const MAX_REGISTER_ROWS = 100_000;

/**
 * Finds the register in a workbook and reads it into typed rows. The register is an Excel table whose header
 * names the required columns, or else the first sheet with such a header row within its first 10 rows
 * (`options.sheet` restricts the search to one sheet, or to one Excel table by its name). Fields that cannot be
 * read are null; `validate` says why. Optional "Planned reviews" and "Requests" tables are found on the other
 * sheets by their headers; an optional "Vocabulary" sheet gives the organization's own words.
 *
 * @example
 * const outcome = parseWorkbook(grid, { sheet: "Register" });
 * if (outcome.ok) console.log(outcome.register.rows.length);
 * else console.error(outcome.problem.message); // e.g. "No register found: sheet 'Register' row 1 lacks ..."
 */
export function parseWorkbook(workbook: WorkbookGrid, options: { sheet?: string } = {}): ParseOutcome {
  if (workbook.sheets.length === 0) {
    return fail("no-sheets", "The workbook has no worksheets; open the workbook that holds the register.");
  }
  const candidates =
    options.sheet === undefined ? workbook.sheets : findSheet(workbook.sheets, options.sheet);
  if (candidates.length === 0) {
    const names = workbook.sheets.map((sheet) => `'${sheet.name}'`).join(", ");
    return fail(
      "sheet-not-found",
      `There is no sheet or Excel table named '${options.sheet ?? ""}'; the workbook's sheets are ${names}.`,
    );
  }

  const searches = candidates.map((sheet) => findOnSheet(sheet, REGISTER));
  // An Excel table anywhere wins over a plain header row, as Excel users expect of a ListObject.
  const found =
    searches.find((search) => search.found?.table)?.found ??
    searches.find((search) => search.found)?.found ??
    null;
  if (!found)
    return fail(
      ...notFound(
        candidates,
        searches.map((search) => search.partial),
      ),
    );
  if (found.duplicates.length > 0) return fail("duplicate-columns", duplicateMessage(found));

  const otherRegisters: RegisterPlace[] = searches
    .map((search) => search.found)
    .filter((match): match is HeaderMatch<ColumnId> => match !== null && match !== found)
    .map((match) => ({
      sheet: match.sheet.name,
      table: match.table?.name ?? null,
      headerRow: match.headerRow,
    }));
  return readRegister(workbook, found, otherRegisters);
}

/** The register found, read: its rows (with the workbook's vocabulary) and the side sheets. */
function readRegister(
  workbook: WorkbookGrid,
  register: HeaderMatch<ColumnId>,
  otherRegisters: readonly RegisterPlace[],
): ParseOutcome {
  const vocabulary = readVocabulary(workbook.sheets);
  const rows = readRegisterRows(
    register.sheet.cells,
    register.headerIndex + 1,
    register.endIndex,
    register.sheet.origin.row,
    register.columns,
    MAX_REGISTER_ROWS,
    vocabulary,
  );
  if (rows.length > MAX_REGISTER_ROWS) return fail("too-many-rows", tooManyRowsMessage(register));
  const plannedReviews = readPlannedReviews(workbook.sheets, register.sheet.name);
  const requests = readRequests(workbook.sheets, register.sheet.name);
  return {
    ok: true,
    register: {
      sheet: register.sheet.name,
      table: register.table?.name ?? null,
      headerRow: register.headerRow,
      columns: register.columns,
      rows,
      plannedReviews: plannedReviews.items,
      plannedReviewsSheet: plannedReviews.sheet,
      plannedReviewsColumns: plannedReviews.columns,
      requests: requests.items,
      requestsSheet: requests.sheet,
      requestsColumns: requests.columns,
      ...(otherRegisters.length > 0 ? { otherRegisters } : {}),
      vocabulary,
    },
  };
}

function fail(code: UnusableInput["code"], message: string): ParseOutcome {
  return { ok: false, problem: { code, message } };
}

/**
 * The sheet named exactly, else the one whose name matches ignoring case and spacing; else the sheet of the
 * Excel table so named (as `validate` reports "table 'Register'"), with that table alone.
 */
function findSheet(sheets: readonly GridSheet[], name: string): GridSheet[] {
  const exact = sheets.find((sheet) => sheet.name === name);
  if (exact) return [exact];
  const wanted = foldText(name).toLowerCase();
  const loose = sheets.find((sheet) => foldText(sheet.name).toLowerCase() === wanted);
  if (loose) return [loose];
  for (const sheet of sheets) {
    const table =
      sheet.tables?.find((candidate) => candidate.name === name) ??
      sheet.tables?.find((candidate) => foldText(candidate.name).toLowerCase() === wanted);
    if (table) return [{ ...sheet, tables: [table] }];
  }
  return [];
}

function notFound(
  sheets: readonly GridSheet[],
  partials: readonly (HeaderMatch<ColumnId> | null)[],
): [UnusableInput["code"], string] {
  const looked = `looked at ${sheets.length === 1 ? "sheet" : "sheets"} ${sheets.map((sheet) => `'${sheet.name}'`).join(", ")}`;
  let best: HeaderMatch<ColumnId> | null = null;
  for (const partial of partials) {
    if (partial && (best === null || partial.missing.length < best.missing.length)) best = partial;
  }
  if (best) {
    const names = best.missing.map((id) => `"${columnName(id)}"`).join(", ");
    return [
      "missing-columns",
      `No register found: the header row on sheet '${best.sheet.name}' (row ${best.headerRow}) lacks the required ` +
        `${best.missing.length === 1 ? "column" : "columns"} ${names}; add ${best.missing.length === 1 ? "it" : "them"} ` +
        `(${looked}).`,
    ];
  }
  const nonEmpty = sheets.filter((sheet) => sheet.cells.length > 0);
  if (nonEmpty.length === 0) {
    const names = sheets.map((sheet) => `'${sheet.name}'`).join(", ");
    return [
      "no-register",
      `No register found: ${sheets.length === 1 ? `sheet ${names} is` : `sheets ${names} are`} empty; open the ` +
        `workbook that holds the register, or paste the register with its header row into this one.`,
    ];
  }
  for (const sheet of nonEmpty) {
    const headerRow = findMisplacedHeader(sheet, REGISTER);
    if (headerRow === null) continue;
    return [
      "no-register",
      `No register found within the first ${HEADER_SEARCH_ROWS} rows: sheet '${sheet.name}' has the register's ` +
        `header on row ${headerRow}; delete rows above it so that the header is within the first ` +
        `${HEADER_SEARCH_ROWS} rows, or make the register an Excel table (Insert > Table).`,
    ];
  }
  const required = REQUIRED_COLUMNS.map((id) => `"${columnName(id)}"`).join(", ");
  return [
    "no-register",
    `No register found: no header row with the required columns ${required} within the first ${HEADER_SEARCH_ROWS} ` +
      `rows (${looked}). Add a header row with these names above the register, or open the workbook that holds it.`,
  ];
}

function tooManyRowsMessage(found: HeaderMatch<ColumnId>): string {
  const lastRow = found.sheet.origin.row + found.endIndex - 1;
  const limit = MAX_REGISTER_ROWS.toLocaleString("en");
  return (
    `The register on sheet '${found.sheet.name}' (header row ${found.headerRow}) has more than ${limit} rows, down ` +
    `to row ${lastRow.toLocaleString("en")}; a register takes at most ${limit}. If the rows below the last ` +
    `recommendation hold stray values or formulas, delete those rows; otherwise split the register.`
  );
}

function duplicateMessage(found: HeaderMatch<ColumnId>): string {
  const parts = found.duplicates.map(
    ({ id, refs }) =>
      `"${columnName(id)}" appears in columns ${refs.map((ref) => `${columnLetters(ref.columnNumber ?? ref.index + 1)} ('${ref.header}')`).join(" and ")}`,
  );
  return (
    `The register on sheet '${found.sheet.name}' (header row ${found.headerRow}) names a column more than once: ` +
    `${parts.join("; ")}. Keep one of each, or rename the others.`
  );
}
