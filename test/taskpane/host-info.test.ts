import { languageFromLocale, themeFromBackground } from "../../src/excel/host-info";

describe("languageFromLocale", () => {
  it.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["en-US", "en"],
    ["EN-gb", "en"],
    ["fr-FR", "en"],
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
