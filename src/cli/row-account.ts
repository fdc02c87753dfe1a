import type { Finding } from "../core/findings";
import type { Register } from "../core/model";
import { skippedRows } from "../core/summarize";
import { CliError } from "./cli-error";
import { EXIT } from "./cli-io";
import { registerPlace } from "./register-place";
import type { RowAccount } from "./summary-json";

/**
 * The rows read and those the counts leave out. A register of which rows were read but none can be counted
 * is not a usable register: every figure would be a zero that is not the truth, so the command stops with
 * exit 2 and one line saying why, whatever --force says.
 *
 * @example accountFor(register, findings, "register.xlsx").rowsRead // 24
 */
export function accountFor(register: Register, findings: readonly Finding[], file: string): RowAccount {
  const skipped = skippedRows(register);
  const rowsRead = register.rows.length;
  if (rowsRead > 0 && skipped.length === rowsRead) {
    throw new CliError(
      EXIT.unusable,
      `${file}: none of the ${rowsRead === 1 ? "1 row" : `${rowsRead} rows`} of the register (${registerPlace(register)}) ` +
        `can be counted: each lacks a readable report symbol, recommendation number, addressee or acceptance. ` +
        `Run jiu-register validate ${file} to see why, and correct the cells or the header row.`,
    );
  }
  return { rowsRead, skipped, findings };
}
