/**
 * The sheet the roll-over's archive option moves closed recommendations to, in the register's language. It
 * holds a copy of the register's header: the parser looks for the register there last and does not report
 * it as a second register (W10).
 */
export const ARCHIVE_SHEET_NAME = { en: "Archive", zh: "存档" } as const;

/** Excel compares sheet names without regard to case. */
export function isArchiveSheetName(name: string): boolean {
  const lower = name.toLocaleLowerCase();
  return Object.values(ARCHIVE_SHEET_NAME).some((archive) => archive.toLocaleLowerCase() === lower);
}
