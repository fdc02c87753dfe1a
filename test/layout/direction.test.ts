/**
 * Issue 15: a sheet in a right-to-left language (Arabic) is laid out right to left: the layout says so,
 * text cells align right, explicit sides swap, and left-to-right languages are untouched.
 */
import { summarize } from "../../src/core/summarize";
import { writingDirection } from "../../src/labels/language-names";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import { directedLayout, withDirection } from "../../src/layout/direction";
import type { CellStyle, SheetLayout } from "../../src/layout/model";
import { aGrid, parseRegister } from "../fixtures";

const register = parseRegister(aGrid([{}, { acceptance: "Under consideration", implementation: null }]));
const summary = summarize(register, "2023-02-28" as never);

/** The style a cell ends with: every range that covers it, in order. */
function styleAt(layout: SheetLayout, row: number, column: number): CellStyle {
  return layout.styles
    .filter(
      ({ range: r }) =>
        r.row <= row && row < r.row + r.rowCount && r.column <= column && column < r.column + r.columnCount,
    )
    .reduce<CellStyle>((style, { style: next }) => ({ ...style, ...next }), {});
}

describe("the direction of a language", () => {
  it.each([
    ["ar", "rtl"],
    ["en", "ltr"],
    ["zh", "ltr"],
    ["fr", "ltr"],
    ["ru", "ltr"],
    ["es", "ltr"],
  ] as const)("%s is %s", (lang, direction) => {
    expect(writingDirection(lang)).toBe(direction);
  });
});

describe("a right-to-left layout", () => {
  const ltr = layoutSummarySheet(summary, "en");
  const rtl = withDirection(ltr, "rtl");

  it("is what an Arabic summary and Arabic annexes are; the five other languages' are left to right", () => {
    expect(layoutSummarySheet(summary, "ar").direction).toBe("rtl");
    expect(layoutAnnexes(register, summary, "ar").map((layout) => layout.direction)).toEqual([
      "rtl",
      "rtl",
      "rtl",
    ]);
    for (const lang of ["en", "zh", "fr", "ru", "es"] as const) {
      expect(layoutSummarySheet(summary, lang).direction).toBeUndefined();
      expect(layoutAnnexes(register, summary, lang).every((layout) => layout.direction === undefined)).toBe(
        true,
      );
    }
  });

  it("leaves left-to-right languages' layouts as they are", () => {
    expect(ltr.direction).toBeUndefined();
    expect(directedLayout(ltr, "en")).toBe(ltr);
    expect(layoutAnnexes(register, summary, "zh").every((layout) => layout.direction === undefined)).toBe(
      true,
    );
  });

  it("is marked rtl, with the same values, merges, widths and charts' data", () => {
    expect(rtl.direction).toBe("rtl");
    expect(rtl.values).toEqual(ltr.values);
    expect(rtl.merges).toEqual(ltr.merges);
    expect(rtl.columnWidths).toEqual(ltr.columnWidths);
    expect(rtl.charts.map((chart) => chart.source)).toEqual(ltr.charts.map((chart) => chart.source));
  });

  it("aligns every text cell right unless it is centred, and moves right-aligned numbers left", () => {
    let textCells = 0;
    rtl.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const before = styleAt(ltr, r, c).horizontal;
        const after = styleAt(rtl, r, c).horizontal;
        if (typeof value === "string") {
          textCells += 1;
          expect({ at: [r, c], horizontal: after }).toEqual({
            at: [r, c],
            horizontal: before === "center" ? "center" : before === "right" ? "left" : "right",
          });
        }
        if (typeof value === "number" && before === "right") expect(after).toBe("left");
      }),
    );
    expect(textCells).toBeGreaterThan(10);
  });

  it("swaps a legend's side", () => {
    const [chart] = ltr.charts;
    if (!chart) throw new Error("no chart");
    const onRight = { ...ltr, charts: [{ ...chart, legendPosition: "right" as const }] };
    expect(withDirection(onRight, "rtl").charts[0]?.legendPosition).toBe("left");
    expect(
      withDirection({ ...onRight, charts: [{ ...chart, legendPosition: "bottom" }] }, "rtl").charts[0]
        ?.legendPosition,
    ).toBe("bottom");
  });
});
