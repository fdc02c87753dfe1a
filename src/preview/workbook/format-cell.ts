import { serialToIsoDate } from "../../core/dates";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/**
 * The text Excel shows for a value under a number format, for the formats registers and the generated
 * sheets use: General, text, fixed decimals, thousands separators, percentages and dates.
 * Unknown formats fall back to General rather than guessing.
 *
 * @example formatCellText(0.256, "0%") // "26%"
 * @example formatCellText(44985, "yyyy-mm-dd") // "2023-02-28"
 */
export function formatCellText(value: string | number | boolean | null, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = numberFormat.split(";")[0] ?? "";
  if (format === "" || format === "General" || format === "@") return general(value);
  if (isDateFormat(format)) return formatDate(value, format) ?? general(value);
  const percent = /^(#,##)?0(\.(0+))?%$/.exec(format);
  if (percent) return fixed(value * 100, percent[3]?.length ?? 0, Boolean(percent[1])) + "%";
  const number = /^(#,##)?0(\.(0+))?$/.exec(format);
  if (number) return fixed(value, number[3]?.length ?? 0, Boolean(number[1]));
  return general(value);
}

function general(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function fixed(value: number, decimals: number, grouping: boolean): string {
  return value.toLocaleString("en-US", {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  });
}

/** A format is a date format when, outside quoted literals, it holds y or d (m alone could be minutes). */
function isDateFormat(format: string): boolean {
  return /[yd]/i.test(format.replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

function formatDate(serial: number, format: string): string | null {
  const iso = serialToIsoDate(serial);
  if (iso === null) return null;
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? "";
  const tokens = /"([^"]*)"|\\(.)|(yyyy|yy|mmmm|mmm|mm|m|dd|d)|(.)/gi;
  let out = "";
  for (const match of format.matchAll(tokens)) {
    const [, quoted, escaped, token, other] = match;
    if (quoted !== undefined) out += quoted;
    else if (escaped !== undefined) out += escaped;
    else if (other !== undefined) out += other;
    else {
      switch (token?.toLowerCase()) {
        case "yyyy":
          out += String(year).padStart(4, "0");
          break;
        case "yy":
          out += String(year % 100).padStart(2, "0");
          break;
        case "mmmm":
          out += monthName;
          break;
        case "mmm":
          out += monthName.slice(0, 3);
          break;
        case "mm":
          out += String(month).padStart(2, "0");
          break;
        case "m":
          out += String(month);
          break;
        case "dd":
          out += String(day).padStart(2, "0");
          break;
        case "d":
          out += String(day);
          break;
      }
    }
  }
  return out;
}
