import type { IsoDate } from "../core/grid";
import type { Language } from "./language";
import { formatLabel, label, type LabelId } from "./lookup";

/**
 * A calendar date written out in full, as the report writes it.
 *
 * @example formatLongDate("2023-02-28", "en") // "28 February 2023"
 * @example formatLongDate("2023-02-28", "zh") // "2023 年 2 月 28 日"
 */
export function formatLongDate(iso: IsoDate | string, lang: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const month = Number(match[2]);
  if (month < 1 || month > 12) throw new Error(`Not an ISO date: ${iso}`);
  const monthId = `month.${month}` as LabelId;
  return formatLabel("date.long", lang, {
    day: Number(match[3]),
    month: label(monthId, lang),
    year: Number(match[1]),
  });
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
