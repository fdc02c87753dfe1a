import { closingLine } from "../../src/cli/findings-report";
import type { Finding } from "../../src/core/findings";
import { aRegister } from "../fixtures/register";
import {
  formatAlternatives,
  formatList,
  formatLongDate,
  formatNumber,
  formatPercent,
  formatPlural,
  numberingMarker,
} from "../../src/labels/labels";

describe("the language rules of the four added UN languages", () => {
  it.each([
    ["fr", "1, 5, 8 et 9"],
    ["es", "1, 5, 8 y 9"],
    ["ru", "1, 5, 8 и 9"],
    ["ar", "1 و5 و8 و9"],
    ["en", "1, 5, 8 and 9"],
    ["zh", "1、5、8 和 9"],
  ] as const)("lists in %s: %s", (lang, text) => {
    expect(formatList(["1", "5", "8", "9"], lang)).toBe(text);
  });

  it("joins alternatives with the language's or", () => {
    expect(formatAlternatives(["Oui", "Non"], "fr")).toBe("Oui ou Non");
    expect(formatAlternatives(["Да", "Нет"], "ru")).toBe("Да или Нет");
  });

  it.each([
    ["fr", "2023-02-28", "28 février 2023"],
    ["fr", "2024-12-01", "1er décembre 2024"],
    ["es", "2023-02-28", "28 de febrero de 2023"],
    ["ru", "2023-02-28", "28 февраля 2023 г."],
    ["ar", "2023-02-28", "28 شباط/فبراير 2023"],
    ["ar", "2023-06-01", "1 حزيران/يونيه 2023"],
    ["en", "2024-12-01", "1 December 2024"],
    ["zh", "2024-12-01", "2024 年 12 月 1 日"],
  ] as const)("writes a long date in %s: %s is %s", (lang, iso, text) => {
    expect(formatLongDate(iso, lang)).toBe(text);
  });

  it("writes Arabic with Western digits, as UN Arabic documents do", () => {
    expect(formatLongDate("2023-02-28", "ar")).not.toMatch(/[\u0660-\u0669]/);
    expect(formatNumber(12345, "ar")).toBe("12,345");
  });

  it("groups digits and writes percentages as each language does", () => {
    expect(formatNumber(12345, "fr")).toBe("12\u202f345");
    expect(formatNumber(12345, "ru")).toBe("12\u00a0345");
    expect(formatNumber(12345, "es")).toBe("12.345");
    expect(formatPercent(0.853, "fr")).toBe("85\u00a0%");
    expect(formatPercent(0.853, "en")).toBe("85%");
    expect(formatPercent(0.853, "zh")).toBe("85%");
  });

  it("numbers headings as UN documents do", () => {
    expect(numberingMarker(2, "fr")).toBe("II.");
    expect(numberingMarker(3, "ar")).toBe("ثالثا -");
    expect(numberingMarker(12, "ar")).toBe("ثاني عشر -");
  });

  it.each([
    [1, "Предлагается закрыть (1 доклад):"],
    [3, "Предлагается закрыть (3 доклада):"],
    [5, "Предлагается закрыть (5 докладов):"],
    [21, "Предлагается закрыть (21 доклад):"],
    [112, "Предлагается закрыть (112 докладов):"],
  ])("picks the Russian plural form for %d", (count, text) => {
    expect(formatPlural("cli.summary.closure", "ru", count)).toBe(text);
  });

  it.each([
    [1, "المقترح إغلاقه (تقرير واحد):"],
    [2, "المقترح إغلاقه (تقريران):"],
    [3, "المقترح إغلاقه (3 تقارير):"],
    [11, "المقترح إغلاقه (11 تقريرا):"],
    [100, "المقترح إغلاقه (100 تقرير):"],
  ])("picks the Arabic plural form for %d", (count, text) => {
    expect(formatPlural("cli.summary.closure", "ar", count)).toBe(text);
  });

  it("picks the French and Spanish singular and plural", () => {
    expect(formatPlural("cli.recommendations", "fr", 1, { numbers: "4" })).toBe("recommandation 4");
    expect(formatPlural("cli.recommendations", "fr", 2, { numbers: "1 et 4" })).toBe(
      "recommandations 1 et 4",
    );
    expect(formatPlural("cli.recommendations", "es", 1, { numbers: "4" })).toBe("recomendación 4");
    expect(formatPlural("cli.summary.read", "es", 1234, { place: "x" })).toBe(
      "1234 recomendaciones leídas de x.",
    );
  });
});

describe("jiu-register validate's report in the reader's language", () => {
  it.each([
    ["en", "14 recommendations read from sheet 'R'; 0 errors, 1 warning."],
    ["fr", "14 recommandations lues dans la feuille «\u00a0R\u00a0»\u00a0; 0 erreur, 1 avertissement."],
    ["ru", "Из листа «R» прочитано 14 рекомендаций; 0 ошибок, 1 предупреждение."],
    ["ar", "\u2068قُرئت 14 توصية من الورقة «\u2068R\u2069»\u2069؛ لا أخطاء، تحذير واحد."],
  ] as const)("closes in %s with the counts' plural forms", (lang, text) => {
    const register = aRegister(Array.from({ length: 14 }, () => ({})));
    const warning = { severity: "warning", rule: "W02-deadline-overdue" } as Finding;
    expect(closingLine([warning], { ...register, sheet: "R", table: null }, lang)).toBe(text);
  });
});
