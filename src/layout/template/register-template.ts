import { REGISTER_LANGUAGES, type RegisterLanguage } from "../../core/languages";
import type { ColumnId, PlannedReviewColumnId, RequestColumnId } from "../../core/model";
import type { Vocabulary } from "../../core/vocabulary";
import { LABELS } from "../../labels/lookup";
import type { Language } from "../../labels/language";
import { TEMPLATE_LABELS } from "../../labels/template-labels";
import type { LayoutValidation, SheetLayout, TemplateKind, ValidationRule } from "../model";
import { DEFAULT_MARGINS } from "../page";
import { rangeOf } from "../ranges";
import { templateWords, type TemplateWords } from "./template-words";

/** A language a new register can be written in: the parser reads it and the template's labels have it. */
export type TemplateLanguage = Language;

/** Rows below the header that carry the dropdowns and date formats, ready to be typed into. */
export const TEMPLATE_ROWS = 5_000;
const DATE_FORMAT = "yyyy-mm-dd";
const HEADER_STYLE = { bold: true, wrap: true, vertical: "center" as const, fill: "#DDEBF7" };

/**
 * The register's columns, in the order a secretariat fills them, with their widths in points. Every
 * column the parser knows but "Status" and "Previous status": a register gives each status in Acceptance
 * and Implementation or in one Status column, and with both of the first a Status column is not read.
 */
const REGISTER_COLUMNS: readonly (readonly [ColumnId, number])[] = [
  ["reportSymbol", 100],
  ["reportTitle", 200],
  ["reportLink", 120],
  ["recommendationNumber", 75],
  ["addressee", 110],
  ["recommendationText", 260],
  ["acceptance", 110],
  ["implementation", 100],
  ["assessment", 260],
  ["responsible", 130],
  ["deadline", 80],
  ["lastUpdated", 80],
  ["previousAcceptance", 110],
  ["previousImplementation", 110],
  ["assessmentUpdated", 80],
  ["cebComments", 120],
  ["otherDocuments", 120],
  ["organization", 110],
];
const PLANNED_REVIEW_COLUMNS: readonly (readonly [PlannedReviewColumnId, number])[] = [
  ["code", 70],
  ["title", 320],
  ["workPlanYear", 90],
];
const REQUEST_COLUMNS: readonly (readonly [RequestColumnId, number])[] = [
  ["reviewCode", 80],
  ["kind", 150],
  ["received", 90],
  ["due", 90],
  ["answered", 90],
];

export interface TemplateOptions {
  /** The language of the headers, the dropdowns' words and the sheet names. */
  readonly language: TemplateLanguage;
  /** The workbook's vocabulary when it has a Vocabulary sheet: its words join the dropdowns. */
  readonly vocabulary?: Vocabulary | null;
  /** Which optional sheets to add (default: all three). */
  readonly sideSheets?: readonly Exclude<TemplateKind, "register">[];
}

/**
 * The languages a new register can be written in: those the parser reads whose template labels exist.
 *
 * @example templateLanguages() // ["en", "zh"]
 */
export function templateLanguages(): TemplateLanguage[] {
  const ids = Object.keys(TEMPLATE_LABELS) as (keyof typeof TEMPLATE_LABELS)[];
  return REGISTER_LANGUAGES.map((language) => language.code).filter((code): code is TemplateLanguage =>
    ids.every((id) => textOf(id, code) !== null),
  );
}

function textOf(id: keyof typeof LABELS, code: string): string | null {
  const texts = LABELS[id] as Readonly<Record<string, string | undefined>>;
  return texts[code] ?? null;
}

function text(id: keyof typeof TEMPLATE_LABELS, code: TemplateLanguage): string {
  const found = textOf(id, code);
  if (found === null) throw new Error(`No ${code} text for label ${id}`);
  return found;
}

/**
 * The sheets of a new, empty register: the register as an Excel table with a header in the chosen
 * language and dropdowns of the words the parser reads (addressee, acceptance, implementation, yes/no),
 * dates checked and formatted, the header frozen; then the Planned reviews, Requests and Vocabulary
 * sheets, each a table. Parsing what is written finds the register, with no row and no finding.
 *
 * @example layoutRegisterTemplate({ language: "zh" }).map((sheet) => sheet.name) // ["登记册", "计划审查", "请求", "词汇"]
 */
export function layoutRegisterTemplate(options: TemplateOptions): SheetLayout[] {
  const language = REGISTER_LANGUAGES.find((candidate) => candidate.code === options.language);
  if (!language) throw new Error(`The parser does not read registers in ${options.language}`);
  const code = options.language;
  const words = templateWords(language, options.vocabulary ?? null);
  const wanted = options.sideSheets ?? ["plannedReviews", "requests", "vocabulary"];
  const sheets = [registerSheet(language, code, words)];
  if (wanted.includes("plannedReviews")) sheets.push(plannedReviewsSheet(language, code));
  if (wanted.includes("requests")) sheets.push(requestsSheet(language, code));
  if (wanted.includes("vocabulary")) sheets.push(vocabularySheet(language, code, words));
  return sheets;
}

