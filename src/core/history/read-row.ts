import type { CellValue, IsoDate } from "../grid";
import type { Acceptance, ColumnRef, Implementation } from "../model";
import { type CellReading, isBlankCell, readText, valueOf } from "../parse/cell";
import { readDate } from "../parse/dates";
import { readRecommendationId } from "../parse/recommendation-id";
import { readReportSymbol } from "../parse/report-symbol";
import { readStatus, type StatusLayout } from "../parse/status-columns";
import { readAddressee, readStatusWord } from "../parse/status-words";
import { findingMessageOf, type FindingField, type FindingMessage } from "../validate/message-params";
import { formulaErrorMessage, quotable } from "../validate/messages";
import type { Vocabulary } from "../vocabulary/vocabulary";
import type { HistoryColumnId, HistoryProblem, HistoryRow } from "./types";

type Columns = Readonly<Partial<Record<HistoryColumnId, ColumnRef>>>;
type Cells = Readonly<Partial<Record<HistoryColumnId, CellValue>>>;

/** Acceptance and Implementation columns, each giving its own part first, as the register's are read. */
const STATUS_LAYOUT: StatusLayout = {
  acceptance: "acceptance",
  implementation: "implementation",
  phrase: null,
  phraseIsImplementation: false,
};

/** Collects a row's problems, each on its cell. */
class RowProblems {
  constructor(
    private readonly row: number,
    private readonly columns: Columns,
    private readonly problems: HistoryProblem[],
  ) {}

  add(column: HistoryColumnId, message: FindingMessage): void {
    this.problems.push({ scope: "cell", row: this.row, column: this.columns[column], message });
  }

  /** A formula error or an unreadable value: the message for "invalid" comes from `invalid`. */
  check<T>(
    column: HistoryColumnId,
    reading: CellReading<T>,
    invalid: (shown: string) => FindingMessage,
    blank: FindingMessage | null,
  ): T | null {
    if (reading.kind === "formulaError") this.add(column, formulaErrorMessage(field(column), reading.code));
    else if (reading.kind === "invalid") this.add(column, invalid(quotable(reading.shown)));
    else if (reading.kind === "blank" && blank) this.add(column, blank);
    return valueOf(reading);
  }
}

function field(column: HistoryColumnId): FindingField {
  return `history.${column}`;
}

/**
 * One History row, typed; every cell that cannot be read adds a problem on its cell.
 *
 * @example readHistoryRow(2, { cycle: { kind: "date", iso: "2023-02-28" }, report: "JIU/REP/2021/6", ... }, columns, vocabulary, problems).cycle // "2023-02-28"
 */
export function readHistoryRow(
  row: number,
  cells: Cells,
  columns: Columns,
  vocabulary: Vocabulary,
  problems: HistoryProblem[],
): HistoryRow {
  const found = new RowProblems(row, columns, problems);
  const cycle = readCycle(cells.cycle, found);
  const report = found.check(
    "report",
    readReportSymbol(cells.report),
    (value) => findingMessageOf("reportSymbol.invalid", { field: field("report"), value }),
    findingMessageOf("reportSymbol.missing", { field: field("report") }),
  );
  const recommendation = found.check(
    "recommendation",
    readRecommendationId(cells.recommendation),
    (value) => findingMessageOf("recommendationNumber.invalid", { field: field("recommendation"), value }),
    findingMessageOf("recommendationNumber.missing", { field: field("recommendation") }),
  );
  const addressee = found.check(
    "addressee",
    readAddressee(cells.addressee, vocabulary),
    (value) => findingMessageOf("unknownWord", { field: field("addressee"), value, choices: "addressee" }),
    findingMessageOf("missingChoice", { field: field("addressee"), choices: "addressee" }),
  );
  const { acceptance, implementation } = readStatuses(cells, vocabulary, found);
  return {
    row,
    cycle,
    report,
    recommendation,
    addressee,
    acceptance,
    implementation,
    assessment: valueOf(readText(cells.assessment)) ?? "",
    responsible: valueOf(readText(cells.responsible)) ?? "",
    cells,
  };
}

function readCycle(cell: CellValue | undefined, found: RowProblems): IsoDate | null {
  return found.check(
    "cycle",
    readDate(cell),
    (value) => findingMessageOf("history.cycleNotDate", { field: field("cycle"), value }),
    findingMessageOf("history.cycleMissing", { field: field("cycle") }),
  );
}

/** The row's acceptance and implementation, read with the register's words; unknown words are problems. */
function readStatuses(
  cells: Cells,
  vocabulary: Vocabulary,
  found: RowProblems,
): { acceptance: Acceptance | null; implementation: Implementation | null } {
  const acceptanceReading = readStatusWord(cells.acceptance, vocabulary);
  found.check(
    "acceptance",
    acceptanceReading,
    (value) =>
      findingMessageOf("unknownStatus", { field: field("acceptance"), value, choices: "acceptance" }),
    null,
  );
  found.check(
    "implementation",
    readStatusWord(cells.implementation, vocabulary),
    (value) =>
      findingMessageOf("unknownStatusOrBlank", {
        field: field("implementation"),
        value,
        choices: "implementation",
      }),
    null,
  );
  const status = readStatus(
    { acceptance: cells.acceptance ?? null, implementation: cells.implementation ?? null },
    STATUS_LAYOUT,
    vocabulary,
  );
  if (status.acceptance === null && acceptanceReading.kind === "blank" && isBlankCell(cells.implementation)) {
    found.add(
      "acceptance",
      findingMessageOf("missingChoice", { field: field("acceptance"), choices: "acceptance" }),
    );
  }
  return { acceptance: status.acceptance, implementation: status.implementation };
}
