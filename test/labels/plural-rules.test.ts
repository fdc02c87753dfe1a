import { LABELS, formatPlural, type PluralLabelId } from "../../src/labels/labels";
import type { LabelText } from "../../src/labels/label-table";
import type { Language } from "../../src/labels/language";
import { categoriesForCounts, pluralCategory, pluralForm } from "../../src/labels/plural";

const UN_LANGUAGES: readonly Language[] = ["ar", "zh", "en", "fr", "ru", "es"];

describe("plural labels", () => {
  it("select the categories of each language's plural rules", () => {
    expect([1, 2, 5, 21, 22, 25, 111].map((n) => pluralCategory(n, "ru"))).toEqual([
      "one",
      "few",
      "many",
      "one",
      "few",
      "many",
      "many",
    ]);
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((n) => pluralCategory(n, "ar"))).toEqual([
      "zero",
      "one",
      "two",
      "few",
      "few",
      "many",
      "many",
      "other",
      "other",
    ]);
    expect([0, 1, 2].map((n) => pluralCategory(n, "fr"))).toEqual(["one", "one", "other"]);
    expect([0, 1, 2].map((n) => pluralCategory(n, "es"))).toEqual(["other", "one", "other"]);
    expect([1, 2].map((n) => pluralCategory(n, "zh"))).toEqual(["other", "other"]);
    expect(categoriesForCounts("ru")).toEqual(["few", "many", "one"]);
    expect(categoriesForCounts("ar")).toEqual(["few", "many", "one", "other", "two", "zero"]);
  });

  it("pick the form of the count's category, or other", () => {
    const forms = { one: "{count} доклад", few: "{count} доклада", many: "{count} докладов", other: "x" };
    expect(pluralForm(forms, 1, "ru")).toBe("{count} доклад");
    expect(pluralForm(forms, 3, "ru")).toBe("{count} доклада");
    expect(pluralForm(forms, 11, "ru")).toBe("{count} докладов");
    expect(pluralForm({ other: "{count} 份" }, 1, "zh")).toBe("{count} 份");
  });

  it("fill {count} and the label's placeholders", () => {
    expect(formatPlural("cli.summary.closure", "en", 1)).toBe("Proposed for closure (1 report):");
    expect(formatPlural("cli.summary.closure", "en", 3)).toBe("Proposed for closure (3 reports):");
    expect(formatPlural("cli.summary.closure", "zh", 3)).toBe("提议结束（3 份报告）：");
    expect(formatPlural("cli.recommendations", "en", 2, { numbers: "1 and 2" })).toBe(
      "recommendations 1 and 2",
    );
  });

  it("give, in every language a plural label has, every form its counts select", () => {
    const lacking: string[] = [];
    for (const [id, texts] of Object.entries(LABELS) as [string, Partial<Record<Language, LabelText>>][]) {
      if (typeof texts.en === "string") continue;
      for (const lang of UN_LANGUAGES) {
        const text = texts[lang];
        if (text === undefined) continue;
        if (typeof text === "string") lacking.push(`${id}/${lang}: plain text in a plural label`);
        else
          for (const category of categoriesForCounts(lang))
            if (category !== "other" && text[category] === undefined)
              lacking.push(`${id}/${lang}/${category}`);
      }
    }
    expect(lacking).toEqual([]);
    const pluralIds: PluralLabelId[] = ["cli.summary.read", "decision.item"];
    expect(pluralIds).toHaveLength(2);
  });
});