/** Where a column's dropdown or date check comes from; null for free text. */
function registerRule(id: ColumnId, words: TemplateWords): ValidationRule | null {
  switch (id) {
    case "addressee":
      return { kind: "list", words: words.addressee };
    case "acceptance":
    case "previousAcceptance":
      return { kind: "list", words: words.acceptance };
    case "implementation":
    case "previousImplementation":
      return { kind: "list", words: words.implementation };
    case "assessmentUpdated":
      return { kind: "list", words: words.yesNo };
    case "deadline":
    case "lastUpdated":
      return { kind: "date" };
    default:
      return null;
  }
}

function registerSheet(
  language: RegisterLanguage,
  code: TemplateLanguage,
  words: TemplateWords,
): SheetLayout {
  const headers = REGISTER_COLUMNS.map(([id]) => language.headers.register[id][0] ?? id);
  const rules = REGISTER_COLUMNS.map(([id]) => registerRule(id, words));
  return tableSheet({
    kind: "register",
    name: text("sheet.register", code),
    table: "JIU_Register",
    headers,
    widths: REGISTER_COLUMNS.map(([, width]) => width),
    rules,
    code,
  });
}

function plannedReviewsSheet(language: RegisterLanguage, code: TemplateLanguage): SheetLayout {
  return tableSheet({
    kind: "plannedReviews",
    name: text("sheet.plannedReviews", code),
    table: "JIU_Planned_reviews",
    headers: PLANNED_REVIEW_COLUMNS.map(([id]) => language.headers.plannedReviews[id][0] ?? id),
    widths: PLANNED_REVIEW_COLUMNS.map(([, width]) => width),
    rules: PLANNED_REVIEW_COLUMNS.map(() => null),
    code,
  });
}

function requestsSheet(language: RegisterLanguage, code: TemplateLanguage): SheetLayout {
  const dates: readonly RequestColumnId[] = ["received", "due", "answered"];
  return tableSheet({
    kind: "requests",
    name: text("sheet.requests", code),
    table: "JIU_Requests",
    headers: REQUEST_COLUMNS.map(([id]) => language.headers.requests[id][0] ?? id),
    widths: REQUEST_COLUMNS.map(([, width]) => width),
    rules: REQUEST_COLUMNS.map(([id]) => (dates.includes(id) ? { kind: "date" } : null)),
    code,
  });
}

function vocabularySheet(
  language: RegisterLanguage,
  code: TemplateLanguage,
  words: TemplateWords,
): SheetLayout {
  const { vocabulary, vocabularySheet: names } = language.headers;
  return tableSheet({
    kind: "vocabulary",
    name: names[0] ?? "Vocabulary",
    table: "JIU_Vocabulary",
    headers: [vocabulary.word[0] ?? "Word", vocabulary.means[0] ?? "Means"],
    widths: [220, 220],
    rules: [null, { kind: "list", words: words.means }],
    code,
  });
}

interface TableSheetSpec {
  readonly kind: TemplateKind;
  readonly name: string;
  readonly table: string;
  readonly headers: readonly string[];
  readonly widths: readonly number[];
  readonly rules: readonly (ValidationRule | null)[];
  readonly code: TemplateLanguage;
}

/**
 * A sheet holding one table: the header row, one empty data row (a table has at least one), and below
 * it `TEMPLATE_ROWS` rows whose cells carry the column's dropdown or date check and format, so that the
 * table grows into them as rows are typed.
 */
function tableSheet(spec: TableSheetSpec): SheetLayout {
  const columns = spec.headers.length;
  const validations: LayoutValidation[] = spec.rules.flatMap((rule, column) =>
    rule === null
      ? []
      : [
          {
            range: rangeOf(1, column, TEMPLATE_ROWS, 1),
            rule,
            alert: rule.kind === "list" ? "warning" : "stop",
            title: text("template.alertTitle", spec.code),
            message: text(rule.kind === "list" ? "template.listMessage" : "template.dateMessage", spec.code),
          } satisfies LayoutValidation,
        ],
  );
  const dateStyles = spec.rules.flatMap((rule, column) =>
    rule?.kind === "date"
      ? [{ range: rangeOf(1, column, TEMPLATE_ROWS, 1), style: { numberFormat: DATE_FORMAT } }]
      : [],
  );
  return {
    kind: spec.kind,
    name: spec.name,
    values: [[...spec.headers], spec.headers.map(() => null)],
    columnWidths: [...spec.widths],
    rowHeights: [32],
    styles: [{ range: rangeOf(0, 0, 1, columns), style: HEADER_STYLE }, ...dateStyles],
    merges: [],
    hyperlinks: [],
    charts: [],
    page: {
      orientation: "landscape",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: { first: 0, last: 0 },
      showGridlines: true,
      margins: DEFAULT_MARGINS,
    },
    freezeRows: 1,
    tables: [{ name: spec.table, range: rangeOf(0, 0, 2, columns), style: "TableStyleMedium2" }],
    validations,
  };
}
