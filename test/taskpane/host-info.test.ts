import { languageFromLocale, themeFromBackground } from "../../src/excel/host-info";
import { isLanguage } from "../../src/labels/language";

/** A UN language's own code once the label table is complete in it (issue 15), English until then. */
const whenComplete = (code: string) => (isLanguage(code) ? code : "en");

describe("languageFromLocale", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["fr-FR", whenComplete("fr")],
    ["fr-CA", whenComplete("fr")],
    ["ar-SA", whenComplete("ar")],
    ["ru-RU", whenComplete("ru")],
    ["es-ES", whenComplete("es")],
    ["es-419", whenComplete("es")],
    ["de-DE", "en"],
    ["", "en"],
    [undefined, "en"],
  ])("reads %s as %s", (locale, language) => {
    expect(languageFromLocale(locale)).toBe(language);
  });
});

describe("themeFromBackground", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#e6e6e6", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["1f1f1f", "dark"],
    ["not a colour", "light"],
    [undefined, "light"],
  ])("reads %s as %s", (color, theme) => {
    expect(themeFromBackground(color)).toBe(theme);
  });
});
