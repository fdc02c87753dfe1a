/**
 * The README's register format lists the built-in words: every addressee and status word of every register
 * language must be there, so that a secretariat knows what it may type without reading the code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REGISTER_LANGUAGES } from "../../src/core/languages";
import { looseKey } from "../../src/core/parse";

const README = readFileSync(path.join(__dirname, "..", "..", "README.md"), "utf8");

/**
 * The words of a "Built-in words" table (English and Chinese; French, Spanish, Russian and Arabic), each in
 * `code quotes`; "Legislative organ(s)" gives both forms.
 */
function tableWords(from: string, words: Set<string>): void {
  const start = README.indexOf(from);
  const end = README.indexOf("\n\n", README.indexOf("| meaning |", start));
  for (const line of README.slice(start, end).split("\n")) {
    if (!line.startsWith("|")) continue;
    for (const cell of line.split("|").slice(2, -1)) {
      for (const [, item = ""] of cell.matchAll(/`([^`]+)`/g)) {
        const text = item.trim();
        words.add(looseKey(text.replace(/\(([^)]*)\)/g, "$1")));
        words.add(looseKey(text.replace(/\(([^)]*)\)/g, "")));
      }
    }
  }
}

function readmeWords(): Set<string> {
  const words = new Set<string>();
  tableWords("**Built-in words**", words);
  tableWords("**In French, Spanish, Russian and Arabic**", words);
  return words;
}

describe("README: the built-in words", () => {
  const listed = readmeWords();
  const builtIn = REGISTER_LANGUAGES.flatMap(({ code, words }) =>
    [
      ...Object.values(words.addressee),
      ...Object.values(words.namedAddressee),
      ...Object.values(words.acceptance),
      ...Object.values(words.implementation),
      ...words.statusPhrases.map((phrase) => phrase.words),
      words.notApplicable,
    ]
      .flat()
      .map((word) => [code, word] as const),
  );

  it.each(builtIn)("lists the %s word %j", (_code, word) => {
    expect(listed.has(looseKey(word))).toBe(true);
  });
});
