/**
 * Synthetic registers of any size, for the benchmark and for large-register tests.
 * Deterministic: the same (n, seed) gives the same cells on every machine. The data look like a
 * register kept since 1998: English headers, reports 1998-2025 (two-digit symbols before 2000),
 * recommendation texts of about 400 characters, assessments of about 800 with some near 5,000,
 * mixed statuses and addressees, previous statuses on most rows (a blank one is a first report), and a
 * share of reports in Chinese.
 * Every row is valid (no validation errors), though many carry warnings (overdue, long outstanding),
 * as a real register does.
 */
import type { CellValue, DateCell, IsoDate, LinkCell, WorkbookGrid } from "../../src/core/grid";
import { formatIsoDate, daysInMonth } from "../../src/core/dates";
import type { Acceptance, Addressee, Implementation, ReportKind } from "../../src/core/model";
import { seededRandom, type Random } from "./random";
import { textPool, type TextPool } from "./synthetic-text";

/** The register's headers, in column order (English names from the register format). */
export const SYNTHETIC_HEADERS = [
  "Report symbol",
  "Report title",
  "Report link",
  "Recommendation no.",
  "Addressed to",
  "Recommendation",
  "Management assessment",
  "Acceptance",
  "Implementation",
  "Previous acceptance",
  "Previous implementation",
  "Assessment updated",
  "Responsible",
  "Deadline",
  "Last updated",
  "CEB comments",
  "Other documents",
] as const;

export type SyntheticHeader = (typeof SYNTHETIC_HEADERS)[number];

/** The as-of date the synthetic registers are written for: nothing is dated after it. */
export const SYNTHETIC_AS_OF = "2026-02-28" as IsoDate;

/** The sheet name `syntheticWorkbookGrid` and the .xlsx writer use. */
export const SYNTHETIC_SHEET = "Register";

export const SYNTHETIC_FIRST_YEAR = 1998;
export const SYNTHETIC_LAST_YEAR = 2025;

export interface SyntheticOptions {
  /** Share of reports written in Chinese (title, texts and status words). Default 0.08. */
  readonly chineseShare?: number;
}

/**
 * The header row followed by `n` data rows (so `n + 1` rows), each `SYNTHETIC_HEADERS.length` wide.
 * Rows are grouped by review year (oldest first), then report, then ascending recommendation number.
 *
 * @example syntheticRegisterRows(1000, 42).length // 1001, identical on every run with seed 42
 */
