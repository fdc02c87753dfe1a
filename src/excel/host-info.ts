import { isLanguage, type Language } from "../labels/language";

/** What the task pane needs to know about its host before it renders. */
export interface HostInfo {
  readonly theme: "light" | "dark";
  readonly language: Language;
  /** Whether the task pane may download a file: only in Excel on the web (desktop task panes block it). */
  readonly canSaveFiles: boolean;
}

/**
 * Waits for Office.js, then reads the theme and the display language. Office on the web and older
 * clients have no `officeTheme`: the pane is then light, as Excel is by default.
 */
export async function readHostInfo(): Promise<HostInfo> {
  await Office.onReady();
  const context = Office.context;
  return {
    theme: themeFromBackground(context.officeTheme?.bodyBackgroundColor),
    language: languageFromLocale(context.displayLanguage),
    canSaveFiles: canSaveFromPane(String(context.platform ?? "")),
  };
}

/**
 * Office's display language ("zh-CN", "en-US") narrowed to a language with a complete label table.
 *
 * @example languageFromLocale("zh-TW") // "zh"
 * @example languageFromLocale("fr-FR") // "fr"
 * @example languageFromLocale("de-DE") // "en"
 */
export function languageFromLocale(locale: string | undefined): Language {
  const primary = (locale ?? "").split(/[-_]/)[0]?.toLowerCase() ?? "";
  return isLanguage(primary) ? primary : "en";
}

/**
 * Dark when Office paints the body darker than mid-grey ("#262626" in Black, "#FFFFFF" in White).
 *
 * @example themeFromBackground("#1f1f1f") // "dark"
 */
export function themeFromBackground(color: string | undefined): "light" | "dark" {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color?.trim() ?? "");
  if (!match) return "light";
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex ?? "0", 16) / 255) as [
    number,
    number,
    number,
  ];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance < 0.5 ? "dark" : "light";
}

/**
 * Whether a task pane on this platform can download a file: Excel on the web runs the pane in the browser,
 * which downloads; the desktop clients' web views do not.
 *
 * @example canSaveFromPane("OfficeOnline") // true
 * @example canSaveFromPane("PC") // false
 */
export function canSaveFromPane(platform: string): boolean {
  return platform === "OfficeOnline";
}
