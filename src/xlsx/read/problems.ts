/**
 * Why a file could not be read as a workbook. Each problem carries one line a person can act on:
 * what the file is, and what to do about it. The CLI prints the message as is, without a stack trace.
 */
export type WorkbookReadProblemCode =
  | "not-found"
  | "not-a-file"
  | "unreadable"
  | "empty-file"
  | "old-xls"
  | "encrypted"
  | "encrypted-or-xls"
  | "text-file"
  | "not-xlsx"
  | "truncated"
  | "damaged"
  | "zip-bomb"
  | "too-large";

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";

  constructor(
    readonly code: WorkbookReadProblemCode,
    message: string,
  ) {
    super(message);
  }
}

export function isWorkbookReadError(error: unknown): error is WorkbookReadError {
  return error instanceof WorkbookReadError;
}

const SAVE_AS_XLSX = "open it in Excel, save it as an Excel Workbook (.xlsx) and try again";
const CHOOSE_THE_REGISTER = "choose the Excel workbook (.xlsx) that holds the register instead";
const RESAVE =
  "copy it again from its source, or open it in Excel and save it again as an Excel Workbook (.xlsx)";

/** Message builders, one per problem, so that every caller words a problem the same way. */
export const readProblems = {
  notFound: (file: string) =>
    new WorkbookReadError("not-found", `Cannot find the file '${file}'; check the path and try again.`),
  notAFile: (file: string) =>
    new WorkbookReadError(
      "not-a-file",
      `'${file}' is a folder, not a file; give the path of an .xlsx workbook.`,
    ),
  unreadable: (file: string, reason: string) =>
    new WorkbookReadError(
      "unreadable",
      `Cannot read '${file}' (${reason}); check that you are allowed to read it.`,
    ),
  emptyFile: (file: string) =>
    new WorkbookReadError(
      "empty-file",
      `'${file}' is empty (0 bytes), not an Excel workbook; ${SAVE_AS_XLSX}.`,
    ),
  oldXls: (file: string) =>
    new WorkbookReadError(
      "old-xls",
      `'${file}' is an old Excel 97-2003 workbook (.xls), which cannot be read; ${SAVE_AS_XLSX}.`,
    ),
  encrypted: (file: string) =>
    new WorkbookReadError(
      "encrypted",
      `'${file}' is password-protected; open it in Excel, remove the password (File > Info > Protect Workbook > ` +
        `Encrypt with Password), save it and try again.`,
    ),
  encryptedOrXls: (file: string) =>
    new WorkbookReadError(
      "encrypted-or-xls",
      `'${file}' is an encrypted workbook or an old Office file (.xls); save it without a password as an ` +
        `Excel Workbook (.xlsx) and try again.`,
    ),
  textFile: (file: string, kind: string) =>
    new WorkbookReadError("text-file", `'${file}' is ${kind}, not an Excel workbook; ${SAVE_AS_XLSX}.`),
  /** A spreadsheet in another format, which Excel can open and save as .xlsx. */
  notXlsx: (file: string, what: string) =>
    new WorkbookReadError(
      "not-xlsx",
      `'${file}' is ${what}, not an Excel workbook (.xlsx); ${SAVE_AS_XLSX}.`,
    ),
  /** A file that holds no spreadsheet at all (a PDF, an image, a Word document...): the wrong file. */
  notAWorkbook: (file: string, what: string) =>
    new WorkbookReadError(
      "not-xlsx",
      /archive/.test(what)
        ? `'${file}' is ${what}, not an Excel workbook; if the register is inside it, extract it, then choose the Excel workbook (.xlsx).`
        : `'${file}' is ${what}, not an Excel workbook; ${CHOOSE_THE_REGISTER}.`,
    ),
  unknownKind: (file: string) =>
    new WorkbookReadError(
      "not-xlsx",
      `'${file}' is not an Excel workbook, nor any kind of file JIU Register recognises; ${CHOOSE_THE_REGISTER}, ` +
        `or, if this file is a spreadsheet, ${SAVE_AS_XLSX}.`,
    ),
  truncated: (file: string) =>
    new WorkbookReadError(
      "truncated",
      `'${file}' is incomplete: the end of the file is missing (an interrupted copy or download?); ${RESAVE}.`,
    ),
  damaged: (file: string, detail: string) =>
    new WorkbookReadError("damaged", `'${file}' is damaged (${detail}); ${RESAVE}.`),
  zipBomb: (file: string, detail: string) =>
    new WorkbookReadError(
      "zip-bomb",
      `'${file}' was refused: ${detail}, which no real register does. Check where the file came from; ` +
        `if it is genuine, open it in Excel and save it again.`,
    ),
  tooLarge: (file: string, detail: string) =>
    new WorkbookReadError(
      "too-large",
      `'${file}' is too large to read: ${detail}. Move other data out of the workbook or split the register, ` +
        `then try again.`,
    ),
};

/** "40 KB", "1.2 GB": sizes in messages. */
export function formatBytes(bytes: number): string {
  const units = ["bytes", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${units[unit] ?? "bytes"}`;
}