export function syntheticRegisterRows(n: number, seed = 1, options: SyntheticOptions = {}): CellValue[][] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Row count must be a whole number >= 0, got ${n}`);
  const random = seededRandom(seed);
  const text = textPool(random);
  const chineseShare = options.chineseShare ?? 0.08;
  const rows: CellValue[][] = [[...SYNTHETIC_HEADERS]];
  for (const [year, quota] of yearQuotas(n)) {
    const numbers = { REP: 0, NOTE: 0, ML: 0 };
    let left = quota;
    while (left > 0) {
      const kind: ReportKind = random.chance(0.85) ? "REP" : random.chance(0.6) ? "NOTE" : "ML";
      numbers[kind] += 1;
      const report = aReport(random, text, year, kind, numbers[kind], random.chance(chineseShare));
      const count = Math.min(left, random.int(1, 18));
      for (let number = 1; number <= count; number += 1) rows.push(aRow(random, text, report, number));
      left -= count;
    }
  }
  return rows;
}

/**
 * A workbook with one sheet, "Register", holding `syntheticRegisterRows(n, seed)` from cell A1.
 *
 * @example syntheticWorkbookGrid(100, 1).sheets[0].cells.length // 101
 */
export function syntheticWorkbookGrid(n: number, seed = 1, options: SyntheticOptions = {}): WorkbookGrid {
  return {
    sheets: [
      {
        name: SYNTHETIC_SHEET,
        cells: syntheticRegisterRows(n, seed, options),
        origin: { row: 1, column: 1 },
      },
    ],
  };
}

/** Rows per review year: spread over 1998-2025, a little more in recent years, summing to `n`. */
function yearQuotas(n: number): [number, number][] {
  const years: number[] = [];
  for (let year = SYNTHETIC_FIRST_YEAR; year <= SYNTHETIC_LAST_YEAR; year += 1) years.push(year);
  const weights = years.map((year) => 1 + 0.03 * (year - SYNTHETIC_FIRST_YEAR));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let assigned = 0;
  return years.map((year, index) => {
    const last = index === years.length - 1;
    const quota = last ? n - assigned : Math.floor((n * (weights[index] ?? 0)) / total);
    assigned += quota;
    return [year, quota];
  });
}

interface SyntheticReport {
  readonly year: number;
  readonly symbol: string;
  readonly title: string;
  readonly link: CellValue;
  readonly ceb: CellValue;
  readonly other: CellValue;
  readonly chinese: boolean;
}

function aReport(
  random: Random,
  text: TextPool,
  year: number,
  kind: ReportKind,
  number: number,
  chinese: boolean,
): SyntheticReport {
  // The JIU wrote two-digit years before 2000: JIU/REP/98/3.
  const yearText = year < 2000 ? String(year % 100).padStart(2, "0") : String(year);
  const symbol = `JIU/${kind}/${yearText}/${number}`;
  const slug = `jiu_${kind.toLowerCase()}_${year}_${number}`;
  const url = `https://www.unjiu.org/sites/www.unjiu.org/files/${slug}_${chinese ? "chinese" : "english"}.pdf`;
  const link: CellValue = !random.chance(0.85)
    ? null
    : random.chance(0.15)
      ? ({ kind: "link", text: symbol, address: url } satisfies LinkCell)
      : url;
  return {
    year,
    symbol,
    title: chinese
      ? text.chinese(random.around(24, 10, 8, 48)).replace(/。$/, "")
      : text.english(random.around(80, 30, 25, 160)).replace(/\.$/, ""),
    link,
    ceb: kind === "REP" && random.chance(0.3) ? `https://unsceb.org/ceb-comments/${slug}` : null,
    other: random.chance(0.12) ? `https://www.unjiu.org/content/${slug}-management-response` : null,
    chinese,
  };
}

const RESPONSIBLE_UNITS = [
  "Chief Information Officer",
  "Chief Security Officer",
  "Chief Ethics Officer",
  "Director, Human Resources Management Department",
  "Director, Internal Oversight Division",
  "Director, Program Performance and Budget Division",
  "Controller",
  "Business Continuity Coordinator",
  "Director, Legal Counsel",
  "Director, Procurement and Travel Division",
  "Director, Languages Division",
  "Director, Division for Least Developed Countries",
  "Chief Risk Officer",
  "Director, Conference and Language Service",
  "Director, External Relations",
  "Ombudsperson",
] as const;

const CHINESE_RESPONSIBLE_UNITS = [
  "首席信息官",
  "首席安保官",
  "首席道德操守官",
  "人力资源管理部（人力部）部长",
  "内部监督司司长",
  "业务连续性协调员",
  "最不发达国家司司长",
  "审计长",
] as const;

const ACCEPTANCE_WORDS: Record<Acceptance, readonly [string, string]> = {
  accepted: ["Accepted", "已接受"],
  notAccepted: ["Not accepted", "未接受"],
  underConsideration: ["Under consideration", "正在审议"],
  notRelevant: ["Not relevant", "不相关"],
  closed: ["Closed", "已完成"],
};

const IMPLEMENTATION_WORDS: Record<Implementation, readonly [string, string]> = {
  implemented: ["Implemented", "已落实"],
  inProgress: ["In progress", "正在落实"],
  notStarted: ["Not started", "尚未启动"],
};

const ADDRESSEE_WORDS: Record<Addressee, readonly [string, string]> = {
  legislative: ["Legislative body", "立法机构"],
  executiveHead: ["Executive head", "行政首长"],
};

interface Status {
  readonly acceptance: Acceptance;
  readonly implementation: Implementation | null;
}

