import type { IsoDate } from "../core/grid";
import type { Language } from "./language";
import { LANGUAGE_CONVENTIONS, localeOf } from "./language-conventions";
import { joinParts } from "./intl-parts";
import { formatLabel } from "./lookup";

/** A calendar day in UTC, so that the date written never depends on the machine's time zone. */
function utcDay(iso: IsoDate | string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [year, month, day] = [Number(match?.[1]), Number(match?.[2]), Number(match?.[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (!match || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    throw new Error(`Not an ISO date: ${iso}`);
  date.setUTCFullYear(year);
  return date;
}

/**
 * A calendar date written out in full, as the language's documents write it (Intl.DateTimeFormat, long),
 * with the conventions Intl lacks: the month names of UN Arabic documents ("شباط/فبراير"), the French
 * "1er", the spaces of Chinese documents.
 *
 * @example formatLongDate("2023-02-28", "en") // "28 February 2023"
 * @example formatLongDate("2023-02-28", "zh") // "2023 年 2 月 28 日"
 * @example formatLongDate("2023-02-28", "ru") // "28 февраля 2023 г."
 * @example formatLongDate("2023-02-28", "ar") // "28 شباط/فبراير 2023"
 */
export function formatLongDate(iso: IsoDate | string, lang: Language): string {
  const date = utcDay(iso);
  const format = new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "long", timeZone: "UTC" });
  const { monthNames, firstOfMonth } = LANGUAGE_CONVENTIONS[lang];
  const parts = format.formatToParts(date).map((part) => {
    if (part.type === "month" && monthNames) return { ...part, value: monthNames[date.getUTCMonth()] ?? "" };
    if (part.type === "day" && firstOfMonth && date.getUTCDate() === 1)
      return { ...part, value: firstOfMonth };
    // formatToParts keeps ICU's narrow no-break space ("2023\u202fг.") where format() gives a space.
    return part.type === "literal" ? { ...part, value: part.value.replace(/\u202f/g, " ") } : part;
  });
  return joinParts(parts, lang);
}

/**
 * A span of review years, or one year when the span is a single year.
 *
 * @example formatYearSpan(2018, 2021, "en") // "2018–2021"
 * @example formatYearSpan(2018, 2021, "zh") // "2018 年-2021 年"
 */
export function formatYearSpan(from: number, to: number, lang: Language): string {
  return from === to
    ? formatLabel("years.single", lang, { year: from })
    : formatLabel("years.range", lang, { from, to });
}
