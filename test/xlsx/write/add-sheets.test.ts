import JSZip from "jszip";
import type { SheetLayout } from "../../../src/layout/model";
import { addSheetsToXlsx, GENERATED_SHEET_MARK, XlsxWriteError } from "../../../src/xlsx/write";
import { anInputWorkbook, aSheetLayout } from "./fixtures";
import { packageProblems, partsOf, partText, readWorkbook, sheetFingerprint } from "./package-checks";
import { elements, NS, parseXml } from "./xml";

/** The four parts the writer extends; every other input part must come out byte for byte. */
const EXTENDED_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "[Content_Types].xml",
]);

let input: Buffer;
beforeAll(async () => {
  input = await anInputWorkbook();
});

/** The worksheet part behind a sheet name, found through workbook.xml and its relationships. */
async function sheetPart(xlsx: Uint8Array, sheetName: string): Promise<{ path: string; xml: string }> {
  const workbook = parseXml(await partText(xlsx, "xl/workbook.xml"));
  const sheet = elements(workbook, NS.main, "sheet").find((s) => s.getAttribute("name") === sheetName);
  const id = sheet?.getAttributeNS(NS.relationships, "id");
  const rels = parseXml(await partText(xlsx, "xl/_rels/workbook.xml.rels"));
  const target = elements(rels, NS.packageRelationships, "Relationship")
    .find((r) => r.getAttribute("Id") === id)
    ?.getAttribute("Target");
  if (!target) throw new Error(`no sheet ${sheetName}`);
  const path = `xl/${target}`;
  return { path, xml: await partText(xlsx, path) };
}

