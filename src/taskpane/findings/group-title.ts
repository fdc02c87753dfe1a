import { ruleTitleId } from "../../labels/labels";
import type { Translate } from "../i18n/text-context";
import type { FindingGroupKey } from "./group-findings";

/** "E05 Acceptance", or "Row 14" ("Register, row 14" when findings span several sheets). */
export function groupTitle(key: FindingGroupKey, t: Translate, showSheet: boolean): string {
  if (key.kind === "rule") return `${key.rule.slice(0, 3)} ${t(ruleTitleId(key.rule))}`;
  return showSheet
    ? t("ui.sheetRowHeading", { sheet: key.sheet, row: key.row })
    : t("ui.rowHeading", { row: key.row });
}
