/**
 * Issue 15: a register may be written in any of the six UN languages. Each language's words read as the
 * canonical values, Arabic whether or not it carries vowel marks, hamza or tatweel, and no word means one
 * thing in one language and another thing in another.
 */
import type { IsoDate, WorkbookGrid } from "../../../src/core/grid";
import { REGISTER_LANGUAGES, type RegisterLanguage } from "../../../src/core/languages";
import type { Register } from "../../../src/core/model";
import {
  looseKey,
  parseAcceptance,
  parseAddressee,
  parseImplementation,
  parseWorkbook,
  readYesNo,
} from "../../../src/core/parse";
import { summarize } from "../../../src/core/summarize";
import { validate } from "../../../src/core/validate";
import { problemText } from "../../fixtures/problem";
import { registerIn, WORDINGS } from "./six-registers";

const AS_OF = "2023-03-01" as IsoDate;

function parsed(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

/** What a register's counts say, without the words it was written in. */
function counts(register: Register) {
  const summary = summarize(register, AS_OF);
  return {
    rows: register.rows.length,
    total: summary.total,
    outstanding: summary.outstanding,
    closure: summary.proposedForClosure.map((group) => [
      group.report.text,
      group.recommendations.map((id) => id.text),
    ]),
    byYear: summary.byYear,
    rates: summary.rates,
    statuses: register.rows.map(({ recommendation: r }) => [
      r.addressee,
      r.acceptance,
      r.implementation,
      r.previousAcceptance,
      r.previousImplementation,
      r.assessmentUpdated,
    ]),
  };
}

describe("a register written in each UN language gives the English register's counts", () => {
  const english = counts(parsed(registerIn(WORDINGS.en)));

  it("the English register reads all ten rows, with every status", () => {
    expect(english.rows).toBe(10);
    expect(english.total).toBe(10);
    expect(english.outstanding).toEqual({ legislative: 1, executiveHead: 3 });
    expect(new Set(english.statuses.map((row) => row[1]))).toEqual(
      new Set(["accepted", "notAccepted", "underConsideration", "notRelevant", "closed"]),
    );
  });

  it.each(["zh", "fr", "es", "ru", "ar"] as const)("%s", (code) => {
    const register = parsed(registerIn(WORDINGS[code]));
    expect(validate(register, AS_OF).filter((finding) => finding.severity === "error")).toEqual([]);
    expect(counts(register)).toEqual(english);
  });
});

type Category = "addressee" | "status" | "yesNo" | "notApplicable" | "unnumbered";

/** Every built-in word of a language with its category and meaning (a canonical value, as a string). */
function meanings(language: RegisterLanguage): [Category, string, string][] {
  const { words } = language;
  const out: [Category, string, string][] = [];
  const add = (category: Category, meaning: string, list: readonly string[]) => {
    for (const word of list) out.push([category, meaning, word]);
  };
  for (const table of [words.addressee, words.namedAddressee]) {
    for (const [meaning, list] of Object.entries(table)) add("addressee", meaning, list);
  }
  for (const [meaning, list] of Object.entries(words.acceptance)) add("status", `${meaning};`, list);
  for (const [meaning, list] of Object.entries(words.implementation)) add("status", `;${meaning}`, list);
  for (const phrase of words.statusPhrases) {
    add("status", `${phrase.acceptance ?? ""};${phrase.implementation ?? ""}`, phrase.words);
  }
  add("status", "notApplicable", words.notApplicable);
  add("yesNo", "yes", words.yes);
  add("yesNo", "no", words.no);
  add("unnumbered", "unnumbered", words.unnumbered);
  return out;
}

/** Words whose matching key means two things across the given languages: "fr 'X' (a) / es 'X' (b)". */
function collisions(languages: readonly RegisterLanguage[]): string[] {
  const seen = new Map<string, { code: string; word: string; meaning: string }>();
  const found: string[] = [];
  for (const language of languages) {
    for (const [category, meaning, word] of meanings(language)) {
      const key = `${category}:${looseKey(word)}`;
      const before = seen.get(key);
      if (before && before.meaning !== meaning) {
        found.push(
          `${before.code} '${before.word}' (${before.meaning}) / ${language.code} '${word}' (${meaning})`,
        );
      }
      if (!before) seen.set(key, { code: language.code, word, meaning });
    }
  }
  return found;
}

describe("no word means two things", () => {
  it("finds a collision when there is one (the check can fail)", () => {
    const [english] = REGISTER_LANGUAGES;
    if (!english) throw new Error("no English");
    const falseFriend: RegisterLanguage = {
      ...english,
      code: "fr",
      words: { ...english.words, yes: ["No"], no: [] },
    };
    expect(collisions([english, falseFriend])).toEqual(["en 'No' (no) / fr 'No' (yes)"]);
  });

  it("across the six languages' words (addressees, statuses, yes/no, n/a, informal), accents and marks ignored", () => {
    expect(REGISTER_LANGUAGES.map((language) => language.code)).toEqual(["en", "zh", "fr", "es", "ru", "ar"]);
    expect(collisions(REGISTER_LANGUAGES)).toEqual([]);
  });

  it("across the six languages' headers: a header names one column", () => {
    const found: string[] = [];
    for (const table of ["register", "plannedReviews", "requests", "vocabulary"] as const) {
      const seen = new Map<string, string>();
      for (const language of REGISTER_LANGUAGES) {
        for (const [column, names] of Object.entries(language.headers[table])) {
          for (const name of names as readonly string[]) {
            const before = seen.get(looseKey(name));
            if (before !== undefined && before !== column)
              found.push(`${table}: '${name}' is ${before} and ${column}`);
            seen.set(looseKey(name), column);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });
});

describe("every built-in word reads as its meaning, in every language", () => {
  const statusWords = REGISTER_LANGUAGES.flatMap((language) =>
    meanings(language)
      .filter(([category]) => category === "status" || category === "addressee" || category === "yesNo")
      .map(([category, meaning, word]) => [language.code, category, meaning, word] as const),
  );

  /** The word as one typing without accents or vowel marks would. */
  const bare = (word: string) => word.normalize("NFD").replace(/[\u0300-\u036F\u064B-\u065F\u0670]/g, "");

  it.each(statusWords)("%s %s %s: %j", (_code, category, meaning, word) => {
    for (const typed of [word, bare(word), word.toUpperCase()]) {
      if (category === "addressee") expect(parseAddressee(typed)).toBe(meaning);
      if (category === "yesNo") expect(readYesNo(typed)).toEqual({ kind: "value", value: meaning === "yes" });
      if (category === "status" && meaning !== "notApplicable") {
        const [acceptance = "", implementation = ""] = meaning.split(";");
        expect([parseAcceptance(typed) ?? "", parseImplementation(typed) ?? ""]).toEqual([
          acceptance,
          implementation,
        ]);
      }
    }
  });
});

describe("Arabic matching: vowel marks, hamza, alef forms and tatweel are optional", () => {
  it.each([
    ["نُفذت", "implemented"],
    ["نفذت", "implemented"],
    ["نُفِّذَت", "implemented"],
    ["نـــفذت", "implemented"],
    ["تم التنفيذ", "implemented"],
    ["قيد التنفيذ", "inProgress"],
    ["قيـد التنفيـذ", "inProgress"],
    ["جار التنفيذ", "inProgress"],
    ["جارٍ التنفيذ", "inProgress"],
  ] as const)("implementation %j is %s", (text, value) => {
    expect(parseImplementation(text)).toBe(value);
  });

  it.each([
    ["المدير العام", "executiveHead"],
    ["المدير  العام", "executiveHead"],
    ["الأمين العام", "executiveHead"],
    ["الامين العام", "executiveHead"],
    ["ٱلأمين ٱلعام", "executiveHead"],
    ["الجمعية العامة", "legislative"],
    ["الجمعيه العامه", "legislative"],
    ["الجمعية العامّة", "legislative"],
    ["مؤتمر الأطراف", "legislative"],
    ["موتمر الاطراف", "legislative"],
  ] as const)("addressee %j is %s", (text, value) => {
    expect(parseAddressee(text)).toBe(value);
  });

  it("keeps different words apart: a letter, not a mark, tells them apart", () => {
    expect(parseAcceptance("مقبولة")).toBe("accepted");
    expect(parseAcceptance("غير مقبولة")).toBe("notAccepted");
    expect(parseImplementation("لم يبدأ التنفيذ")).toBe("notStarted");
    expect(parseImplementation("بدأ التنفيذ")).toBeNull();
  });
});