describe("addSheetsToXlsx: the input stays as it was", () => {
  it("keeps every part of the input byte for byte, except the four it extends", async () => {
    const { xlsx } = await addSheetsToXlsx(input, [aSheetLayout()]);
    const before = await partsOf(input);
    const after = await partsOf(xlsx);
    expect(before.size).toBeGreaterThan(8);
    for (const [name, bytes] of before) {
      expect(after.has(name)).toBe(true);
      if (!EXTENDED_PARTS.has(name))
        expect(Buffer.from(after.get(name) ?? []).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("leaves the input sheets' cells, styles, merges, tables and views as they were", async () => {
    const { xlsx } = await addSheetsToXlsx(input, [
      aSheetLayout(),
      aSheetLayout({ name: "附件一", kind: "annexI" }),
    ]);
    const [original, written] = await Promise.all([readWorkbook(input), readWorkbook(xlsx)]);
    expect(original.worksheets.map((sheet) => sheet.name)).toEqual(["Register", "Notes"]);
    expect(written.worksheets.map((sheet) => sheet.name)).toEqual(["Register", "Notes", "Summary", "附件一"]);
    for (const sheet of original.worksheets) {
      const copy = written.getWorksheet(sheet.name);
      expect(copy && sheetFingerprint(copy)).toBe(sheetFingerprint(sheet));
    }
  });

  it("does not modify the buffer it was given", async () => {
    const copy = Buffer.from(input);
    await addSheetsToXlsx(input, [aSheetLayout()]);
    expect(input.equals(copy)).toBe(true);
  });

  it("produces a package whose parts parse and whose references all resolve", async () => {
    const { xlsx } = await addSheetsToXlsx(input, [
      aSheetLayout(),
      aSheetLayout({ name: "Annex I", kind: "annexI", charts: [] }),
    ]);
    expect(await packageProblems(xlsx)).toEqual([]);
  });
});

describe("addSheetsToXlsx: the generated sheet", () => {
  let xlsx: Buffer;
  beforeAll(async () => {
    ({ xlsx } = await addSheetsToXlsx(input, [aSheetLayout()]));
  });

  it("holds the layout's values, numbers as numbers, and its merges", async () => {
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    if (!sheet) throw new Error("no Summary sheet");
    expect(sheet.getCell("A1").value).toBe("Summary as of 28 February 2023");
    expect(sheet.getCell("A5").value).toBe(2019);
    expect(sheet.getCell("B5").value).toBe(3);
    expect(sheet.getCell("B8").value).toBe(0.75);
    expect(sheet.getCell("B8").numFmt).toBe("0%");
    expect(sheet.getCell("A1").isMerged && sheet.getCell("D1").isMerged).toBe(true);
    expect(sheet.getCell("A2").isMerged).toBe(false);
    expect(sheet.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(sheet.getCell("B4").fill).toMatchObject({
      type: "pattern",
      pattern: "solid",
      fgColor: { argb: "FFD9E1F2" },
    });
    expect(sheet.getCell("B4").alignment).toMatchObject({ wrapText: true });
    expect(sheet.getCell("B5").border).toMatchObject({ left: { style: "thin" }, bottom: { style: "thin" } });
    expect(sheet.getCell("B8").alignment).toMatchObject({ horizontal: "right" });
  });

  it("keeps text that looks like a formula as text: no <f>, a string cell with the quote prefix", async () => {
    const { xml } = await sheetPart(xlsx, "Summary");
    const document = parseXml(xml);
    expect(elements(document, NS.main, "f")).toHaveLength(0);
    const cells = new Map(elements(document, NS.main, "c").map((c) => [c.getAttribute("r"), c]));
    const styles = parseXml(await partText(xlsx, "xl/styles.xml"));
    const cellXfs = elements(elements(styles, NS.main, "cellXfs")[0] ?? styles, NS.main, "xf");
    for (const [address, text] of [
      ["A2", "=1+1"],
      ["B2", "+A1"],
      ["C2", "-2"],
      ["D2", "@SUM(A1)"],
      ["A3", "\t=x"],
      ["B3", "\r\n=y"],
    ] as const) {
      const cell = cells.get(address);
      expect(cell?.getAttribute("t")).toBe("inlineStr");
      expect(cell && elements(cell, NS.main, "t")[0]?.textContent).toBe(text);
      expect(cellXfs[Number(cell?.getAttribute("s"))]?.getAttribute("quotePrefix")).toBe("1");
    }
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    expect(sheet?.getCell("A2").value).toBe("=1+1");
    expect(sheet?.getCell("A2").formula).toBeUndefined();
    expect(sheet?.getCell("A3").value).toBe("\t=x");
  });

  it("links the http(s) address", async () => {
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    expect(sheet?.getCell("C3").value).toEqual({
      text: "JIU/REP/2020/8",
      hyperlink: "https://www.unjiu.org/reports/2020-8",
    });
  });

  it("sets the columns, row heights, frozen rows and hidden gridlines", async () => {
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    expect(sheet?.getColumn(1).width).toBeCloseTo((120 * 4) / 3 / 7, 1);
    expect(sheet?.getColumn(4).width).toBeCloseTo((60 * 4) / 3 / 7, 1);
    expect(sheet?.getRow(1).height).toBe(28);
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1, showGridLines: false });
  });

  it("prints on A4 portrait, one page wide, with the title rows repeated", async () => {
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    expect(sheet?.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const names = elements(parseXml(await partText(xlsx, "xl/workbook.xml")), NS.main, "definedName").map(
      (n) => [n.getAttribute("name"), n.getAttribute("localSheetId"), n.textContent],
    );
    expect(names).toContainEqual(["_xlnm.Print_Titles", "2", "'Summary'!$1:$1"]);
    // Marked as the add-in marks its sheets: a hidden workbook-level name on the sheet's A1, its comment the kind.
    const markers = elements(parseXml(await partText(xlsx, "xl/workbook.xml")), NS.main, "definedName")
      .filter((n) => n.getAttribute("name")?.startsWith("JIU_Register_"))
      .map((n) => [
        n.getAttribute("name"),
        n.getAttribute("localSheetId"),
        n.getAttribute("hidden"),
        n.textContent,
      ]);
    expect(markers).toEqual([["JIU_Register_1", null, "1", "'Summary'!$A$1"]]);
    expect(names.map(([name]) => name)).not.toContain(GENERATED_SHEET_MARK);
  });

  it("has a native chart: sheet → drawing → chart, declared in the content types, reading the table", async () => {
    const { path, xml } = await sheetPart(xlsx, "Summary");
    const drawingId = elements(parseXml(xml), NS.main, "drawing")[0]?.getAttributeNS(NS.relationships, "id");
    const sheetRels = await partText(xlsx, path.replace(/([^/]+)$/, "_rels/$1.rels"));
    const drawingTarget = new RegExp(`Id="${drawingId}"[^>]*Target="\\.\\./drawings/([^"]+)"`).exec(
      sheetRels,
    )?.[1];
    expect(drawingTarget).toBeDefined();
    const drawingRels = await partText(xlsx, `xl/drawings/_rels/${drawingTarget}.rels`);
    const chartName = /Target="\.\.\/charts\/([^"]+)"/.exec(drawingRels)?.[1];
    const chart = parseXml(await partText(xlsx, `xl/charts/${chartName}`));
    expect(elements(chart, NS.chart, "f").map((f) => f.textContent)).toEqual([
      "'Summary'!$B$4",
      "'Summary'!$A$5:$A$7",
      "'Summary'!$B$5:$B$7",
      "'Summary'!$C$4",
      "'Summary'!$A$5:$A$7",
      "'Summary'!$C$5:$C$7",
    ]);
    const contentTypes = await partText(xlsx, "[Content_Types].xml");
    expect(contentTypes).toContain(
      `PartName="/xl/charts/${chartName}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`,
    );
    expect(contentTypes).toContain(
      `PartName="/xl/drawings/${drawingTarget}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"`,
    );
  });
});

describe("addSheetsToXlsx: hostile text", () => {
  it("writes the longest cell Excel allows, RTL, combining marks and emoji, and reads them back unchanged", async () => {
    const texts = [
      "x".repeat(32_767),
      "توصيات وحدة التفتيش المشتركة",
      "e\u0301\u0327 Z\u0351\u0362",
      "👩🏽‍💼 JIU 📊",
      "a < b & c > \"d\" 'e'",
      "  leading and trailing spaces  ",
      "_x0041_ stays literal",
    ];
    const values = texts.map((text) => [text, null, null, null]);
    const layout = aSheetLayout({
      values,
      rowHeights: values.map(() => null),
      styles: [],
      merges: [],
      hyperlinks: [],
      charts: [],
    });
    const { xlsx } = await addSheetsToXlsx(input, [layout]);
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    texts.slice(0, -1).forEach((text, row) => expect(sheet?.getCell(row + 1, 1).value).toBe(text));
    // Excel reads "_xHHHH_" as an escaped character, so the writer escapes the underscore of a literal one.
    expect((await sheetPart(xlsx, "Summary")).xml).toContain("_x005F_x0041_ stays literal");
  });
});

describe("addSheetsToXlsx: page setup", () => {
  it("writes exactly the layout's page breaks, as manual breaks above those rows, and computes none", async () => {
    const { xlsx } = await addSheetsToXlsx(input, [aSheetLayout({ rowBreaks: [2, 7] })]);
    const breaks = elements(parseXml((await sheetPart(xlsx, "Summary")).xml), NS.main, "brk");
    expect(breaks.map((b) => [b.getAttribute("id"), b.getAttribute("man")])).toEqual([
      ["2", "1"],
      ["7", "1"],
    ]);
    // A 570-pt row would push the chart off the page, but the layout asked for no break: none is written.
    const rowHeights = aSheetLayout().rowHeights.map((height, row) => (row === 1 ? 570 : height));
    const unbroken = await addSheetsToXlsx(input, [aSheetLayout({ rowHeights, rowBreaks: [] })]);
    expect(
      elements(parseXml((await sheetPart(unbroken.xlsx, "Summary")).xml), NS.main, "rowBreaks"),
    ).toHaveLength(0);
  });

  it("writes the layout's margins in inches, and the default margins when it gives none", async () => {
    const margins = { left: 18, right: 18, top: 72, bottom: 36, header: 9, footer: 9 };
    const page = { ...aSheetLayout().page, margins };
    const { xlsx } = await addSheetsToXlsx(input, [aSheetLayout({ page }), aSheetLayout({ name: "Plain" })]);
    const marginsOf = async (name: string) => {
      const element = elements(parseXml((await sheetPart(xlsx, name)).xml), NS.main, "pageMargins")[0];
      return ["left", "right", "top", "bottom", "header", "footer"].map((side) =>
        element?.getAttribute(side),
      );
    };
    expect(await marginsOf("Summary")).toEqual(["0.25", "0.25", "1", "0.5", "0.125", "0.125"]);
    expect(await marginsOf("Plain")).toEqual(["0.5", "0.5", "0.75", "0.75", "0.3", "0.3"]);
  });
});

describe("addSheetsToXlsx: links", () => {
  const addresses = [
    "javascript:alert(1)",
    "file:///C:/Windows/system32/calc.exe",
    "mailto:focal.point@example.org",
    "../other.xlsx",
    "https://www.unjiu.org/ok",
  ];
  const layout = aSheetLayout({
    charts: [],
    hyperlinks: addresses.map((address, i) => ({ row: 10 + i, column: 0, address, text: `link ${i}` })),
  });

  it("makes only absolute http and https URLs hyperlinks, and keeps the other texts as plain text", async () => {
    const { xlsx } = await addSheetsToXlsx(input, [layout]);
    const { path, xml } = await sheetPart(xlsx, "Summary");
    expect(elements(parseXml(xml), NS.main, "hyperlink").map((h) => h.getAttribute("ref"))).toEqual(["A15"]);
    const rels = await partText(xlsx, path.replace(/([^/]+)$/, "_rels/$1.rels"));
    expect(rels.match(/relationships\/hyperlink/g)).toHaveLength(1);
    expect(rels).toContain('Target="https://www.unjiu.org/ok" TargetMode="External"');
    const sheet = (await readWorkbook(xlsx)).getWorksheet("Summary");
    expect(sheet?.getCell("A11").value).toBe("link 0");
    expect(sheet?.getCell("A13").value).toBe("link 2");
  });
});

describe("addSheetsToXlsx: names and repeated runs", () => {
  it("replaces the sheets an earlier run generated, without duplicates or leftover parts", async () => {
    const layouts = [aSheetLayout(), aSheetLayout({ name: "Annex I", kind: "annexI", charts: [] })];
    const first = await addSheetsToXlsx(input, layouts);
    const changed = aSheetLayout({
      values: aSheetLayout().values.map((row, i) => (i === 0 ? ["Second run", null, null, null] : row)),
    });
    const second = await addSheetsToXlsx(first.xlsx, [changed, layouts[1] as SheetLayout]);
    expect(second.sheets).toEqual([
      { kind: "summary", name: "Summary", replaced: true },
      { kind: "annexI", name: "Annex I", replaced: true },
    ]);
    const workbook = await readWorkbook(second.xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Register",
      "Notes",
      "Summary",
      "Annex I",
    ]);
    expect(workbook.getWorksheet("Summary")?.getCell("A1").value).toBe("Second run");
    expect([...(await partsOf(second.xlsx)).keys()].sort()).toEqual(
      [...(await partsOf(first.xlsx)).keys()].sort(),
    );
    expect(await packageProblems(second.xlsx)).toEqual([]);
    const names = elements(parseXml(await partText(second.xlsx, "xl/workbook.xml")), NS.main, "definedName");
    expect(
      names
        .filter((n) => n.getAttribute("name")?.startsWith("JIU_Register_"))
        .map((n) => [n.textContent, n.getAttribute("comment")?.split(" ")[0]]),
    ).toEqual([
      ["'Summary'!$A$1", "jiu-register:generated:summary"],
      ["'Annex I'!$A$1", "jiu-register:generated:annexI"],
    ]);
    expect(names.filter((n) => n.getAttribute("name") === "_xlnm.Print_Titles")).toHaveLength(2);
  });

  /** The input with these defined names added to workbook.xml (sheet indexes: 0 Register, 1 Notes, 2 the third). */
  async function withNames(xlsx: Uint8Array, names: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(xlsx);
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const withBlock = xml.includes("<definedNames>")
      ? xml.replace("<definedNames>", `<definedNames>${names}`)
      : xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`);
    zip.file("xl/workbook.xml", withBlock);
    return zip.generateAsync({ type: "nodebuffer" });
  }

  /** A workbook with a third sheet "Summary" whose cells are not the layout's, marked by `names`. */
  async function withMarkedSummary(names: string): Promise<Buffer> {
    const zip = await JSZip.loadAsync(input);
    const xml =
      (await zip.file("xl/workbook.xml")?.async("string"))?.replace('name="Notes"', 'name="Summary"') ?? "";
    zip.file("xl/workbook.xml", xml);
    return withNames(await zip.generateAsync({ type: "nodebuffer" }), names.replace(/SHEET/g, "1"));
  }

  it.each([
    [
      "the add-in's marker (a hidden workbook-level name with its comment)",
      `<definedName name="JIU_Register_4" comment="jiu-register:generated:summary (made by the JIU Register add-in)" hidden="1">'Summary'!$A$1</definedName>`,
    ],
    [
      "the legacy sheet-scoped marker of earlier versions",
      `<definedName name="JiuRegister_Generated" localSheetId="SHEET" hidden="1">"summary"</definedName>`,
    ],
  ])("replaces a sheet marked with %s, leaving one marker of the current scheme", async (_scheme, names) => {
    const { xlsx, sheets } = await addSheetsToXlsx(await withMarkedSummary(names), [aSheetLayout()]);
    expect(sheets).toEqual([{ kind: "summary", name: "Summary", replaced: true }]);
    const workbook = await readWorkbook(xlsx);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Register", "Summary"]);
    expect(workbook.getWorksheet("Summary")?.getCell("A1").value).toBe("Summary as of 28 February 2023");
    const markers = elements(parseXml(await partText(xlsx, "xl/workbook.xml")), NS.main, "definedName")
      .filter((n) => /^(JIU_Register_|JiuRegister_)/.test(n.getAttribute("name") ?? ""))
      .map((n) => [n.getAttribute("localSheetId"), n.textContent, n.getAttribute("comment")?.split(" ")[0]]);
    expect(markers).toEqual([[null, "'Summary'!$A$1", "jiu-register:generated:summary"]]);
    expect(await packageProblems(xlsx)).toEqual([]);
  });

  it("does not take a marker of another kind, or one whose comment is not the add-in's, for its own", async () => {
    const names =
      `<definedName name="JIU_Register_1" comment="jiu-register:generated:annexI (x)" hidden="1">'Summary'!$A$1</definedName>` +
      `<definedName name="JIU_Register_2" comment="a note of mine" hidden="1">'Summary'!$A$1</definedName>`;
    const { sheets } = await addSheetsToXlsx(await withMarkedSummary(names), [aSheetLayout()]);
    expect(sheets).toEqual([{ kind: "summary", name: "Summary (2)", replaced: false }]);
  });

  it("never replaces a sheet of the user's: it picks a free name and points the chart at it", async () => {
    const userSummary = aSheetLayout({ name: "Summary" });
    const { xlsx: withUserSheet } = await addSheetsToXlsx(input, []);
    const zip = await JSZip.loadAsync(withUserSheet);
    // The user's own "Summary": rename the Notes sheet, which carries no generated mark.
    const workbookXml =
      (await zip.file("xl/workbook.xml")?.async("string"))?.replace('name="Notes"', 'name="Summary"') ?? "";
    zip.file("xl/workbook.xml", workbookXml);
    const userInput = await zip.generateAsync({ type: "nodebuffer" });
    const { xlsx, sheets } = await addSheetsToXlsx(userInput, [userSummary]);
    expect(sheets).toEqual([{ kind: "summary", name: "Summary (2)", replaced: false }]);
    const workbook = await readWorkbook(xlsx);
    expect(workbook.getWorksheet("Summary")?.getCell("A1").value).toBe("Merged note");
    expect(workbook.getWorksheet("Summary (2)")?.getCell("A1").value).toBe("Summary as of 28 February 2023");
    const charts = [...(await partsOf(xlsx)).keys()].filter((name) =>
      /^xl\/charts\/chart\d+\.xml$/.test(name),
    );
    expect(await partText(xlsx, charts[0] ?? "")).toContain("'Summary (2)'!$B$5:$B$7");
  });

  it("gives two layouts with the same name two sheets", async () => {
    const { sheets } = await addSheetsToXlsx(input, [aSheetLayout(), aSheetLayout()]);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Summary", "Summary (2)"]);
  });

  it("adds a styles part to a workbook that has none", async () => {
    const zip = await JSZip.loadAsync(input);
    zip.remove("xl/styles.xml");
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(/<Relationship [^>]*relationships\/styles"[^>]*\/>/, ""),
    );
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file("[Content_Types].xml", types.replace(/<Override PartName="\/xl\/styles.xml"[^>]*\/>/, ""));
    const { xlsx } = await addSheetsToXlsx(await zip.generateAsync({ type: "nodebuffer" }), [aSheetLayout()]);
    expect(await packageProblems(xlsx)).toEqual([]);
    expect((await readWorkbook(xlsx)).getWorksheet("Summary")?.getCell("A1").font).toMatchObject({
      bold: true,
    });
  });
});

describe("addSheetsToXlsx: refusals", () => {
  it.each([
    ["text", Buffer.from("Symbol,Rec.\nJIU/REP/2020/8,1\n")],
    ["an empty file", Buffer.alloc(0)],
    [
      "an OLE (password-protected or .xls) file",
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    ],
  ])("says that %s is not an .xlsx workbook", async (_what, bytes) => {
    await expect(addSheetsToXlsx(bytes, [aSheetLayout()])).rejects.toThrow(XlsxWriteError);
    await expect(addSheetsToXlsx(bytes, [aSheetLayout()])).rejects.toThrow(
      /not an \.xlsx workbook.*Save it as/,
    );
  });

  it("says that a zip without a workbook is not an .xlsx workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "hello");
    await expect(addSheetsToXlsx(await zip.generateAsync({ type: "nodebuffer" }), [])).rejects.toThrow(
      /not an \.xlsx workbook/,
    );
  });

  it.each<[string, Partial<SheetLayout>, RegExp]>([
    [
      "overlapping merges",
      {
        merges: [
          { row: 0, column: 0, rowCount: 2, columnCount: 2 },
          { row: 1, column: 1, rowCount: 1, columnCount: 2 },
        ],
      },
      /merges A1:B2 and B2:C2 overlap/,
    ],
    ["a bad sheet name", { name: "Annex [I]" }, /sheet name contains/],
    [
      "a malformed colour",
      { styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 1 }, style: { fill: "red" } }] },
      /fill "red"/,
    ],
    ["an empty range", { merges: [{ row: 0, column: 0, rowCount: 0, columnCount: 2 }] }, /merge 1: range/],
  ])("refuses a layout with %s", async (_what, overrides, message) => {
    await expect(addSheetsToXlsx(input, [aSheetLayout(overrides)])).rejects.toThrow(message);
  });
});
