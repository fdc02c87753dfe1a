import type { FindingMessageId } from "../../findings";
import type { Rule } from "../context";
import { findingMessageOf } from "../message-params";

/**
 * W10: another sheet (or table) also holds a complete register header. Only one register is read, so the
 * person is told which one and why, lest the other's rows be thought checked and counted.
 */
export const otherRegistersRule: Rule = ({ register, report }) => {
  for (const other of register.otherRegisters ?? []) {
    const id: FindingMessageId = register.table
      ? other.table
        ? "otherRegister.tableReadOtherTable"
        : "otherRegister.tableReadOtherSheet"
      : other.table
        ? "otherRegister.sheetReadOtherTable"
        : "otherRegister.sheetReadOtherSheet";
    report(
      register.headerRow,
      null,
      "W10-other-register",
      findingMessageOf(id, {
        sheet: register.sheet,
        otherSheet: other.sheet,
        otherHeaderRow: other.headerRow,
        ...(register.table ? { table: register.table } : {}),
        ...(other.table ? { otherTable: other.table } : {}),
      }),
    );
  }
};
