import type { RegisterLanguage } from "../../core/languages";
import type { Acceptance, Implementation } from "../../core/model";
import type { Vocabulary } from "../../core/vocabulary";

/** The dropdowns of a new register: the words each kind of cell offers. */
export interface TemplateWords {
  readonly addressee: readonly string[];
  readonly acceptance: readonly string[];
  readonly implementation: readonly string[];
  readonly yesNo: readonly string[];
  /** What a Vocabulary sheet's "Means" cell may name: every canonical addressee and status. */
  readonly means: readonly string[];
}

const ACCEPTANCES: readonly Acceptance[] = [
  "accepted",
  "notAccepted",
  "underConsideration",
  "notRelevant",
  "closed",
];
const IMPLEMENTATIONS: readonly Implementation[] = ["implemented", "inProgress", "notStarted"];

/**
 * Excel keeps a list typed into a data validation to 255 characters, its words separated by commas: a word
 * with a comma or a quote cannot be one of them. The built-in words come first; the organization's words
 * follow while they fit (the alert is a warning, so a word left out can still be typed).
 */
export const LIST_LIMIT = 255;

/**
 * The dropdown words, in the register's language: its canonical words (the ones the parser's messages
 * suggest), then the words of the workbook's Vocabulary sheet that give an addressee, an acceptance or an
 * implementation alone.
 *
 * @example templateWords(english, BUILT_IN_VOCABULARY).acceptance // ["Accepted", "Not accepted", "Under consideration", "Not relevant", "Closed"]
 */
export function templateWords(language: RegisterLanguage, vocabulary: Vocabulary | null): TemplateWords {
  const { words } = language;
  const first = (list: readonly string[]) => list.slice(0, 1);
  const builtIn = {
    addressee: [...first(words.addressee.legislative), ...first(words.addressee.executiveHead)],
    acceptance: ACCEPTANCES.flatMap((key) => first(words.acceptance[key])),
    implementation: [
      ...IMPLEMENTATIONS.flatMap((key) => first(words.implementation[key])),
      ...first(words.notApplicable),
    ],
  };
  const own = { addressee: [] as string[], acceptance: [] as string[], implementation: [] as string[] };
  for (const entry of vocabulary?.entries ?? []) {
    const { meaning, word } = entry;
    if (meaning === null || word === "") continue;
    if (meaning.kind === "addressee") own.addressee.push(word);
    else if (meaning.status.implementation === null && meaning.status.acceptance !== null)
      own.acceptance.push(word);
    else if (meaning.status.acceptance === null && meaning.status.implementation !== null)
      own.implementation.push(word);
  }
  return {
    addressee: fitList([...builtIn.addressee, ...own.addressee]),
    acceptance: fitList([...builtIn.acceptance, ...own.acceptance]),
    implementation: fitList([...builtIn.implementation, ...own.implementation]),
    yesNo: [...first(words.yes), ...first(words.no)],
    means: [...builtIn.addressee, ...builtIn.acceptance, ...builtIn.implementation.slice(0, 3)],
  };
}

/**
 * The words, once each (ignoring case), without those a list cannot hold, while the list stays within
 * Excel's limit.
 *
 * @example fitList(["Accepted", "accepted", "Yes, later"]) // ["Accepted"]
 */
export function fitList(words: readonly string[]): string[] {
  const kept: string[] = [];
  const seen = new Set<string>();
  let length = 0;
  for (const raw of words) {
    const word = raw.trim();
    const key = word.toLowerCase();
    if (word === "" || /[,"\u0000-\u001f]/.test(word) || seen.has(key)) continue;
    const added = length === 0 ? word.length : length + 1 + word.length;
    if (added > LIST_LIMIT) continue;
    kept.push(word);
    seen.add(key);
    length = added;
  }
  return kept;
}
