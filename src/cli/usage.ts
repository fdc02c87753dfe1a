import type { CommandName } from "./args";

const COMMAND_USAGE: Readonly<Record<CommandName, string>> = {
  validate: `jiu-register validate FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--json] [--lang LANG]
  Checks every recommendation of the register and lists the errors and warnings,
  with their sheet, row and column. Exits 0 when there are no errors, 1 when there are.
  --json prints {"issues":[{"sheet","row","column","severity","rule","message"}],"rows":N}.`,
  summary: `jiu-register summary FILE.xlsx [--sheet NAME] [--as-of YYYY-MM-DD] [--json]
                     [-o OUT.xlsx [--only-generated] [--lang LANG] [--force]]
  Prints the status summary (in the language of --lang): outstanding recommendations, those
  proposed for closure, the active reports, counts by review year and status, acceptance and
  implementation rates. With -o, also writes a copy of the workbook with a Summary sheet and
  its charts added. Exits 1 when the register has errors (rows left out of the counts) unless
  --force; --json then also gives rowsRead, rowsSkipped and why each row was skipped.`,
  annex: `jiu-register annex FILE.xlsx -o OUT.xlsx [--only-generated] [--sheet NAME] [--as-of YYYY-MM-DD]
                   [--lang LANG] [--force]
  Writes a copy of the workbook with Annexes I, II and III added.`,
  report: `jiu-register report FILE.xlsx -o REPORT.docx [--sheet NAME] [--as-of YYYY-MM-DD] [--lang LANG] [--force]
                     [--committee TEXT] [--session TEXT] [--place TEXT] [--dates TEXT] [--symbol TEXT]
                     [--document-date TEXT] [--previous-report TEXT]
  Writes the whole progress report as a Word document: cover block, paragraphs 1-10 with the
  counts and the draft decision, Tables 1 and 2, Figures 1 and 2 as native charts, Annexes I-III.
  The cover's fields come from the options or the workbook's Report sheet; what neither gives,
  and the paragraphs only the secretariat can write, stay as marked placeholders.`,
  rollover: `jiu-register rollover FILE.xlsx --as-of YYYY-MM-DD -o OUT.xlsx [--sheet NAME] [--confirm]
  Starts the next reporting cycle in a copy of the workbook: appends this cycle's statuses to the
  History sheet (added if absent), copies each current acceptance and implementation into the
  previous columns (added at the register's right if absent) and clears "assessment updated".
  Every other cell is kept. Refused (exit 1) when the register has errors or History already
  holds this date; --confirm rolls over although the previous statuses differ from History's
  last cycle.`,
  new: `jiu-register new -o REGISTER.xlsx [--lang ar|zh|en|fr|ru|es] [--register-only]
  Writes a new, empty register: an Excel table with every column, headers in the language of
  --lang, dropdowns of the words the register is read with, checked dates and a frozen header;
  and the Planned reviews, Requests and Vocabulary sheets (not with --register-only).
  Never overwrites a file: exits 2 when REGISTER.xlsx exists.`,
};

const COMMON = `Options:
  --sheet NAME         read the register from this sheet or Excel table (default: the first that holds one)
  --as-of YYYY-MM-DD   the date the statuses are reported as of (default: today)
  -o, --output FILE    the workbook (or, for report, the .docx) to write; never the input file
  --only-generated     with -o of summary or annex: write the generated sheets alone, without the
                       register's sheets (to print the summary or the annexes)
  --lang LANG          language of the generated sheets, of summary's report and of the messages about
                       the register file: ar, zh, en, fr, ru or es (default: en)
  --force              write (and exit 0) even when the register has errors
  --confirm            with rollover: go ahead although previous statuses differ from History
  --debug              show stack traces of internal errors
  -h, --help           show this help`;

/** The general help, or one command's. */
export function usageText(topic: CommandName | null): string {
  if (topic !== null) return `Usage:\n${indent(COMMAND_USAGE[topic])}\n\n${COMMON}\n`;
  const commands = Object.values(COMMAND_USAGE).map(indent).join("\n\n");
  return (
    `jiu-register: validate a register of JIU recommendations and generate its progress-report sheets.\n\n` +
    `Usage:\n${commands}\n\n${COMMON}\n\n` +
    `Exit codes: 0 done; 1 the register has errors; 2 bad arguments or a file that is not a usable register.\n`
  );
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");
}
