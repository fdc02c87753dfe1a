import type { CellStyle, RangeRef, SheetLayout } from "../../src/layout/model";
import { resolveStyles } from "../../src/excel/style-areas";

const box = (row: number, column: number, rowCount: number, columnCount: number): RangeRef => ({
  row,
  column,
  rowCount,
  columnCount,
});

function layout(
  styles: readonly { range: RangeRef; style: CellStyle }[],
  rows = 6,
  columns = 4,
): SheetLayout {
  return {
    kind: "summary",
    name: "S",
    values: Array.from({ length: rows }, () => new Array(columns).fill(null)),
    columnWidths: new Array(columns).fill(10),
    rowHeights: new Array(rows).fill(null),
    styles,
    merges: [],
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
  };
}

/** Each cell's final style, read back from the groups. */
function styleOf(groups: ReturnType<typeof resolveStyles>["groups"], row: number, column: number): CellStyle {
  const found = groups.filter((group) =>
    group.areas.some(
      (a) =>
        row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount,
    ),
  );
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.style ?? {};
}

describe("resolveStyles", () => {
  it("applies styles in order, a later property overriding an earlier one cell by cell", () => {
    const { groups } = resolveStyles(
      layout([
        { range: box(0, 0, 6, 4), style: { fontSize: 10, border: "thin" } },
        { range: box(0, 0, 1, 4), style: { bold: true, fill: "#EEEEEE" } },
        { range: box(0, 1, 3, 1), style: { fill: "#FF0000", fontSize: 12 } },
      ]),
    );
    expect(styleOf(groups, 0, 0)).toEqual({ fontSize: 10, border: "thin", bold: true, fill: "#EEEEEE" });
    expect(styleOf(groups, 0, 1)).toEqual({ fontSize: 12, border: "thin", bold: true, fill: "#FF0000" });
    expect(styleOf(groups, 2, 1)).toEqual({ fontSize: 12, border: "thin", fill: "#FF0000" });
    expect(styleOf(groups, 5, 3)).toEqual({ fontSize: 10, border: "thin" });
  });

  it("groups cells of one style into few rectangles that cover them exactly once", () => {
    const stripes = Array.from({ length: 3 }, (_, i) => ({
      range: box(i * 2, 0, 1, 4),
      style: { bold: true },
    }));
    const { groups } = resolveStyles(layout([{ range: box(0, 0, 6, 4), style: { wrap: true } }, ...stripes]));
    expect(groups).toHaveLength(2);
    const cells = groups.reduce(
      (sum, g) => sum + g.areas.reduce((n, a) => n + a.rowCount * a.columnCount, 0),
      0,
    );
    expect(cells).toBe(24);
    expect(groups.find((g) => g.style.bold)?.areas).toHaveLength(3);
  });

  it("takes number formats out of the groups, cell by cell", () => {
    const { groups, numberFormats } = resolveStyles(
      layout([
        { range: box(1, 1, 2, 1), style: { numberFormat: "0%" } },
        { range: box(2, 1, 1, 1), style: { numberFormat: "0.0%", bold: true } },
      ]),
    );
    expect(numberFormats?.[1]?.[1]).toBe("0%");
    expect(numberFormats?.[2]?.[1]).toBe("0.0%");
    expect(numberFormats?.[0]?.[0]).toBeNull();
    expect(groups.map((g) => g.style)).toEqual([{ bold: true }]);
  });
});
