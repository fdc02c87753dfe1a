import type { ChangesSinceLastReport, StatusChange, Summary } from "../core/summary-types";
import type { Language } from "../labels/language";
import {
  addresseeLabel,
  formatLabel,
  formatLongDate,
  label,
  statusLabel,
  type LabelId,
} from "../labels/labels";
import { rangeOf } from "./ranges";
import type { SheetBuilder } from "./sheet-builder";
import { NUMBER_STYLE, NUMBER_TABLE_BODY_STYLE, SMALL_NOTE_STYLE } from "./styles";
import { addHeading, addTable } from "./summary-sections";

/**
 * The most changes a generated sheet or document lists: a register of hundreds of rows lists them all; a
 * very large one (the benchmark's 50,000 rows) lists the first ones and says how many more there are, so
 * that the summary stays a summary and is written in the same few round trips. The counts are of them all.
 */
export const MAX_LISTED_CHANGES = 500;

/**
 * The changes a sheet or document lists, and the line that says how many more there are (null when all are listed).
 *
 * @example listedChanges(summary.changes, "en").more // null, or "… and 1,200 more recommendations whose status changed (the first 500 are listed here)."
 */
export function listedChanges(
  changes: ChangesSinceLastReport,
  lang: Language,
): { listed: readonly StatusChange[]; more: string | null } {
  const listed = changes.changes.slice(0, MAX_LISTED_CHANGES);
  const count = changes.changes.length - listed.length;
  return {
    listed,
    more: count > 0 ? formatLabel("changes.more", lang, { count, shown: listed.length }) : null,
  };
}

/**
 * The sentence that says what the last report's statuses are read from.
 *
 * @example changesBasisText(summary.changes, "en") // "Compared with the statuses of the last report, as the register's previous-status columns record them."
 */
export function changesBasisText(changes: ChangesSinceLastReport, lang: Language): string {
  switch (changes.basis) {
    case "previousColumns":
      return label("changes.basis.previousColumns", lang);
    case "history":
      return formatLabel("changes.basis.history", lang, {
        date: changes.previousAsOf === null ? "" : formatLongDate(changes.previousAsOf, lang),
      });
    case "none":
      return label("changes.basis.none", lang);
  }
}

/**
 * The counts member states ask for: newly implemented, newly accepted (n/a when what changed is not
 * known) and outstanding for five years or more.
 *
 * @example changeCounts(summary.changes) // [["changes.newlyImplemented", 1], ["changes.newlyAccepted", 0], ["changes.longOutstanding", 3]]
 */
export function changeCounts(changes: ChangesSinceLastReport): [LabelId, number | null][] {
  return [
    ["changes.newlyImplemented", changes.newlyImplemented],
    ["changes.newlyAccepted", changes.newlyAccepted],
    ["changes.longOutstanding", changes.outstandingFiveYearsOrMore],
  ];
}

/**
 * One change as a table row's words: report, recommendation, previous and current status, addressee.
 *
 * @example changeCells(change, "en") // ["JIU/REP/2021/6", "4", "In progress", "Implemented", "Executive head"]
 */
export function changeCells(change: StatusChange, lang: Language): string[] {
  return [
    change.report.text,
    change.recommendation.text,
    change.from === null ? label("changes.fromNew", lang) : statusLabel(change.from, lang),
    statusLabel(change.to, lang),
    addresseeLabel(change.addressee, lang),
  ];
}

/**
 * "Changes since the last report": what the statuses are compared with, the counts, and one row per
 * recommendation whose status changed (report, recommendation, from, to, addressee).
 */
export function addChanges(builder: SheetBuilder, summary: Summary, lang: Language): void {
  const { changes } = summary;
  const columns = builder.columnCount;
  const heading = addHeading(builder, label("changes.heading", lang));
  const basis = builder.addRow([
    { value: changesBasisText(changes, lang), span: columns, fontSize: SMALL_NOTE_STYLE.fontSize },
  ]);
  builder.style(rangeOf(basis, 0, 1, columns), SMALL_NOTE_STYLE);
  const counts = changeCounts(changes);
  const countsRow = addTable(
    builder,
    [columns - 2, 2],
    [label("changes.measure", lang), label("changes.count", lang)],
    counts.map(([id, count]) => [label(id, lang), count ?? label("rates.notApplicable", lang)]),
    NUMBER_TABLE_BODY_STYLE,
  );
  builder.style(rangeOf(countsRow, columns - 2, counts.length, 2), NUMBER_STYLE);
  builder.keepTogether(heading, countsRow + counts.length - 1);
  if (changes.basis === "none") return;
  builder.addSpacer();
  if (changes.changes.length === 0) {
    builder.addRow([{ value: label("changes.none", lang), span: columns }]);
    return;
  }
  const { listed, more } = listedChanges(changes, lang);
  const first = addTable(
    builder,
    [2, 1, 2, 2, columns - 7],
    (
      ["changes.report", "changes.recommendation", "changes.from", "changes.to", "changes.addressee"] as const
    ).map((id) => label(id, lang)),
    listed.map((change) => changeCells(change, lang)),
  );
  // The heading of the list with its first rows; a long list runs on.
  builder.keepTogether(first - 1, Math.min(first + 2, builder.rowCount - 1));
  if (more !== null) builder.addRow([{ value: more, span: columns }]);
}