function aRow(random: Random, text: TextPool, report: SyntheticReport, number: number): CellValue[] {
  const zh = report.chinese ? 1 : 0;
  const age = SYNTHETIC_LAST_YEAR - report.year;
  const current = currentStatus(random, age);
  const outstanding =
    current.acceptance === "underConsideration" ||
    (current.acceptance === "accepted" && current.implementation !== "implemented");
  // A blank previous status is a first report. Only outstanding recommendations are first reported here: a
  // closed one was closed in the last report too, so that the annexes hold what they held before first
  // reports were shown (and the benchmark's annex keeps its size).
  const previous = random.chance(0.6) ? previousStatus(random, current) : outstanding ? null : current;
  const assessmentLength = random.chance(0.03)
    ? random.around(5000, 400, 4200, 5800)
    : random.around(800, 300, 150, 1800);
  const scale = zh ? 0.4 : 1; // Chinese says the same in fewer characters
  const write = (length: number): string =>
    zh ? text.chinese(Math.round(length * scale)) : text.english(length);
  // Some assessments are pasted bullet lists: text that begins with "- " must stay text in Excel.
  const assessment =
    !outstanding && random.chance(0.08) ? null : (random.chance(0.005) ? "- " : "") + write(assessmentLength);
  return [
    report.symbol,
    report.title,
    report.link,
    random.chance(0.05) ? String(number) : number,
    ADDRESSEE_WORDS[random.chance(0.3) ? "legislative" : "executiveHead"][zh],
    write(random.around(400, 120, 120, 900)),
    assessment,
    ACCEPTANCE_WORDS[current.acceptance][zh],
    implementationCell(random, current, zh),
    previous ? ACCEPTANCE_WORDS[previous.acceptance][zh] : null,
    previous ? implementationCell(random, previous, zh) : null,
    random.chance(0.2) ? null : zh ? (random.chance(0.5) ? "是" : "否") : random.chance(0.5) ? "Yes" : "No",
    zh ? random.pick(CHINESE_RESPONSIBLE_UNITS) : random.pick(RESPONSIBLE_UNITS),
    outstanding || random.chance(0.3)
      ? dateCell(random, report.year + 1, Math.min(report.year + 5, 2027))
      : null,
    random.chance(0.9)
      ? dateCell(random, Math.min(report.year + 1, SYNTHETIC_LAST_YEAR), SYNTHETIC_LAST_YEAR)
      : null,
    report.ceb,
    report.other,
  ];
}

/** Older reviews are mostly implemented; recent ones are still in progress or under consideration. */
function currentStatus(random: Random, age: number): Status {
  const roll = random.next();
  if (roll < 0.06) return { acceptance: "notRelevant", implementation: null };
  if (roll < 0.12) return { acceptance: "notAccepted", implementation: null };
  if (roll < (age < 3 ? 0.3 : 0.14)) return { acceptance: "underConsideration", implementation: null };
  const implemented = random.chance(Math.min(0.95, 0.25 + 0.12 * age));
  if (implemented) return { acceptance: "accepted", implementation: "implemented" };
  return { acceptance: "accepted", implementation: random.chance(0.7) ? "inProgress" : "notStarted" };
}

/** The status in the last report: the same, or an earlier step (never a regression). */
function previousStatus(random: Random, current: Status): Status {
  if (!random.chance(0.35)) return current;
  if (current.acceptance === "accepted") {
    if (current.implementation === "implemented")
      return { acceptance: "accepted", implementation: random.chance(0.8) ? "inProgress" : "notStarted" };
    if (current.implementation === "inProgress")
      return { acceptance: "accepted", implementation: "notStarted" };
    return { acceptance: "underConsideration", implementation: null };
  }
  if (current.acceptance === "underConsideration") return current;
  return { acceptance: "underConsideration", implementation: null };
}

function implementationCell(random: Random, status: Status, zh: 0 | 1): CellValue {
  if (status.implementation) return IMPLEMENTATION_WORDS[status.implementation][zh];
  return random.chance(0.2) ? (zh ? "不适用" : "Not applicable") : null;
}

/** A calendar date in the years firstYear..lastYear. */
function dateCell(random: Random, firstYear: number, lastYear: number): CellValue {
  const year = random.int(firstYear, Math.max(firstYear, lastYear));
  const month = random.int(1, 12);
  const iso = formatIsoDate(year, month, random.int(1, daysInMonth(year, month)));
  // Most registers hold real dates; a few were typed as ISO text.
  return random.chance(0.05) ? iso : ({ kind: "date", iso } satisfies DateCell);
}
