import type { Finding } from "../../app/register-api";
import type { Translate } from "../i18n/text-context";

/**
 * Where a finding is: "Row 14, column Acceptance", or with `withSheet` "Planned reviews, row 3, column Code".
 * The sheet is named for a finding off the register's sheet when its group does not already name it
 * (grouped by rule), so that a planned-review finding is not read as the register's row.
 * @example findingWhere(finding, t, true) // "Planned reviews, row 3, column Code"
 */
export function findingWhere(finding: Finding, t: Translate, withSheet: boolean): string {
  const hasColumn = finding.columnNumber > 0 && finding.column !== "";
  if (withSheet) {
    return hasColumn
      ? t("ui.findingSheetLocation", { sheet: finding.sheet, row: finding.row, column: finding.column })
      : t("ui.sheetRowHeading", { sheet: finding.sheet, row: finding.row });
  }
  return hasColumn
    ? t("ui.findingLocation", { row: finding.row, column: finding.column })
    : t("ui.findingWholeRow", { row: finding.row });
}
