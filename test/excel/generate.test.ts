import { HISTORY_HEADERS } from "../../src/core/history";
import { parseWorkbook } from "../../src/core/parse";
import { createExcelRegisterApi } from "../../src/excel";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/payload";
import { summarize } from "../../src/core/summarize";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { CellStyle, SheetLayout } from "../../src/layout/model";
import type { CellFormat } from "../../dev/memory-excel/state";
import type { MemoryExcel } from "../../dev/memory-excel";
import { SYNTHETIC_AS_OF, syntheticWorkbookGrid } from "../../dev/synthetic/synthetic-register";
import { aGrid, aSheet, linkCell } from "../fixtures";
import { action, AS_OF, DESKTOP, excelWith, fingerprints } from "./support";
import { problemText } from "../fixtures/problem";

const GOOD = () =>
  aGrid([{}, { implementation: "In progress", deadline: { kind: "date", iso: "2024-12-31" as never } }]);

function layoutsOf(grid: ReturnType<typeof aGrid>, lang: "en" | "zh" = "en") {
  const parsed = parseWorkbook(grid);
  if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
  const summary = summarize(parsed.register, AS_OF);
  return {
    summary: layoutSummarySheet(summary, lang),
    annexes: layoutAnnexes(parsed.register, summary, lang),
  };
}

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", center: "Center", bottom: "Bottom" } as const;

/** A layout style as the in-memory Excel records it (borders compared apart; number formats travel with values). */
function wanted(style: CellStyle): Record<string, unknown> {
  const { border: _border, numberFormat: _numberFormat, horizontal, vertical, underline, ...rest } = style;
  return {
    ...rest,
    ...(horizontal ? { horizontal: HORIZONTAL[horizontal] } : {}),
    ...(vertical ? { vertical: VERTICAL[vertical] } : {}),
    ...(underline === undefined ? {} : { underline: underline ? "Single" : "None" }),
  };
}

function seen(format: CellFormat): Record<string, unknown> {
  const { borderTop: _t, borderBottom: _b, borderLeft: _l, borderRight: _r, ...rest } = format;
  return rest;
}

