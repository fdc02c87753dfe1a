import type { ColumnId } from "../core/model";
import { REGISTER_LANGUAGES } from "../core/languages";
import { columnName, type UnusableInput } from "../core/parse";
import type { Language } from "./language";
import { formatLabel, label, type LabelId } from "./lookup";

/** A column's name as the reader's language writes its header (English when that language has none). */
function columnHeader(id: ColumnId, lang: Language): string {
  const headers = REGISTER_LANGUAGES.find((language) => language.code === lang)?.headers.register;
  return headers?.[id][0] ?? columnName(id);
}

function names(items: readonly string[], quote: LabelId, lang: Language): string {
  return items.map((name) => formatLabel(quote, lang, { name })).join(label("unusable.nameSeparator", lang));
}

const sheetNames = (sheets: readonly string[], lang: Language) => names(sheets, "unusable.quotedSheet", lang);
const columnNames = (columns: readonly ColumnId[], lang: Language) =>
  names(
    columns.map((id) => columnHeader(id, lang)),
    "unusable.quotedColumn",
    lang,
  );
const looked = (sheets: readonly string[], lang: Language) =>
  formatLabel(sheets.length === 1 ? "unusable.lookedAtSheet" : "unusable.lookedAtSheets", lang, {
    sheets: sheetNames(sheets, lang),
  });
const count = (value: number, lang: Language) => value.toLocaleString(lang === "zh" ? "zh-CN" : "en");

/**
 * Why a workbook cannot be read, in the reader's language: one line saying what is wrong and what to do.
 *
 * @example unusableInputMessage({ code: "no-sheets" }, "en") // "The workbook has no worksheets; open ..."
 */
export function unusableInputMessage(problem: UnusableInput, lang: Language): string {
  switch (problem.code) {
    case "no-sheets":
      return label("unusable.noSheets", lang);
    case "sheet-not-found":
      return formatLabel("unusable.sheetNotFound", lang, {
        name: problem.name,
        sheets: sheetNames(problem.sheets, lang),
      });
    case "missing-columns":
      return formatLabel(
        problem.missing.length === 1 ? "unusable.missingColumn" : "unusable.missingColumns",
        lang,
        {
          sheet: problem.sheet,
          headerRow: problem.headerRow,
          columns: columnNames(problem.missing, lang),
          looked: looked(problem.looked, lang),
        },
      );
    case "no-register":
      return noRegisterMessage(problem, lang);
    case "duplicate-columns":
      return duplicateColumnsMessage(problem, lang);
    case "too-many-rows":
      return formatLabel(
        problem.reason === "rows" ? "unusable.tooManyRows" : "unusable.usedRangeTooLong",
        lang,
        {
          sheet: problem.sheet,
          headerRow: problem.headerRow,
          limit: count(problem.limit, lang),
          lastRow: count(problem.lastRow, lang),
          lastCell: problem.lastCell ?? "",
        },
      );
  }
}

function noRegisterMessage(problem: Extract<UnusableInput, { code: "no-register" }>, lang: Language): string {
  switch (problem.reason) {
    case "empty":
      return formatLabel(problem.sheets.length === 1 ? "unusable.emptySheet" : "unusable.emptySheets", lang, {
        sheets: sheetNames(problem.sheets, lang),
      });
    case "header-too-low":
      return formatLabel("unusable.headerTooLow", lang, {
        sheet: problem.sheet,
        headerRow: problem.headerRow,
        limit: problem.limit,
      });
    case "no-header":
      return formatLabel("unusable.noHeader", lang, {
        columns: columnNames(problem.required, lang),
        limit: problem.limit,
        looked: looked(problem.looked, lang),
      });
  }
}

function duplicateColumnsMessage(
  problem: Extract<UnusableInput, { code: "duplicate-columns" }>,
  lang: Language,
): string {
  const duplicates = problem.duplicates.map(({ column, places }) =>
    formatLabel("unusable.duplicateColumn", lang, {
      name: columnHeader(column, lang),
      places: places
        .map((place) => formatLabel("unusable.duplicatePlace", lang, { ...place }))
        .join(label("unusable.duplicatePlaceSeparator", lang)),
    }),
  );
  return formatLabel("unusable.duplicateColumns", lang, {
    sheet: problem.sheet,
    headerRow: problem.headerRow,
    duplicates: duplicates.join(label("unusable.duplicateSeparator", lang)),
  });
}
