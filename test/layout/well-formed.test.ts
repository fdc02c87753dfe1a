import type { SheetLayout } from "../../src/layout/model";
import { problemsOf } from "./well-formed";

/** A minimal valid sheet: 3 rows × 2 columns, a merge on row 0, a chart over rows 1-2. */
function aSheet(overrides: Partial<SheetLayout> = {}): SheetLayout {
  return {
    kind: "summary",
    name: "Summary",
    values: [
      ["Title", null],
      [null, null],
      [null, null],
    ],
    columnWidths: [100, 100],
    rowHeights: [20, 15, 15],
    styles: [{ range: { row: 0, column: 0, rowCount: 1, columnCount: 2 }, style: { bold: true } }],
    merges: [{ row: 0, column: 0, rowCount: 1, columnCount: 2 }],
    hyperlinks: [],
    charts: [],
    page: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: null,
      showGridlines: false,
    },
    freezeRows: 0,
    ...overrides,
  };
}

const CHART = {
  id: "c",
  type: "columnStacked" as const,
  title: "t",
  source: { row: 0, column: 0, rowCount: 1, columnCount: 2 },
  anchor: { row: 1, column: 0, rowCount: 2, columnCount: 2 },
};

const LINK = { row: 0, column: 0, address: "https://www.unjiu.org/", text: "Title" };
const LINK_LOOK = {
  range: { row: 0, column: 0, rowCount: 1, columnCount: 1 },
  style: { fontColor: "#0563C1", underline: true },
};

// The checker the layout tests rely on must itself catch each fault.
describe("the well-formedness check", () => {
  it("accepts a valid sheet", () => {
    expect(problemsOf(aSheet())).toEqual([]);
    expect(problemsOf(aSheet({ charts: [CHART] }))).toEqual([]);
    expect(problemsOf(aSheet({ hyperlinks: [LINK], styles: [LINK_LOOK] }))).toEqual([]);
  });

  it.each<[string, Partial<SheetLayout>, RegExp]>([
    ["a ragged row", { values: [["Title", null], [null], [null, null]] }, /row 1 has 1 cells/],
    ["a missing row height", { rowHeights: [20, 15] }, /one row height per row/],
    ["a row too tall", { rowHeights: [20, 15, 410] }, /row 2 height/],
    ["a merge outside", { merges: [{ row: 2, column: 1, rowCount: 2, columnCount: 1 }] }, /merge 0 outside/],
    [
      "overlapping merges",
      {
        merges: [
          { row: 0, column: 0, rowCount: 1, columnCount: 2 },
          { row: 0, column: 1, rowCount: 2, columnCount: 1 },
        ],
      },
      /overlap/,
    ],
    [
      "a style outside",
      { styles: [{ range: { row: 0, column: 2, rowCount: 1, columnCount: 1 }, style: {} }] },
      /style 0/,
    ],
    [
      "a javascript link",
      { hyperlinks: [{ row: 0, column: 0, address: "javascript:x", text: "Title" }] },
      /link to/,
    ],
    [
      "a link cell without its text",
      { hyperlinks: [{ row: 0, column: 0, address: "https://a.b/", text: "X" }] },
      /link text/,
    ],
    [
      "a chart over text",
      {
        values: [
          ["Title", null],
          [null, "note"],
          [null, null],
        ],
        charts: [CHART],
      },
      /covers text at \(1, 1\)/,
    ],
    ["a link without the link look", { hyperlinks: [LINK] }, /lacks the link look/],
    [
      "a link look without the underline",
      { hyperlinks: [LINK], styles: [{ ...LINK_LOOK, style: { fontColor: "#0563C1" } }] },
      /lacks the link look/,
    ],
    [
      "data-label colours that do not match the series",
      { charts: [{ ...CHART, dataLabels: { numberFormat: "0", fontSize: 8, bold: true, fontColors: [] } }] },
      /0 label colours for 1 series/,
    ],
    [
      "a value axis stepping by halves",
      { charts: [{ ...CHART, valueAxis: { majorUnit: 0.5, numberFormat: "0" } }] },
      /step 0.5/,
    ],
    ["a bad sheet name", { name: "Annex [I]" }, /bad sheet name/],
    ["a page break outside", { rowBreaks: [3] }, /page break at row 3/],
    ["page breaks out of order", { rowBreaks: [2, 1] }, /not ascending/],
  ])("rejects %s", (_name, overrides, problem) => {
    expect(problemsOf(aSheet(overrides)).join("; ")).toMatch(problem);
  });
});
