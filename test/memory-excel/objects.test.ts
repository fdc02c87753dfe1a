import { createMemoryExcel, type MemoryExcel } from "../../dev/memory-excel";

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

const book = (): MemoryExcel =>
  createMemoryExcel({
    sheets: [
      {
        name: "Register",
        cells: [
          ["Symbol", "Acceptance"],
          ["JIU/REP/2021/6", "Accepted"],
        ],
      },
      { name: "Notes", cells: [["x"]] },
    ],
  });

describe("worksheets", () => {
  it("adds, renames, moves, hides, activates and deletes sheets as Excel does", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const { worksheets } = context.workbook;
      const added = worksheets.add("Summary");
      added.position = 0;
      worksheets.getItem("Notes").name = "Old notes";
      worksheets.getItem("Old notes").visibility = "Hidden";
      added.activate();
      worksheets.load(["items/name", "items/visibility", "items/position"]);
      await context.sync();
      expect(worksheets.items.map((sheet) => [sheet.name, sheet.visibility, sheet.position])).toEqual([
        ["Summary", "Visible", 0],
        ["Register", "Visible", 1],
        ["Old notes", "Hidden", 2],
      ]);
    });
    expect(excel.snapshot("Summary").active).toBe(true);
  });

  it("gives the first sheet in tab order, or the first visible one, whichever sheet is active", async () => {
    const excel = createMemoryExcel({
      sheets: [{ name: "Hidden", visibility: "Hidden" }, { name: "Register" }, { name: "Notes" }],
      activeSheet: "Notes",
    });
    await excel.run(async (context) => {
      const first = context.workbook.worksheets.getFirst();
      const visible = context.workbook.worksheets.getFirst(true);
      first.load(["name"]);
      visible.load(["name"]);
      await context.sync();
      expect([first.name, visible.name]).toEqual(["Hidden", "Register"]);
    });
  });

  it("keeps page breaks sorted and once each, in whatever order they are added", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem("Notes").horizontalPageBreaks;
      for (const address of ["A30", "A10", "A20", "A10", "A5"]) breaks.add(address);
    });
    expect(excel.snapshot("Notes").rowBreaks).toEqual([4, 9, 19, 29]);
  });

  it.each([
    [
      "a name already taken, whatever its case",
      (excel: MemoryExcel) => excel.run(async (c) => void c.workbook.worksheets.add("register")),
      "ItemAlreadyExists",
    ],
    [
      "a name with a slash",
      (excel: MemoryExcel) => excel.run(async (c) => void c.workbook.worksheets.add("a/b")),
      "InvalidArgument",
    ],
    [
      "a name of 32 characters",
      (excel: MemoryExcel) => excel.run(async (c) => void c.workbook.worksheets.add("x".repeat(32))),
      "InvalidArgument",
    ],
    [
      "hiding the last visible sheet",
      (excel: MemoryExcel) =>
        excel.run(async (c) => {
          c.workbook.worksheets.getItem("Notes").visibility = "Hidden";
          c.workbook.worksheets.getItem("Register").visibility = "VeryHidden";
        }),
      "InvalidOperation",
    ],
    [
      "deleting the last visible sheet",
      (excel: MemoryExcel) =>
        excel.run(async (c) => {
          c.workbook.worksheets.getItem("Notes").delete();
          c.workbook.worksheets.getItem("Register").delete();
        }),
      "InvalidOperation",
    ],
  ])("refuses %s", async (_what, act, code) => {
    expect(await codeOf(act(book()))).toBe(code);
  });
});

