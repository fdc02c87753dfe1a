import { isLanguage, type Language } from "../../src/labels/language";
import type { ThemeName } from "../../src/taskpane/theme";

export interface PreviewOptions {
  /** `?fault=1`: plant one fault in the sample (a misspelt acceptance status). */
  readonly fault: boolean;
  /** `?lang=zh`: the display language Office would report. */
  readonly language: Language;
  /** `?theme=dark`: the Office theme. */
  readonly theme: ThemeName;
  /** `?rows=20000`: a synthetic register of that many rows instead of the sample (1 to 100,000). */
  readonly rows: number | null;
  /** `?empty=1`: a new, empty workbook (one blank sheet), to try New register. */
  readonly empty: boolean;
}

const MAX_SYNTHETIC_ROWS = 100_000;

/**
 * The preview's query parameters, standing in for what Office tells the task pane.
 *
 * @example previewOptions("?fault=1&lang=zh") // { fault: true, language: "zh", theme: "light", rows: null, empty: false }
 */
export function previewOptions(search: string): PreviewOptions {
  const params = new URLSearchParams(search);
  const lang = params.get("lang") ?? "en";
  const rows = Number(params.get("rows") ?? NaN);
  return {
    fault: params.get("fault") === "1",
    language: isLanguage(lang) ? lang : "en",
    theme: params.get("theme") === "dark" ? "dark" : "light",
    rows: Number.isInteger(rows) && rows >= 1 && rows <= MAX_SYNTHETIC_ROWS ? rows : null,
    empty: params.get("empty") === "1",
  };
}
