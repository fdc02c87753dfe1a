import type { GridSheet, WorkbookGrid } from "../grid";
import type { ColumnId, RegisterPlace } from "../model";
import { foldText } from "./normalize";
import { readVocabulary } from "../vocabulary/sheet";
import { readHistory } from "../history/read-history";
import { matchHeaderRanked, relaxStatusColumns, REQUIRED_COLUMNS } from "./headers";
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

export type { DuplicateColumn, ParseOutcome, UnusableInput, UnusableInputCode } from "./outcome";
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
 * else console.error(outcome.problem.code); // e.g. "missing-columns", with the sheet, row and columns
 */
export function parseWorkbook(workbook: WorkbookGrid, options: { sheet?: string } = {}): ParseOutcome {
  if (workbook.sheets.length === 0) {
    return fail({ code: "no-sheets" });
  }
  const candidates =
    options.sheet === undefined ? workbook.sheets : findSheet(workbook.sheets, options.sheet);
  if (candidates.length === 0) {
    const sheets = workbook.sheets.map((sheet) => sheet.name);
    return fail({ code: "sheet-not-found", name: options.sheet ?? "", sheets });
  }

  const searches = candidates.map((sheet) => findOnSheet(sheet, REGISTER));
  // An Excel table anywhere wins over a plain header row, as Excel users expect of a ListObject.
  const found =
    searches.find((search) => search.found?.table)?.found ??
    searches.find((search) => search.found)?.found ??
    null;
  if (!found)
    return fail(
      notFound(
        candidates,
        searches.map((search) => search.partial),
      ),
    );
  if (found.duplicates.length > 0) return fail(duplicateColumns(found));

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
  if (rows.length > MAX_REGISTER_ROWS) return fail(tooManyRows(register));
  const plannedReviews = readPlannedReviews(workbook.sheets, register.sheet.name);
  const requests = readRequests(workbook.sheets, register.sheet.name);
  const history = readHistory(workbook.sheets, register.sheet.name, vocabulary);
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
      ...(history ? { history } : {}),
    },
  };
}

function fail(problem: UnusableInput): ParseOutcome {
  return { ok: false, problem };
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
): UnusableInput {
  const looked = sheets.map((sheet) => sheet.name);
  let best: HeaderMatch<ColumnId> | null = null;
  for (const partial of partials) {
    if (partial && (best === null || partial.missing.length < best.missing.length)) best = partial;
  }
  if (best) {
    const { headerRow, missing } = best;
    return { code: "missing-columns", sheet: best.sheet.name, headerRow, missing, looked };
  }
  const nonEmpty = sheets.filter((sheet) => sheet.cells.length > 0);
  if (nonEmpty.length === 0) return { code: "no-register", reason: "empty", sheets: looked };
  for (const sheet of nonEmpty) {
    const headerRow = findMisplacedHeader(sheet, REGISTER);
    if (headerRow === null) continue;
    return {
      code: "no-register",
      reason: "header-too-low",
      sheet: sheet.name,
      headerRow,
      limit: HEADER_SEARCH_ROWS,
    };
  }
  return {
    code: "no-register",
    reason: "no-header",
    required: REQUIRED_COLUMNS,
    limit: HEADER_SEARCH_ROWS,
    looked,
  };
}

function tooManyRows(found: HeaderMatch<ColumnId>): UnusableInput {
  return {
    code: "too-many-rows",
    reason: "rows",
    sheet: found.sheet.name,
    headerRow: found.headerRow,
    limit: MAX_REGISTER_ROWS,
    lastRow: found.sheet.origin.row + found.endIndex - 1,
  };
}

function duplicateColumns(found: HeaderMatch<ColumnId>): UnusableInput {
  const duplicates = found.duplicates.map(({ id, refs }) => ({
    column: id,
    places: refs.map((ref) => ({
      letters: columnLetters(ref.columnNumber ?? ref.index + 1),
      header: ref.header,
    })),
  }));
  return { code: "duplicate-columns", sheet: found.sheet.name, headerRow: found.headerRow, duplicates };
}
