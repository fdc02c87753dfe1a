import { writingDirection } from "../labels/language-names";
import type { Language } from "../labels/language";
import type { CellStyle, ChartSpec, HorizontalAlignment, SheetLayout, StyledRange } from "./model";

/** Which way a sheet's text runs. */
export type TextDirection = ReturnType<typeof writingDirection>;

const MIRRORED: Readonly<Record<HorizontalAlignment, HorizontalAlignment>> = {
  left: "right",
  right: "left",
  center: "center",
};

function mirroredStyle(style: CellStyle): CellStyle {
  return style.horizontal === undefined ? style : { ...style, horizontal: MIRRORED[style.horizontal] };
}

function mirroredChart(chart: ChartSpec): ChartSpec {
  const position = chart.legendPosition;
  if (position !== "left" && position !== "right") return chart;
  return { ...chart, legendPosition: position === "left" ? "right" : "left" };
}

/** One range per run of text cells in a row: text starts at the right in a right-to-left sheet. */
function textCellRuns(values: SheetLayout["values"]): StyledRange[] {
  const runs: StyledRange[] = [];
  values.forEach((row, rowIndex) => {
    let start = -1;
    for (let column = 0; column <= row.length; column += 1) {
      const isText = column < row.length && typeof row[column] === "string";
      if (isText && start < 0) start = column;
      if (!isText && start >= 0) {
        const range = { row: rowIndex, column: start, rowCount: 1, columnCount: column - start };
        runs.push({ range, style: { horizontal: "right" } });
        start = -1;
      }
    }
  });
  return runs;
}

/**
 * A sheet laid out for its language's direction. Left to right: unchanged. Right to left (Arabic): marked
 * "rtl" so that each writer flips the sheet's view (Excel then mirrors the columns itself) and sets the
 * cells' reading order; explicit left and right alignments swap sides (a number column keeps to the end of
 * the line, as Excel's own mirroring does); text cells otherwise align right; a legend on one side moves
 * to the other.
 *
 * @example directedLayout(layout, "ar").direction // "rtl"
 */
export function directedLayout(layout: SheetLayout, lang: Language): SheetLayout {
  return withDirection(layout, writingDirection(lang));
}

/** A left-to-right layout laid out for a direction (see `directedLayout`). */
export function withDirection(layout: SheetLayout, direction: TextDirection): SheetLayout {
  if (direction === "ltr") return layout;
  return {
    ...layout,
    direction: "rtl",
    styles: [
      ...textCellRuns(layout.values),
      ...layout.styles.map(({ range, style }) => ({ range, style: mirroredStyle(style) })),
    ],
    charts: layout.charts.map(mirroredChart),
  };
}
