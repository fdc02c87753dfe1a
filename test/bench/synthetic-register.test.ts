import type { CellValue } from "../../src/core/grid";
import { parseIsoDate } from "../../src/core/dates";
import {
  SYNTHETIC_AS_OF,
  SYNTHETIC_HEADERS,
  syntheticRegisterRows,
  syntheticWorkbookGrid,
} from "../../dev/synthetic/synthetic-register";

const column = (header: (typeof SYNTHETIC_HEADERS)[number]): number => SYNTHETIC_HEADERS.indexOf(header);
const textsOf = (rows: CellValue[][], header: (typeof SYNTHETIC_HEADERS)[number]): string[] =>
  rows
    .slice(1)
    .map((row) => row[column(header)])
    .filter((cell): cell is string => typeof cell === "string");
const isChinese = (text: string): boolean => /[\u4e00-\u9fff]/.test(text);
const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;

describe("syntheticRegisterRows", () => {
  const rows = syntheticRegisterRows(5000, 7);

  it("gives the same cells for the same seed and different cells for another seed", () => {
    expect(syntheticRegisterRows(300, 7)).toEqual(syntheticRegisterRows(300, 7));
    expect(syntheticRegisterRows(300, 8)).not.toEqual(syntheticRegisterRows(300, 7));
  });

  it.each([0, 1, 27, 100, 1234])("gives a header row and exactly %i data rows", (n) => {
    const generated = syntheticRegisterRows(n, 1);
    expect(generated).toHaveLength(n + 1);
    expect(generated[0]).toEqual([...SYNTHETIC_HEADERS]);
    for (const row of generated) expect(row).toHaveLength(SYNTHETIC_HEADERS.length);
  });

  it("refuses a row count that is not a whole number", () => {
    expect(() => syntheticRegisterRows(-1, 1)).toThrow(RangeError);
    expect(() => syntheticRegisterRows(2.5, 1)).toThrow(RangeError);
  });

  it("writes English recommendations of about 400 characters", () => {
    const english = textsOf(rows, "Recommendation").filter((text) => !isChinese(text));
    expect(mean(english.map((text) => text.length))).toBeGreaterThan(350);
    expect(mean(english.map((text) => text.length))).toBeLessThan(450);
  });

  it("writes English assessments of about 800 characters, a few of them near 5,000", () => {
    const english = textsOf(rows, "Management assessment").filter((text) => !isChinese(text));
    const ordinary = english.filter((text) => text.length < 3000);
    expect(mean(ordinary.map((text) => text.length))).toBeGreaterThan(700);
    expect(mean(ordinary.map((text) => text.length))).toBeLessThan(900);
    const long = english.filter((text) => text.length >= 4000);
    expect(long.length / english.length).toBeGreaterThan(0.01);
    expect(long.length / english.length).toBeLessThan(0.06);
    expect(Math.max(...long.map((text) => text.length))).toBeLessThan(6000);
  });

  it("spreads reviews over 1998-2025, with two-digit years in symbols before 2000", () => {
    const symbols = textsOf(rows, "Report symbol");
    expect(symbols.every((symbol) => /^JIU\/(REP|NOTE|ML)\/(\d{2}|\d{4})\/\d+$/.test(symbol))).toBe(true);
    expect(symbols).toContain("JIU/REP/98/1");
    expect(symbols.some((symbol) => symbol.startsWith("JIU/REP/2025/"))).toBe(true);
    const years = new Set(symbols.map((symbol) => symbol.split("/")[2]));
    for (const year of years) expect(["98", "99"].includes(year ?? "") || (year ?? "") >= "2000").toBe(true);
    expect(years.has("1998")).toBe(false);
  });

  it("mixes statuses and addressees, with previous statuses and Chinese rows", () => {
    const distinct = (header: (typeof SYNTHETIC_HEADERS)[number]): Set<string> =>
      new Set(textsOf(rows, header));
    expect(distinct("Acceptance")).toEqual(
      new Set([
        "Accepted",
        "Not accepted",
        "Under consideration",
        "Not relevant",
        "已接受",
        "未接受",
        "正在审议",
        "不相关",
      ]),
    );
    expect(distinct("Implementation")).toEqual(
      new Set([
        "Implemented",
        "In progress",
        "Not started",
        "Not applicable",
        "已落实",
        "正在落实",
        "尚未启动",
        "不适用",
      ]),
    );
    expect(distinct("Addressed to")).toEqual(
      new Set(["Legislative body", "Executive head", "立法机构", "行政首长"]),
    );
    const previous = textsOf(rows, "Previous acceptance");
    expect(previous.length / 5000).toBeGreaterThan(0.4);
    const chinese = textsOf(rows, "Recommendation").filter(isChinese);
    expect(chinese.length / 5000).toBeGreaterThan(0.02);
    expect(chinese.length / 5000).toBeLessThan(0.2);
  });

  it("numbers each report's recommendations once and gives each report one title", () => {
    const seen = new Set<string>();
    const titles = new Map<string, CellValue>();
    for (const row of rows.slice(1)) {
      const key = `${String(row[column("Report symbol")])}#${String(row[column("Recommendation no.")])}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      const symbol = String(row[column("Report symbol")]);
      const title = titles.get(symbol) ?? row[column("Report title")] ?? null;
      titles.set(symbol, title);
      expect(row[column("Report title")]).toBe(title);
    }
  });

  it("dates nothing last updated after the as-of date, and writes only real dates", () => {
    for (const row of rows.slice(1)) {
      for (const header of ["Deadline", "Last updated"] as const) {
        const cell = row[column(header)] ?? null;
        if (cell === null) continue;
        const iso =
          typeof cell === "string" ? cell : typeof cell === "object" && cell.kind === "date" ? cell.iso : "";
        expect(parseIsoDate(iso)).toBe(iso);
        if (header === "Last updated") expect(iso <= SYNTHETIC_AS_OF).toBe(true);
      }
    }
  });

  it("keeps every link an absolute https URL", () => {
    for (const row of rows.slice(1)) {
      for (const header of ["Report link", "CEB comments", "Other documents"] as const) {
        const cell = row[column(header)] ?? null;
        if (cell === null) continue;
        const address = typeof cell === "object" && cell.kind === "link" ? cell.address : String(cell);
        expect(address).toMatch(/^https:\/\/[^\s]+$/);
      }
    }
  });
});

describe("syntheticWorkbookGrid", () => {
  it("holds the rows on one sheet, from cell A1", () => {
    const grid = syntheticWorkbookGrid(50, 3);
    expect(grid.sheets).toHaveLength(1);
    expect(grid.sheets[0]?.name).toBe("Register");
    expect(grid.sheets[0]?.origin).toEqual({ row: 1, column: 1 });
    expect(grid.sheets[0]?.cells).toEqual(syntheticRegisterRows(50, 3));
  });
});
