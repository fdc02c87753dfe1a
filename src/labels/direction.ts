import type { Language, UpcomingLanguage } from "./language";

/** Which way a language's text runs: Arabic right to left, the five others left to right. */
export type TextDirection = "ltr" | "rtl";

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(["ar"]);

/**
 * The direction of a language's text, for the generated sheets, the .docx report and the task pane.
 *
 * @example textDirection("ar") // "rtl"
 * @example textDirection("fr") // "ltr"
 */
export function textDirection(lang: Language | UpcomingLanguage): TextDirection {
  return RIGHT_TO_LEFT.has(lang) ? "rtl" : "ltr";
}
