import type { ChartSpec, LayoutValue, SheetLayout } from "../model";
import type { DocChart, FigureSeries } from "./model";
import { TEXT_WIDTH } from "./model";

const CHART_HEIGHT = 250;

/**
 * A chart of the summary sheet with the data it reads there: the same spec the .xlsx writer draws, so the
 * document's figures and the sheet's cannot differ. The source's first row names the series, its first
 * column holds the categories.
 *
 * @example figureChart(summarySheet, summarySheet.charts[0]).categories // [2018, 2019, 2020, 2021]
 */
export function figureChart(sheet: SheetLayout, spec: ChartSpec): DocChart {
  const { source } = spec;
  const at = (row: number, column: number): LayoutValue => sheet.values[row]?.[column] ?? null;
  const bodyRows = Array.from({ length: source.rowCount - 1 }, (_, index) => source.row + 1 + index);
  const series = Array.from({ length: source.columnCount - 1 }, (_, index): FigureSeries => {
    const column = source.column + 1 + index;
    const color = spec.seriesColors?.[index];
    return {
      name: String(at(source.row, column) ?? ""),
      values: bodyRows.map((row) => {
        const value = at(row, column);
        return typeof value === "number" && Number.isFinite(value) ? value : null;
      }),
      ...(color === undefined ? {} : { color }),
    };
  });
  const categories = bodyRows.map((row) => {
    const value = at(row, source.column);
    return typeof value === "number" ? value : String(value ?? "");
  });
  return { kind: "chart", spec, categories, series, width: TEXT_WIDTH, height: CHART_HEIGHT };
}
