import { renderToStaticMarkup } from "react-dom/server";
import { isLanguage, LANGUAGES } from "../../src/labels/language";
import {
  LANGUAGE_OWN_NAMES,
  languageChoices,
  UN_LANGUAGE_ORDER,
  writingDirection,
} from "../../src/labels/language-names";
import { TextProvider } from "../../src/taskpane/i18n/text-context";
import { AnnexLanguageField } from "../../src/taskpane/options/AnnexLanguageField";

/** The options of a rendered select, as (value, text) pairs in their order. */
function options(html: string): [string, string][] {
  return [...html.matchAll(/<option[^>]*value="([^"]*)"[^>]*>([^<]*)<\/option>/g)].map((match) => [
    match[1] ?? "",
    match[2] ?? "",
  ]);
}

describe("the language list", () => {
  it("names the six UN languages in themselves, in the UN's order", () => {
    expect(UN_LANGUAGE_ORDER.map((code) => LANGUAGE_OWN_NAMES[code])).toEqual([
      "العربية",
      "中文",
      "English",
      "Français",
      "Русский",
      "Español",
    ]);
    expect(writingDirection("ar")).toBe("rtl");
    expect(UN_LANGUAGE_ORDER.filter((code) => writingDirection(code) === "rtl")).toEqual(["ar"]);
  });

  it("offers every language with a complete label table, and only those", () => {
    const offered = languageChoices().map((choice) => choice.code);
    expect([...offered].sort()).toEqual([...LANGUAGES].sort());
    expect(offered).toEqual(UN_LANGUAGE_ORDER.filter((code) => isLanguage(code)));
  });

  it.each(LANGUAGES)("shows each language in its own name in a %s pane", (paneLanguage) => {
    const html = renderToStaticMarkup(
      <TextProvider language={paneLanguage}>
        <AnnexLanguageField value="en" onChange={() => undefined} />
      </TextProvider>,
    );
    expect(options(html)).toEqual(languageChoices().map(({ code }) => [code, LANGUAGE_OWN_NAMES[code]]));
    expect(html).toContain(`lang="${paneLanguage === "en" ? "zh" : "en"}"`);
  });
});
