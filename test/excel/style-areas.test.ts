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

/** Each cell's final style: the groups applied in order, a later group's property overriding an earlier one's. */
function styleOf(groups: ReturnType<typeof resolveStyles>["groups"], row: number, column: number): CellStyle {
  return groups
    .filter((group) =>
      group.areas.some(
        (a) =>
          row >= a.row && row < a.row + a.rowCount && column >= a.column && column < a.column + a.columnCount,
      ),
    )
    .reduce<CellStyle>((style, group) => ({ ...style, ...group.style }), {});
}

/** How many times each property is set on each cell: never more than twice (a common value, then the cell's). */
function timesSet(
  groups: ReturnType<typeof resolveStyles>["groups"],
  rows: number,
  columns: number,
): number[] {
  const counts: number[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++)
      for (const property of new Set(groups.flatMap((group) => Object.keys(group.style))))
        counts.push(
          groups.filter(
            (group) =>
              property in group.style &&
              group.areas.some(
                (a) =>
                  row >= a.row &&
                  row < a.row + a.rowCount &&
                  column >= a.column &&
                  column < a.column + a.columnCount,
              ),
          ).length,
        );
  return counts;
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
    expect(Math.max(...timesSet(groups, 6, 4))).toBeLessThanOrEqual(2);
  });

  it("never touches a cell without a style", () => {
    const { groups } = resolveStyles(
      layout([
        { range: box(0, 0, 2, 4), style: { vertical: "top" } },
        { range: box(3, 0, 3, 4), style: { vertical: "top" } },
        { range: box(4, 0, 1, 4), style: { vertical: "center" } },
      ]),
    );
    expect([0, 1, 2, 3, 4, 5].map((row) => styleOf(groups, row, 2))).toEqual([
      { vertical: "top" },
      { vertical: "top" },
      {},
      { vertical: "top" },
      { vertical: "center" },
      { vertical: "top" },
    ]);
  });

  it("sets a value shared by most cells over them all at once, then the other values", () => {
    // Top alignment but in rows 2 and 5: listing the top rows takes 3 areas, the whole block 1.
    const centred = [1, 4].map((row) => ({
      range: box(row, 0, 1, 4),
      style: { vertical: "center" as const },
    }));
    const { groups } = resolveStyles(
      layout([{ range: box(0, 0, 6, 4), style: { vertical: "top", wrap: true } }, ...centred]),
    );
    expect(groups).toEqual([
      { style: { vertical: "top", wrap: true }, areas: [box(0, 0, 6, 4)] },
      { style: { vertical: "center" }, areas: centred.map((entry) => entry.range) },
    ]);
  });

  it("gives properties that end on the same cells one group", () => {
    const { groups } = resolveStyles(
      layout([
        { range: box(1, 1, 2, 2), style: { fill: "#DDEBF7", italic: true } },
        { range: box(1, 1, 2, 2), style: { fontColor: "#1F4E79" } },
      ]),
    );
    expect(groups).toEqual([
      { style: { fill: "#DDEBF7", fontColor: "#1F4E79", italic: true }, areas: [box(1, 1, 2, 2)] },
    ]);
  });

  it("groups cells of one value into few rectangles that cover them exactly once", () => {
    const stripes = Array.from({ length: 3 }, (_, i) => ({
      range: box(i * 2, 0, 1, 4),
      style: { bold: true },
    }));
    const { groups } = resolveStyles(layout([{ range: box(0, 0, 6, 4), style: { wrap: true } }, ...stripes]));
    expect(groups).toEqual([
      { style: { bold: true }, areas: stripes.map((stripe) => stripe.range) },
      { style: { wrap: true }, areas: [box(0, 0, 6, 4)] },
    ]);
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