describe("names, tables and references", () => {
  it("keeps a name on its sheet through a rename, and shows #REF! once the sheet is deleted", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const { names, worksheets } = context.workbook;
      names.add("Marker", "='Notes'!$A$1", "a comment").visible = false;
      worksheets.getItem("Notes").name = "Annex I";
      names.load(["items/name", "items/formula", "items/comment", "items/visible", "items/type"]);
      await context.sync();
      expect(names.items.map((n) => [n.name, n.formula, n.comment, n.visible, n.type])).toEqual([
        ["Marker", "='Annex I'!$A$1", "a comment", false, "Range"],
      ]);
      worksheets.getItem("Annex I").delete();
      names.load(["items/formula", "items/type"]);
      await context.sync();
      expect(names.items.map((n) => [n.formula, n.type])).toEqual([["=#REF!$A$1", "Error"]]);
    });
  });

  it("keeps a sheet's own names apart from the workbook's, and deletes them with the sheet", async () => {
    const excel = createMemoryExcel({
      sheets: [{ name: "Register" }, { name: "Notes" }],
      names: [
        { name: "Kind", reference: '="notes"', scope: "Notes", visible: false },
        { name: "Kind", reference: '="workbook"' },
      ],
    });
    await excel.run(async (context) => {
      const notes = context.workbook.worksheets.getItem("Notes");
      context.workbook.worksheets.getItem("Register").names.add("Kind", '="register"');
      notes.names.load(["items/name", "items/formula", "items/visible"]);
      context.workbook.names.load(["items/name", "items/formula"]);
      await context.sync();
      expect(notes.names.items.map((item) => [item.name, item.formula, item.visible])).toEqual([
        ["Kind", '="notes"', false],
      ]);
      expect(context.workbook.names.items.map((item) => [item.name, item.formula])).toEqual([
        ["Kind", '="workbook"'],
      ]);
      notes.delete();
    });
    expect(excel.state.names.map((name) => name.reference)).toEqual([
      { kind: "constant", formula: '="workbook"' },
      { kind: "constant", formula: '="register"' },
    ]);
  });

  it("lists tables with their sheets and ranges", async () => {
    const excel = createMemoryExcel({
      sheets: [
        {
          name: "Data",
          cells: [
            ["A", "B"],
            [1, 2],
            [3, 4],
          ],
          tables: [
            { name: "Register", headerRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 2, hasTotalsRow: true },
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const { tables } = context.workbook;
      tables.load(["items/name", "items/showTotals", "items/worksheet/name"]);
      await context.sync();
      const [table] = tables.items;
      if (!table) throw new Error("no table");
      const range = table.getRange();
      range.load(["address"]);
      await context.sync();
      expect([table.name, table.showTotals, table.worksheet.name, range.address]).toEqual([
        "Register",
        true,
        "Data",
        "Data!A1:B3",
      ]);
    });
  });

  it("rewrites a conditional format's formula when the sheet it reads is renamed or deleted", async () => {
    const excel = book();
    await excel.run(async (context) => {
      const rule = context.workbook.worksheets
        .getItem("Register")
        .getRange("A2:B2")
        .conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=Notes!A2=2";
      context.workbook.worksheets.getItem("Notes").name = "Mask sheet";
    });
    expect(excel.snapshot("Register").conditionalFormats[0]?.formula).toBe("='Mask sheet'!A2=2");
    await excel.run(async (context) => context.workbook.worksheets.getItem("Mask sheet").delete());
    expect(excel.snapshot("Register").conditionalFormats[0]?.formula).toBe("=#REF!A2=2");
  });
});

describe("what the preview renders", () => {
  it("evaluates a custom rule that reads another sheet, cell by cell", async () => {
    const excel = createMemoryExcel({
      sheets: [
        {
          name: "Register",
          cells: [
            ["h1", "h2"],
            ["a", "b"],
            ["c", "d"],
          ],
        },
        {
          name: "Mask",
          visibility: "Hidden",
          cells: [
            [null, null],
            [0, 2],
            [1, 0],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const rules = context.workbook.worksheets.getItem("Register").getRange("A2:B3").conditionalFormats;
      const error = rules.add("Custom");
      error.custom.rule.formula = "=Mask!A2=2";
      error.custom.format.fill.color = "#FFC7CE";
      const warning = rules.add("Custom");
      warning.custom.rule.formula = "=Mask!A2=1";
      warning.custom.format.fill.color = "#FFEB9C";
    });
    const fill = (row: number, column: number) =>
      excel.snapshot("Register").cells.find((cell) => cell.row === row && cell.column === column)
        ?.conditionalFill;
    expect([fill(1, 0), fill(1, 1), fill(2, 0), fill(2, 1)]).toEqual([null, "#FFC7CE", "#FFEB9C", null]);
  });

  it("records merges (keeping the upper-left value), formats, links, charts, page setup and frozen rows", async () => {
    const excel = createMemoryExcel({
      sheets: [
        {
          name: "S",
          cells: [
            ["Year", "Done", "Open"],
            [2021, 3, 1],
            [2022, 2, 4],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A5:C5").values = [["Title", "gone", "gone"]];
      sheet.getRange("A5:C5").merge(false);
      const header = sheet.getRanges("A1:C1,A5");
      header.format.font.bold = true;
      header.format.fill.color = "#eeeeee";
      const border = sheet.getRange("A1:C3").format.borders.getItem("InsideHorizontal");
      border.style = "Continuous";
      sheet.getCell(6, 0).hyperlink = { address: "https://www.unjiu.org/", textToDisplay: "JIU" };
      const chart = sheet.charts.add("ColumnStacked", sheet.getRange("A1:C3"), "Columns");
      chart.title.text = "Status";
      chart.title.format.font.size = 12;
      chart.series.getItemAt(1).format.fill.setSolidColor("#5B9BD5");
      chart.setPosition("E1", "K15");
      sheet.pageLayout.orientation = "Landscape";
      sheet.pageLayout.setPrintTitleRows("$1:$1");
      sheet.freezePanes.freezeRows(1);
      sheet.horizontalPageBreaks.add("A4");
    });
    const snapshot = excel.snapshot("S");
    const at = (row: number, column: number) =>
      snapshot.cells.find((c) => c.row === row && c.column === column);
    expect(snapshot.merges).toEqual([{ row: 4, column: 0, rowCount: 1, columnCount: 3 }]);
    expect([at(4, 0)?.value, at(4, 1)?.value]).toEqual(["Title", null]);
    expect(at(0, 1)?.format).toMatchObject({
      bold: true,
      fill: "#EEEEEE",
      borderBottom: { style: "Continuous" },
    });
    expect(at(2, 1)?.format.borderBottom).toBeUndefined();
    expect(at(6, 0)).toMatchObject({ value: "JIU", hyperlink: { address: "https://www.unjiu.org/" } });
    expect(snapshot.charts).toEqual([
      expect.objectContaining({
        type: "ColumnStacked",
        source: "S!A1:C3",
        title: "Status",
        seriesColors: [null, "#5B9BD5"],
        position: { start: "E1", end: "K15" },
        settings: { "title.format.font.size": 12 },
      }),
    ]);
    expect(snapshot.pageLayout).toMatchObject({ orientation: "Landscape", printTitleRows: "$1:$1" });
    expect([snapshot.freezeRows, snapshot.rowBreaks]).toEqual([1, [3]]);
  });

  it("refuses a chart series that does not exist, and a multi-area address Excel would find too long", async () => {
    const excel = createMemoryExcel({
      sheets: [
        {
          name: "S",
          cells: [
            ["Y", "A"],
            [1, 2],
          ],
        },
      ],
    });
    const series = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.charts.add("ColumnStacked", sheet.getRange("A1:B2"), "Columns").series.getItemAt(3).gapWidth = 50;
    });
    expect(await codeOf(series)).toBe("InvalidArgument");
    const areas = excel.run(async (context) => {
      const address = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
      context.workbook.worksheets.getItem("S").getRanges(address).format.font.bold = true;
    });
    expect(await codeOf(areas)).toBe("InvalidArgument");
  });
});

describe("chart series of a line chart", () => {
  it("takes the line's colour and markers on a line chart, and refuses markers on a column chart", async () => {
    const excel = createMemoryExcel({
      sheets: [
        {
          name: "S",
          cells: [
            [null, "A", "B"],
            ["2022", 1, 2],
            ["2023", 3, 4],
          ],
        },
      ],
    });
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      const series = sheet.charts.add("LineMarkers", sheet.getRange("A1:C3"), "Columns").series.getItemAt(1);
      series.format.line.color = "#ed7d31";
      series.markerStyle = "Circle";
      series.markerSize = 7;
      series.markerBackgroundColor = "#ED7D31";
      await context.sync();
    });
    expect(excel.snapshot("S").charts[0]?.settings).toMatchObject({
      "series[1].format.line.color": "#ED7D31",
      "series[1].markerStyle": "Circle",
      "series[1].markerSize": 7,
      "series[1].markerBackgroundColor": "#ED7D31",
    });
    const onColumns = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.charts.add("ColumnStacked", sheet.getRange("A1:C3"), "Columns").series.getItemAt(0).markerStyle =
        "Circle";
      await context.sync();
    });
    expect(await codeOf(onColumns)).toBe("InvalidArgument");
    const tooSmall = excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.charts.add("LineMarkers", sheet.getRange("A1:C3"), "Columns").series.getItemAt(0).markerSize = 1;
      await context.sync();
    });
    expect(await codeOf(tooSmall)).toBe("InvalidArgument");
  });
});
