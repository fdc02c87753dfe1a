import type { Register } from "../core/model";
import type { Language } from "../labels/language";
import { formatLabel } from "../labels/labels";
import { terminalSafe } from "./terminal-text";

/** "sheet '登记册'" or "table 'Register' on sheet '登记册'": where the register was found. */
export function registerPlace(register: Register, lang: Language = "en"): string {
  return register.table === null
    ? formatLabel("cli.place.sheet", lang, { sheet: terminalSafe(register.sheet) })
    : formatLabel("cli.place.table", lang, {
        sheet: terminalSafe(register.sheet),
        table: terminalSafe(register.table),
      });
}
