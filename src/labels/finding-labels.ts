import type { FindingMessageId } from "../core/findings";
import type { FindingHint } from "../core/validate/message-params";
import { FINDING_FIELDS } from "./finding-fields";
import { HISTORY_FIELDS, HISTORY_MESSAGES } from "./finding-labels-history";
import { REGISTER_WORD_MESSAGES } from "./finding-labels-words";
import { CHECK_MESSAGES } from "./finding-messages-checks";
import { DATE_AND_SHEET_MESSAGES } from "./finding-messages-dates";
import { OTHER_REGISTER_MESSAGES } from "./finding-messages-registers";
import { VALUE_MESSAGES } from "./finding-messages-values";
import type { LabelTable, LabelTexts } from "./label-table";

/**
 * Validation messages, one template per `FindingMessageId`. The English template is what a finding's
 * `message` says, word for word (the CLI prints it); the others are what the task pane shows in its
 * language. Register values are shown as written, quoted as each language quotes: '...' in English, “...”
 * in Chinese and Spanish, « ... » in French, «...» in Russian and Arabic.
 * Placeholders are filled by `formatFindingMessage`, which renders closed-set codes ({field}, {choices},
 * {acceptance}, {implementation}, {status}) in the reader's language.
 */
const MESSAGES = {
  ...REGISTER_WORD_MESSAGES,
  ...VALUE_MESSAGES,
  ...CHECK_MESSAGES,
  ...DATE_AND_SHEET_MESSAGES,
  ...OTHER_REGISTER_MESSAGES,
  ...HISTORY_MESSAGES,
} satisfies Record<FindingMessageId, LabelTexts>;

const HINTS = {
  mergedCell: {
    en: "if the cell is merged with the one above, unmerge them and fill in every row",
    zh: "如果该单元格与上方的单元格合并了，请取消合并并在每一行中填写",
    ar: "إذا كانت الخلية مدمجة مع الخلية التي فوقها، فألغِ الدمج واملأ كل صف",
    fr: "si la cellule est fusionnée avec celle du dessus, annulez la fusion et remplissez chaque ligne",
    ru: "если ячейка объединена с ячейкой выше, отмените объединение и заполните каждую строку",
    es: "si la celda está combinada con la de arriba, separe las celdas y rellene cada fila",
  },
} satisfies Record<FindingHint, LabelTexts>;

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: LabelTexts };

function prefixed<P extends string, T extends Readonly<Record<string, LabelTexts>>>(
  prefix: P,
  table: T,
): Prefixed<P, T> {
  return Object.fromEntries(
    Object.entries(table).map(([id, texts]) => [`${prefix}${id}`, texts]),
  ) as Prefixed<P, T>;
}

/** Finding messages and the words they are made of, merged into the one label table. */
export const FINDING_LABELS = {
  ...prefixed("finding.", MESSAGES),
  ...prefixed("findingField.", FINDING_FIELDS),
  // The reporting history sheet's columns (issue 14), not columns of the register.
  ...prefixed("findingField.", HISTORY_FIELDS),
  ...prefixed("findingHint.", HINTS),
  /** Joins a hint to its message. */
  "findingClause.separator": { en: "; ", zh: "；", ar: "؛ ", fr: " ; ", ru: "; ", es: "; " },
} satisfies LabelTable;
