import { isLanguage, type Language } from "../labels/language";
import type { ThemeName } from "../taskpane/theme";

export interface PreviewOptions {
  /** `?fault=1`: plant one fault in the sample (a misspelt acceptance status). */
  readonly fault: boolean;
  /** `?lang=zh`: the display language Office would report. */
  readonly language: Language;
  /** `?theme=dark`: the Office theme. */
  readonly theme: ThemeName;
}

/**
 * The preview's query parameters, standing in for what Office tells the task pane.
 *
 * @example previewOptions("?fault=1&lang=zh") // { fault: true, language: "zh", theme: "light" }
 */
export function previewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const lang = params.get("lang") ?? "en";
  return {
    fault: params.get("fault") === "1",
    language: isLanguage(lang) ? lang : "en",
    theme: params.get("theme") === "dark" ? "dark" : "light",
  };
}
