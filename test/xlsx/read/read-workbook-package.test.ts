import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { handMadeXlsx, RELATIONSHIP_NS, SPREADSHEET_NS, tempFolder } from "./fixtures";

const HYPERLINK_TYPE = `${RELATIONSHIP_NS}/hyperlink`;
const TABLE_TYPE = `${RELATIONSHIP_NS}/table`;

describe("readWorkbookGrid on packages ExcelJS would not write", () => {
  const folder = tempFolder();
  afterAll(() => folder.dispose());
  let count = 0;
  const file = () => folder.path(`hand-${(count += 1)}.xlsx`);

  it("reads inline strings, plain and rich", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        {
          name: "S",
          xml:
            '<row r="1"><c r="A1" t="inlineStr"><is><t>plain</t></is></c>' +
            '<c r="B1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><b/></rPr><t>text</t></r></is></c></row>',
        },
      ],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([["plain", "rich text"]]);
  });

  it("leaves out phonetic guides and decodes _xHHHH_ escapes in shared strings", async () => {
    const path = await handMadeXlsx(file(), {
      sharedStringItems:
        '<si><r><t>東京</t></r><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>' +
        "<si><t>line_x000D_\nnext</t></si><si><t>keep _x005F_x000D_ literally</t></si>",
      sheets: [
        {
          name: "S",
          xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>',
        },
      ],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([
      ["東京", "line\r\nnext", "keep _x000D_ literally"],
    ]);
  });

  it("places cells that omit their reference in the next row or column", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        {
          name: "S",
          xml: '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>',
        },
      ],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([
      [1, 2, null],
      [null, 3, 4],
    ]);
  });

  it("reads prefixed elements and an absolute worksheet target", async () => {
    const path = await handMadeXlsx(file(), {
      sheetTarget: () => "/xl/worksheets/data.xml",
      sheets: [
        {
          name: "Prefixed",
          xml:
            `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${SPREADSHEET_NS}"><x:sheetData>` +
            '<x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>found</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>',
        },
      ],
    });
    const sheet = (await readWorkbookGrid(path)).sheets[0];
    expect(sheet?.name).toBe("Prefixed");
    expect(sheet?.origin).toEqual({ row: 2, column: 2 });
    expect(sheet?.cells).toEqual([["found"]]);
  });

  it.each([
    ["built-in date format 14", '<xf numFmtId="14"/>', "", "44985", { kind: "date", iso: "2023-02-28" }],
    [
      "Chinese built-in date format 31",
      '<xf numFmtId="31"/>',
      "",
      "44985",
      { kind: "date", iso: "2023-02-28" },
    ],
    [
      "custom date format",
      '<xf numFmtId="164"/>',
      '<numFmt numFmtId="164" formatCode="[$-804]yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/>',
      "44985.5",
      { kind: "date", iso: "2023-02-28" },
    ],
    ["time-only format", '<xf numFmtId="165"/>', '<numFmt numFmtId="165" formatCode="h:mm"/>', "0.5", 0.5],
    ["percentage format", '<xf numFmtId="9"/>', "", "0.5", 0.5],
    ["date format on Excel's fictitious 1900-02-29", '<xf numFmtId="14"/>', "", "60", 60],
  ])("reads a number in a %s", async (_name, xf, numFmts, value, expected) => {
    const path = await handMadeXlsx(file(), {
      styles: { numFmts, cellXfs: `<xf numFmtId="0"/>${xf}` },
      sheets: [{ name: "S", xml: `<row r="1"><c r="A1" s="1"><v>${value}</v></c></row>` }],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([[expected]]);
  });

  it("reads ISO date cells, booleans and formulas without a cached result", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        {
          name: "S",
          xml:
            '<row r="1"><c r="A1" t="d"><v>2023-02-28T00:00:00Z</v></c><c r="B1" t="b"><v>0</v></c>' +
            '<c r="C1"><f>SUM(A2:A9)</f></c><c r="D1" t="e"><f>VLOOKUP(1,A:A,2,0)</f><v>#N/A</v></c></row>',
        },
      ],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([
      [{ kind: "date", iso: "2023-02-28" }, false, null, { kind: "error", code: "#N/A" }],
    ]);
  });

  it("links cells of an external hyperlink's range, but not empty cells nor links within the workbook", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        {
          name: "S",
          xml:
            `<?xml version="1.0"?><worksheet xmlns="${SPREADSHEET_NS}" xmlns:r="${RELATIONSHIP_NS}"><sheetData>` +
            '<row r="1"><c r="A1" t="inlineStr"><is><t>one</t></is></c><c r="B1"><v>2</v></c>' +
            '<c r="D1" t="inlineStr"><is><t>inside</t></is></c><c r="E1" t="inlineStr"><is><t>anchor</t></is></c></row>' +
            '</sheetData><hyperlinks><hyperlink ref="A1:C1" r:id="rId7"/><hyperlink ref="D1" location="\'S\'!A1"/>' +
            '<hyperlink ref="E1" r:id="rId7" location="part2"/></hyperlinks></worksheet>',
          rels: `<Relationship Id="rId7" Type="${HYPERLINK_TYPE}" Target="https://www.unjiu.org/a%20b.pdf" TargetMode="External"/>`,
        },
      ],
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.cells).toEqual([
      [
        { kind: "link", text: "one", address: "https://www.unjiu.org/a%20b.pdf" },
        { kind: "link", text: "2", address: "https://www.unjiu.org/a%20b.pdf" },
        null,
        "inside",
        { kind: "link", text: "anchor", address: "https://www.unjiu.org/a%20b.pdf#part2" },
      ],
    ]);
  });

  it("reads tables by their display name and skips a table without a header row", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        {
          name: "S",
          xml: '<row r="1"><c r="A1"><v>1</v></c></row>',
          rels:
            `<Relationship Id="rT1" Type="${TABLE_TYPE}" Target="../tables/table1.xml"/>` +
            `<Relationship Id="rT2" Type="${TABLE_TYPE}" Target="/xl/tables/table2.xml"/>`,
        },
      ],
      extraParts: {
        "xl/tables/table1.xml": `<table xmlns="${SPREADSHEET_NS}" id="1" name="Table1" displayName="登记册表" ref="A1:R25"/>`,
        "xl/tables/table2.xml": `<table xmlns="${SPREADSHEET_NS}" id="2" name="T2" displayName="T2" ref="T1:U3" headerRowCount="0"/>`,
      },
    });
    expect((await readWorkbookGrid(path)).sheets[0]?.tables).toEqual([
      { name: "登记册表", headerRow: 1, firstColumn: 1, lastRow: 25, lastColumn: 18, hasTotalsRow: false },
    ]);
  });

  it("reads only worksheets, hidden ones included, and skips chart sheets", async () => {
    const path = await handMadeXlsx(file(), {
      sheets: [
        { name: "Visible", xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
        { name: "Hidden", xml: '<row r="1"><c r="A1"><v>2</v></c></row>', state: "hidden" },
      ],
      extraSheets: '<sheet name="Chart1" sheetId="9" r:id="rIdC1"/>',
      extraWorkbookRels: `<Relationship Id="rIdC1" Type="${RELATIONSHIP_NS}/chartsheet" Target="chartsheets/sheet1.xml"/>`,
      extraParts: { "xl/chartsheets/sheet1.xml": `<chartsheet xmlns="${SPREADSHEET_NS}"/>` },
    });
    const grid = await readWorkbookGrid(path);
    expect(grid.sheets.map((sheet) => sheet.name)).toEqual(["Visible", "Hidden"]);
  });
});
