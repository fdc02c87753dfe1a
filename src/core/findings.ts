/** A validation finding: a value, rendered alike by the task pane, the CLI and the tests. */
export type Severity = "error" | "warning";

/**
 * Stable rule ids. Errors E01-E12 and warnings W01-W05 follow the foundation issue's numbering;
 * W06 and later are the extra checks a careful focal point wants.
 */
export type RuleId =
  | "E01-report-symbol"
  | "E02-recommendation-number"
  | "E03-duplicate-recommendation"
  | "E04-addressee"
  | "E05-acceptance"
  | "E06-implementation"
  | "E07-implementation-without-acceptance"
  | "E08-responsible-missing"
  | "E09-text-missing"
  | "E10-report-title"
  | "E11-link"
  | "E12-date"
  | "W01-last-updated-future"
  | "W02-deadline-overdue"
  | "W03-implementation-regressed"
  | "W04-long-outstanding"
  | "W05-assessment-missing"
  | "W06-responsible-spelling"
  | "W07-planned-review-code"
  | "W08-previous-status"
  | "W09-formula-error"
  | "W10-other-register"
  | "W11-acceptance-inferred"
  | "W12-vocabulary"
  | "W13-history-sheet"
  | "W14-history-row";

export interface Finding {
  readonly sheet: string;
  /** Worksheet row as Excel shows it (1-based). */
  readonly row: number;
  /** The column's header text as written in the register ("" when the finding concerns a whole row). */
  readonly column: string;
  /** 1-based worksheet column number, so adapters can select the cell; 0 for a whole row. */
  readonly columnNumber: number;
  readonly severity: Severity;
  readonly rule: RuleId;
  /**
   * Which message this is: the core says what is wrong with an id and its parameters, never in words. The
   * edge renders it in the reader's language from the label table (`findingMessage`, src/labels).
   */
  readonly messageId: FindingMessageId;
  /** Values for the {placeholders} of the message's template (register values as written, row numbers...). */
  readonly params: FindingParams;
}

/** Values for the {placeholders} of a finding's message template. */
export type FindingParams = Readonly<Record<string, string | number>>;

/**
 * Stable ids of finding messages. Each has an English and a Chinese template in the label table
 * (`finding.<id>`, src/labels/finding-labels.ts). One id per wording: a message with an optional
 * clause ("did you mean ...?") has one id with the clause and one without.
 */
export type FindingMessageId =
  // Shared by several rules.
  | "formulaError"
  | "missingChoice"
  | "unknownWord"
  | "unknownWordOrBlank"
  | "unknownStatus"
  | "unknownStatusOrBlank"
  // E01-E12.
  | "reportSymbol.missing"
  | "reportSymbol.invalid"
  | "reportSymbol.invalidDidYouMean"
  | "recommendationNumber.missing"
  | "recommendationNumber.invalid"
  | "recommendation.duplicate"
  | "implementation.blankWhileAccepted"
  | "implementation.withoutAcceptance"
  | "implementation.notStated"
  | "responsible.missing"
  | "text.missing"
  | "reportTitle.missing"
  | "reportTitle.missingNoSymbol"
  | "reportTitle.differsFromOneRow"
  | "reportTitle.differsFromRows"
  | "link.linksElsewhere"
  | "link.notFull"
  | "link.notFullWithSuggestion"
  | "date.number"
  | "date.numberWouldShow"
  | "date.notCalendarDate"
  | "date.dayMonthOrder"
  | "date.dayMonthOrderAmbiguous"
  | "date.notDate"
  // W01-W10.
  | "lastUpdated.future"
  | "deadline.overdue"
  | "implementation.regressed"
  | "outstanding.long"
  | "assessment.missing"
  | "responsible.spellingOneRow"
  | "responsible.spellingRows"
  | "plannedReview.listedTwice"
  | "plannedReview.codeReused"
  | "previous.contradiction"
  | "otherRegister.tableReadOtherTable"
  | "otherRegister.tableReadOtherSheet"
  | "otherRegister.sheetReadOtherSheet"
  | "otherRegister.sheetReadOtherTable"
  // W11-W12.
  | "acceptance.inferredOneRow"
  | "acceptance.inferredRows"
  | "acceptance.inferredNoColumn"
  | "vocabulary.meansUnknown"
  | "vocabulary.meansMissing"
  | "vocabulary.wordMissing"
  | "vocabulary.wordTwice"
  // W13-W14: the History sheet.
  | "history.missingColumns"
  | "history.cycleNotDate"
  | "history.cycleMissing"
  | "history.duplicate";
