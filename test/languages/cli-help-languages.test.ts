/**
 * Issue 15: the CLI's help in each of the six UN languages, following --lang (English by default): no
 * label of another language in the help of any command, and each help label names the same options,
 * placeholders and syntax as its English text.
 */
import { LABELS } from "../../src/labels/labels";
import type { LabelText } from "../../src/labels/label-table";
import { LANGUAGES, type Language } from "../../src/labels/language";
import { COMMAND_NAMES } from "../../src/cli/args";
import { helpLanguage, usageText } from "../../src/cli/usage";
import { FSI, PDI } from "../../src/labels/bidi";
import { formatLabel, formatPlural } from "../../src/labels/lookup";
import { aRow, cli, tempFolder, writeRegister } from "../cli/cli-fixtures";

function formsOf(text: LabelText): string[] {
  return typeof text === "string" ? [text] : Object.values(text);
}

function labelTexts(lang: Language): string[] {
  return Object.values(LABELS).flatMap((texts) => formsOf((texts as Record<Language, LabelText>)[lang]));
}

/** As in six-languages.test.ts: literal pieces of a language's labels, 4+ characters, no `reader` label holds. */
function telltales(lang: Language, reader: Language): string[] {
  const readerTexts = labelTexts(reader);
  const pieces = labelTexts(lang).flatMap((text) =>
    text.split(/\{[A-Za-z][A-Za-z0-9]*\}|\n/).map((piece) => piece.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, "")),
  );
  return [...new Set(pieces)].filter(
    (piece) =>
      [...piece].length >= 4 && /\p{L}/u.test(piece) && !readerTexts.some((text) => text.includes(piece)),
  );
}

function foreignIn(text: string, lang: Language): string[] {
  return LANGUAGES.filter((other) => other !== lang).flatMap((other) =>
    telltales(other, lang)
      .filter((piece) => text.includes(piece))
      .map((piece) => `${other} "${piece}"`),
  );
}

const TOPICS = [null, ...COMMAND_NAMES] as const;

describe.each(LANGUAGES)("the CLI help in %s", (lang) => {
  it.each(TOPICS.map((topic) => [topic ?? "general", topic] as const))(
    "of %s carries no label of another language",
    (_name, topic) => {
      const text = usageText(topic, lang);
      expect(foreignIn(text, lang)).toEqual([]);
      expect(text).toContain(LABELS["cliHelp.option.help"][lang]);
    },
  );
});

describe("the check for foreign labels in the help", () => {
  it("finds English in a French help", () => {
    const mixed = `${usageText("summary", "fr")}\n${LABELS["cliHelp.option.force"].en}`;
    expect(foreignIn(mixed, "fr")).toContain(`en "${LABELS["cliHelp.option.force"].en}"`);
  });
});

/** What a translation must keep from the English: options, placeholders, JSON keys and file names. */
function syntaxOf(text: string): string[] {
  const tokens =
    text.match(
      /(?<![\p{L}\p{N}-])--?[a-z][a-z-]*|\{[A-Za-z]+\}|"[a-z]+"|[A-Z]+\.(?:xlsx|docx)|\b[0-9]\b/gu,
    ) ?? [];
  return [...new Set(tokens)].sort();
}

describe("help labels in every language", () => {
  const ids = Object.keys(LABELS).filter((id) => id.startsWith("cliHelp.") || id.startsWith("cliUsage."));

  it("are all there", () => {
    expect(ids.length).toBeGreaterThanOrEqual(20);
  });

  it.each(ids)("%s names the same options, placeholders and syntax in every language", (id) => {
    const texts = LABELS[id as keyof typeof LABELS] as Record<Language, LabelText>;
    const english = syntaxOf(String(texts.en));
    for (const lang of LANGUAGES) expect([lang, syntaxOf(String(texts[lang]))]).toEqual([lang, english]);
  });
});

describe("--help follows --lang", () => {
  it.each([
    [["summary", "--help", "--lang", "fr"], "fr"],
    [["summary", "--lang=ru", "--help"], "ru"],
    [["help", "annex", "--lang", "ar"], "ar"],
    [["--help"], "en"],
    [["summary", "--help", "--lang", "xx"], "en"],
  ] as const)("%j → %s", (argv, lang) => {
    expect(helpLanguage(argv)).toBe(lang);
  });

  it("prints a command's help in Spanish, and in English without --lang", async () => {
    const spanish = await cli("annex", "--help", "--lang", "es");
    expect(spanish.code).toBe(0);
    expect(spanish.stdout).toBe(usageText("annex", "es"));
    expect(spanish.stdout).toContain("Uso:");
    const english = await cli("annex", "--help");
    expect(english.stdout).toBe(usageText("annex", "en"));
    expect(english.stdout).toContain("Usage:");
  });
});

/** The "Wrote FILE" lines of summary, annex, report and new, as the commands compose them. */
function wroteLines(lang: Language): string[] {
  const files = { output: "out.xlsx", input: "register.xlsx" };
  return [1, 2, 3, 5, 11]
    .flatMap((count) => {
      const sheets = formatPlural("cliWrote.sheets", lang, count, { names: "'A'" });
      return [
        formatLabel("cliWrote.copy", lang, { ...files, sheets }),
        formatLabel("cliWrote.onlyGenerated", lang, { ...files, sheets }),
      ];
    })
    .concat(
      formatLabel("cliWrote.report", lang, { ...files, asOf: "2023-02-28" }),
      formatLabel("cliWrote.newRegister", lang, {
        output: "new.xlsx",
        register: "'R'",
        rest: formatLabel("cliWrote.newRegisterSheets", lang, { names: "'V'" }),
      }),
      formatLabel("cliWrote.replaced", lang, { name: "'A'" }),
    );
}

describe.each(LANGUAGES)("the CLI's 'Wrote' lines in %s", (lang) => {
  it("carry no label of another language", () => {
    expect(foreignIn(wroteLines(lang).join("\n"), lang)).toEqual([]);
  });
});

it("isolates the file names of an Arabic 'Wrote' line, and leaves English as it was", () => {
  const params = { output: "out.xlsx", input: "register.xlsx", asOf: "2023-02-28" };
  expect(formatLabel("cliWrote.report", "ar", params)).toContain(`${FSI}out.xlsx${PDI}`);
  expect(formatLabel("cliWrote.report", "en", params)).toBe(
    "Wrote out.xlsx: the progress report as of 2023-02-28, from register.xlsx.",
  );
});

describe("a refusal to write, in the language of --lang", () => {
  const folder = tempFolder("jiu-cli-help-lang-");
  afterAll(() => folder.dispose());

  it("is in French with --lang fr, in English without", async () => {
    const faulty = await writeRegister(folder.path("faulty.xlsx"), [
      aRow(),
      aRow({ "Recommendation no.": 2, Acceptance: "Acepted" }),
    ]);
    const french = await cli("annex", faulty, "-o", folder.path("fr.xlsx"), "--lang", "fr");
    expect(french.code).toBe(1);
    expect(french.stderr).toContain("Le registre comporte 1 erreur ; aucune feuille n'a donc été écrite.");
    expect(foreignIn(french.stderr, "fr")).toEqual([]);
    const english = await cli("annex", faulty, "-o", folder.path("en.xlsx"));
    expect(english.stderr).toContain("The register has 1 error, so no sheets were written.");
  });
});
