import type { GridReader, RegisterPorts, SheetWriter } from "../app/ports";
import { readWorkbookGrid } from "./read-workbook";
import { writeWorkbookWithSheets, type WrittenSheet } from "./write";

export interface XlsxPortOptions {
  /** Where generated sheets go: a copy of the input with them added, or (`onlyGenerated`) them alone. */
  readonly output?: string;
  readonly onlyGenerated?: boolean;
}

/**
 * The session's ports over an .xlsx file: the reader brings every sheet whole, hyperlinks included, so
 * nothing is ever pending and there is nothing to remember between actions; the sheets writer adds the
 * layouts to a copy of the file (never the file itself). Read errors are `WorkbookReadError`s, write
 * errors `XlsxWriteError`s, for the CLI to turn into its one-line messages.
 *
 * @example await session.generate("annex", xlsxPorts("register.xlsx", { output: "annex.xlsx" }), action)
 */
export function xlsxPorts(
  file: string,
  options: XlsxPortOptions = {},
): RegisterPorts<null, readonly WrittenSheet[]> {
  const reader: GridReader<null> = {
    read: async () => ({
      grid: await readWorkbookGrid(file),
      cut: [],
      settle: () => ({ grid: null, pending: null, memory: null }),
    }),
  };
  const output = options.output;
  if (output === undefined) return { reader };
  const sheets: SheetWriter<readonly WrittenSheet[]> = {
    write: (layouts) =>
      writeWorkbookWithSheets(file, output, layouts, { onlyGenerated: options.onlyGenerated ?? false }),
  };
  return { reader, sheets };
}
