import type { Rule } from "../context";

/**
 * W10: another sheet (or table) also holds a complete register header. Only one register is read, so the
 * person is told which one and why, lest the other's rows be thought checked and counted.
 */
export const otherRegistersRule: Rule = ({ register, report }) => {
  const reason = register.table
    ? "it is an Excel table (tables come first)"
    : "it comes first in the workbook";
  const read = register.table
    ? `table '${register.table}' on sheet '${register.sheet}'`
    : `sheet '${register.sheet}'`;
  for (const other of register.otherRegisters ?? []) {
    const where = other.table ? `table '${other.table}' on sheet '${other.sheet}'` : `sheet '${other.sheet}'`;
    const fix = register.table
      ? `make it the Excel table instead, or keep one register per workbook`
      : `move sheet '${other.sheet}' before sheet '${register.sheet}', or keep one register per workbook`;
    report(
      register.headerRow,
      null,
      "W10-other-register",
      `${where.charAt(0).toUpperCase()}${where.slice(1)} also holds a register (header on row ${other.headerRow}); ` +
        `only ${read} was read, as ${reason}. If the register is the other one, ${fix}`,
    );
  }
};
