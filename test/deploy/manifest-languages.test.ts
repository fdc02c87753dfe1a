import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { UI_PANE_LABELS } from "../../src/labels/ui-pane-labels";
import { ROOT } from "./manifest-support";

const TEMPLATE = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const UN_LOCALES = ["zh-CN", "ar-SA", "fr-FR", "ru-RU", "es-ES"] as const;

interface Localized {
  readonly name: string;
  readonly defaultValue: string;
  readonly overrides: ReadonlyMap<string, string>;
}

/** Every element of the manifest that has a DefaultValue and Override children: its text per locale. */
function localizedElements(xml: string): Localized[] {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const elements = document.getElementsByTagName("*");
  const found: Localized[] = [];
  for (let index = 0; index < elements.length; index += 1) {
    const element = elements.item(index);
    const defaultValue = element?.getAttribute("DefaultValue");
    if (!element || defaultValue === null || defaultValue === undefined) continue;
    const overrides = new Map<string, string>();
    for (let child = element.firstChild; child; child = child.nextSibling) {
      const override = child as unknown as Element;
      if (override.localName === "Override")
        overrides.set(override.getAttribute("Locale") ?? "", override.getAttribute("Value") ?? "");
    }
    const name = element.getAttribute("id") ?? element.localName ?? "";
    found.push({ name, defaultValue, overrides });
  }
  return found;
}

describe("the manifest in the six UN languages", () => {
  const localized = localizedElements(TEMPLATE);
  const texts = localized.filter((element) => element.overrides.size > 0);

  it("overrides every localized text for Chinese, Arabic, French, Russian and Spanish", () => {
    const names = texts.map((element) => element.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "DisplayName",
        "Description",
        "SupportUrl",
        "GetStarted.Title",
        "GetStarted.Description",
        "GetStarted.LearnMoreUrl",
        "Group.Label",
        "ShowTaskpane.Label",
        "ShowTaskpane.Tooltip",
        "Validate.Label",
        "Validate.Tooltip",
      ]),
    );
    const lacking = texts.flatMap((element) =>
      UN_LOCALES.filter((locale) => !element.overrides.get(locale)?.trim()).map(
        (locale) => `${element.name}/${locale}`,
      ),
    );
    expect(lacking).toEqual([]);
  });

  it("gives every language its own text, not the English one", () => {
    const untranslated = texts.flatMap((element) =>
      [...element.overrides]
        .filter(([, value]) => value === element.defaultValue)
        .map(([locale]) => `${element.name}/${locale}`),
    );
    expect(untranslated).toEqual([]);
  });

  it("names the ribbon's Validate button as the pane names it", () => {
    const validate = texts.find((element) => element.name === "Validate.Label");
    const pane = UI_PANE_LABELS["ui.validate"];
    expect(validate?.defaultValue).toBe(pane.en);
    expect(Object.fromEntries(UN_LOCALES.map((locale) => [locale, validate?.overrides.get(locale)]))).toEqual(
      { "zh-CN": pane.zh, "ar-SA": pane.ar, "fr-FR": pane.fr, "ru-RU": pane.ru, "es-ES": pane.es },
    );
  });

  it("links each language's help page, which exists", () => {
    for (const name of ["SupportUrl", "GetStarted.LearnMoreUrl"]) {
      const help = texts.find((element) => element.name === name);
      for (const locale of UN_LOCALES) {
        const page = help?.overrides.get(locale)?.replace(/^https:\/\/localhost:3000\//, "") ?? "";
        expect(page).toMatch(/^help-(zh|ar|fr|ru|es)\.html$/);
        expect(existsSync(join(ROOT, "src", "taskpane", page))).toBe(true);
      }
    }
  });
});