/** The value a layout cell reads back as: numbers as numbers, text as the same text, nothing as null. */
function expectSheetMatches(excel: MemoryExcel, name: string, layout: SheetLayout): void {
  const snapshot = excel.snapshot(name);
  const value = new Map(snapshot.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
  layout.values.forEach((row, r) =>
    row.forEach((expected, c) => {
      const cell = value.get(`${r}:${c}`);
      const actual = cell?.value ?? null;
      expect({ at: [r, c], value: actual === "" ? null : actual }).toEqual({
        at: [r, c],
        value: expected === "" ? null : expected,
      });
      expect(cell?.formula ?? null).toBeNull();
    }),
  );
  expect(new Set(snapshot.merges.map((m) => JSON.stringify(m)))).toEqual(
    new Set(layout.merges.map((m) => JSON.stringify(m))),
  );
  expect(snapshot.charts.map((chart) => [chart.type, chart.title, chart.seriesBy])).toEqual(
    layout.charts.map((chart) => [
      chart.type === "line" ? "LineMarkers" : "ColumnStacked",
      chart.title,
      "Columns",
    ]),
  );
  expect(snapshot.freezeRows).toBe(layout.freezeRows);
  expect(snapshot.pageLayout.orientation.toLowerCase()).toBe(layout.page.orientation);
  expect(snapshot.showGridlines).toBe(layout.page.showGridlines);
  const links = snapshot.cells.filter((cell) => cell.hyperlink !== null);
  expect(links.map((cell) => [cell.row, cell.column, cell.hyperlink?.address])).toEqual(
    layout.hyperlinks.map((link) => [link.row, link.column, link.address]),
  );
}

describe("generateSummary", () => {
  it("writes the summary layout (values, merges, charts, page) in at most four round trips", async () => {
    const grid = GOOD();
    const { excel, api } = excelWith(grid, DESKTOP);
    const before = fingerprints(excel, ["Register"]);

    const outcome = await api.generateSummary(action());

    const { summary } = layoutsOf(grid);
    expect(outcome).toEqual({ sheets: ["Summary"], renamedFrom: [], refusedFindings: null });
    expect(excel.stats.syncs).toBeLessThanOrEqual(4);
    expectSheetMatches(excel, "Summary", summary);
    const chart = excel.snapshot("Summary").charts[0];
    const spec = summary.charts[0];
    if (spec && chart) {
      expect(chart.position).toEqual({
        start: `${String.fromCharCode(65 + spec.anchor.column)}${spec.anchor.row + 1}`,
        end: `${String.fromCharCode(65 + spec.anchor.column + spec.anchor.columnCount - 1)}${spec.anchor.row + spec.anchor.rowCount}`,
      });
      expect(chart.seriesColors).toEqual(spec.seriesColors ?? []);
    }
    expect(fingerprints(excel, ["Register"])).toEqual(before);
    expect(excel.snapshot("Summary")).toMatchObject({ active: true, visibility: "Visible" });
  });

  it("with a History sheet, writes Figure 3 as a native line chart: line colours, circle markers, labels above", async () => {
    const history = aSheet("Reporting history", [
      Object.values(HISTORY_HEADERS.en),
      [
        { kind: "date", iso: "2022-02-28" as never },
        "JIU/REP/2021/3",
        1,
        "Executive head",
        "Accepted",
        "In progress",
        "",
        "",
      ],
      [
        { kind: "date", iso: "2022-02-28" as never },
        "JIU/REP/2021/3",
        2,
        "Executive head",
        "Accepted",
        "In progress",
        "",
        "",
      ],
    ]);
    const grid = { sheets: [...GOOD().sheets, history] };
    const { excel, api } = excelWith(grid, DESKTOP);

    await api.generateSummary(action());

    const { summary } = layoutsOf(grid);
    expect(excel.stats.syncs).toBeLessThanOrEqual(4);
    expectSheetMatches(excel, "Summary", summary);
    const trend = excel.snapshot("Summary").charts.find((chart) => chart.type === "LineMarkers");
    expect(trend?.settings).toMatchObject({
      "series[0].format.line.color": "#2F5597",
      "series[1].format.line.color": "#ED7D31",
      "series[0].markerStyle": "Circle",
      "series[1].markerBackgroundColor": "#ED7D31",
      "series[0].dataLabels.position": "Top",
    });
    expect(trend?.settings["series[0].gapWidth"]).toBeUndefined();
    expect(trend?.source).toMatch(/^Summary!A\d+:C\d+$/);
  });

  it("refuses, writing nothing, when the register has errors, unless forced", async () => {
    const grid = aGrid([{}, { acceptance: "Acepted" }]);
    const { excel, api } = excelWith(grid, DESKTOP);

    const refused = await api.generateSummary(action());
    expect(refused.sheets).toEqual([]);
    expect(refused.refusedFindings?.map((f) => [f.row, f.rule])).toEqual([[3, "E05-acceptance"]]);
    expect(excel.sheetNames()).toEqual(["Register"]);

    const forced = await api.generateSummary(action({ force: true }));
    expect(forced.sheets).toEqual(["Summary"]);
  });

  it("replaces the sheet it made before, and never a user's sheet of the same name", async () => {
    const grid = GOOD();
    const user = aSheet("Summary", [["My own notes"], [42]]);
    const { excel, api } = excelWith({ sheets: [...grid.sheets, user] }, DESKTOP);
    const before = fingerprints(excel, ["Register", "Summary"]);

    const first = await api.generateSummary(action());
    const second = await api.generateSummary(action());

    expect(first.renamedFrom).toEqual([{ wanted: "Summary", used: "Summary (2)" }]);
    expect(second).toEqual(first);
    expect(excel.sheetNames()).toEqual(["Register", "Summary", "Summary (2)"]);
    expect(fingerprints(excel, ["Register", "Summary"])).toEqual(before);
    expect(
      excel.state.names.filter((name) => name.comment.startsWith("jiu-register:generated")),
    ).toHaveLength(1);
  });

  it("writes the sheet in Chinese under its Chinese name", async () => {
    const grid = GOOD();
    const { excel, api } = excelWith(grid, DESKTOP);
    const outcome = await api.generateSummary(action({ language: "zh" }));
    expect(outcome.sheets).toEqual([layoutsOf(grid, "zh").summary.name]);
    expectSheetMatches(excel, outcome.sheets[0] as string, layoutsOf(grid, "zh").summary);
  });
});

describe("generateAnnex", () => {
  it("writes Annexes I to III as the layout describes them", async () => {
    const grid = GOOD();
    const { excel, api } = excelWith(grid, DESKTOP);
    const outcome = await api.generateAnnex(action());
    const { annexes } = layoutsOf(grid);
    expect(outcome.sheets).toEqual(annexes.map((sheet) => sheet.name));
    annexes.forEach((layout) => expectSheetMatches(excel, layout.name, layout));
  });

  it("gives each cell of a realistic annex exactly its layout style, and each row its height", async () => {
    const grid = syntheticWorkbookGrid(300, 3);
    const { excel, api } = excelWith(grid, DESKTOP);
    await api.generateAnnex(action({ asOf: SYNTHETIC_AS_OF, force: true }));
    const parsed = parseWorkbook(grid);
    if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
    const annexes = layoutAnnexes(parsed.register, summarize(parsed.register, SYNTHETIC_AS_OF), "en");
    for (const layout of annexes) {
      const snapshot = excel.snapshot(layout.name);
      const formats = new Map(snapshot.cells.map((cell) => [`${cell.row}:${cell.column}`, cell.format]));
      const expected = new Map<string, CellStyle>();
      for (const { range, style } of layout.styles)
        for (let r = range.row; r < range.row + range.rowCount; r++)
          for (let c = range.column; c < range.column + range.columnCount; c++)
            expected.set(`${r}:${c}`, { ...expected.get(`${r}:${c}`), ...style });
      for (const [at, style] of expected) {
        const format = formats.get(at) ?? {};
        expect([at, seen(format)]).toEqual([at, wanted(style)]);
        if (style.border === "thin")
          expect([
            at,
            format.borderTop?.style,
            format.borderBottom?.style,
            format.borderLeft?.style,
            format.borderRight?.style,
          ]).toEqual([at, "Continuous", "Continuous", "Continuous", "Continuous"]);
      }
      // No cell the layout leaves unstyled gets a format (borders drawn by a neighbour's edges aside).
      for (const cell of snapshot.cells)
        if (!expected.has(`${cell.row}:${cell.column}`))
          expect([cell.row, cell.column, seen(cell.format)]).toEqual([cell.row, cell.column, {}]);
      expect(snapshot.rowHeights).toEqual(
        layout.rowHeights.flatMap((height, row) => (height === null ? [] : [[row, height]])),
      );
    }
  }, 30_000);

  it("sends a request Excel refuses as too large again in smaller ones, and finishes the sheets", async () => {
    // A host whose limit is below the adapter's budget: the first full request is refused, as Office.js's
    // own JSON can be heavier than the estimate.
    const grid = syntheticWorkbookGrid(1_500, 4);
    const { excel, api } = excelWith(grid, { limits: { requestBytes: 1_000_000, responseBytes: null } });
    const outcome = await api.generateAnnex(action({ asOf: SYNTHETIC_AS_OF, force: true }));
    const parsed = parseWorkbook(grid);
    if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
    const annexes = layoutAnnexes(parsed.register, summarize(parsed.register, SYNTHETIC_AS_OF), "en");
    expect(outcome.sheets).toEqual(annexes.map((sheet) => sheet.name));
    annexes.forEach((layout) => expectSheetMatches(excel, layout.name, layout));
    const errors = excel.stats.records.filter((record) => record.error !== null);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((record) => record.error === "RequestPayloadSizeLimitExceeded")).toBe(true);
    // The budget learnt from the first refusals holds for the rest: a few refusals, not one per request.
    expect(errors.length).toBeLessThanOrEqual(3);
  }, 30_000);

  it("reads the register's hyperlinks with its cells when another sheet is active: two round trips to read", async () => {
    const grid = aGrid([{}, { reportLink: linkCell("Report", "https://www.unjiu.org/r.pdf") }], {
      extraSheets: [aSheet("Notes", [["Read me"]])],
    });
    const { excel, api } = excelWith({ ...grid, activeSheet: "Notes" }, DESKTOP);
    await api.generateAnnex(action());
    const links = excel
      .sheetNames()
      .flatMap((name) =>
        excel
          .snapshot(name)
          .cells.flatMap((cell) => (cell.hyperlink?.address ? [cell.hyperlink.address] : [])),
      );
    expect(links).toContain("https://www.unjiu.org/r.pdf");
    // Outline and active sheet with the first sheet's header rows; the register and its link columns; the write.
    expect(excel.stats.syncs).toBe(3);
  });

  it("never turns register text into a formula, whatever it begins with", async () => {
    const hostile = [
      "=1+1",
      "+SUM(A1:A2)",
      "-2+3",
      "@cmd",
      '\t=HYPERLINK("http://x")',
      "\r\n=1",
      "'quoted",
      "2023-01-01",
      "TRUE",
      "12",
    ];
    const grid = aGrid(
      hostile.map((text, i) => ({
        recommendationText: text,
        assessment: text,
        implementation: "In progress",
        responsible: text,
        deadline: { kind: "date", iso: "2024-12-31" as never },
        recommendationNumber: i + 1,
      })),
    );
    const { excel, api } = excelWith(grid, DESKTOP);

    const outcome = await api.generateAnnex(action({ force: true }));

    const cells = outcome.sheets.flatMap((name) => excel.snapshot(name).cells);
    expect(cells.filter((cell) => cell.formula !== null || cell.error !== null)).toEqual([]);
    layoutsOf(grid).annexes.forEach((layout) => expectSheetMatches(excel, layout.name, layout));
    const texts = new Set(cells.map((cell) => cell.value));
    // The parser trims surrounding whitespace; the rest arrives as typed.
    expect(hostile.filter((text) => !texts.has(text.trim()))).toEqual([]);
  });

  it("leaves the register and the earlier annexes as they were, and no half-written sheet, when a write fails", async () => {
    const grid = GOOD();
    const { excel, api } = excelWith(grid, DESKTOP);
    await api.generateAnnex(action());
    const sheets = excel.sheetNames();
    const before = fingerprints(excel, sheets);
    const names = excel.state.names.map((name) => name.name);
    // A new pane knows nothing of the workbook: round trips 1 and 2 read it, 3 writes; fail halfway through.
    const fresh = createExcelRegisterApi(excel.run, { responseLimitBytes: null });
    excel.injectFailure({ atSync: 3, afterActions: 40 });

    await expect(fresh.generateAnnex(action())).rejects.toMatchObject({
      name: "RegisterApiError",
      code: "excel-error",
    });

    expect(excel.sheetNames()).toEqual(sheets);
    expect(fingerprints(excel, sheets)).toEqual(before);
    expect(excel.state.names.map((name) => name.name)).toEqual(names);
  });

  it("marks a sheet it could not remove as incomplete, hidden, and removes it next time", async () => {
    const { excel, api } = excelWith(GOOD(), DESKTOP);
    excel.injectFailure({ atSync: 3, afterActions: 40 });
    excel.injectFailure({ atSync: 4 }); // the clean-up's first round trip fails too

    await expect(api.generateSummary(action())).rejects.toMatchObject({ code: "excel-error" });
    expect(excel.sheetNames()).toEqual(["Register", "JIU_Incomplete_1"]);
    expect(excel.snapshot("JIU_Incomplete_1").visibility).toBe("Hidden");

    await api.generateSummary(action());
    expect(excel.sheetNames()).toEqual(["Register", "Summary"]);
    expect(excel.state.names.map((name) => name.comment.split(" ")[0])).toEqual([
      "jiu-register:generated:summary",
    ]);
  });

  it("keeps every request of a 20,000-row annex under the payload limit", async () => {
    const grid = syntheticWorkbookGrid(20_000, 2);
    const { excel, api } = excelWith(grid, DESKTOP);
    const before = fingerprints(excel, ["Register"]);

    const outcome = await api.generateAnnex(action({ asOf: SYNTHETIC_AS_OF, force: true }));

    expect(outcome.sheets).toHaveLength(3);
    expect(excel.stats.records.every((record) => record.error === null)).toBe(true);
    expect(excel.stats.maxRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    const written = excel.stats.records.slice(2).reduce((sum, record) => sum + record.requestBytes, 0);
    // Two round trips to read, then requests filled to 4.4 MB or more, all but the last.
    expect(excel.stats.syncs).toBeLessThanOrEqual(2 + Math.ceil(written / 4_400_000));
    expect(fingerprints(excel, ["Register"])).toEqual(before);
  }, 30_000);
});
