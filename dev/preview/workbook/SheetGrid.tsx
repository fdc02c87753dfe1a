import { makeStyles } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { cellAddress, columnLetters, DEFAULT_COLUMN_PX, DEFAULT_ROW_PX, pointsToPixels } from "./addresses";
import { cellCss } from "./cell-style";
import { mergeMap } from "./merge-map";
import type { ChartDrawing, SheetDrawing } from "./drawing";
import { isLineChart, LineChart } from "./LineChart";
import { StackedColumnChart } from "./StackedColumnChart";

const ROW_HEADER_PX = 40;

const useStyles = makeStyles({
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "Calibri, Carlito, 'Segoe UI', sans-serif",
    fontSize: "11pt",
    color: "#000",
    background: "#fff",
  },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 6, background: "#f3f3f3" },
  columnHeader: {
    position: "sticky",
    top: 0,
    zIndex: 5,
    background: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    fontSize: "12px",
    borderRight: "1px solid #d4d4d4",
    borderBottom: "1px solid #c8c8c8",
    height: "20px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 4,
    background: "#f3f3f3",
    color: "#444",
    fontWeight: 400,
    fontSize: "12px",
    textAlign: "center",
    borderRight: "1px solid #c8c8c8",
    borderBottom: "1px solid #d4d4d4",
  },
  cell: { padding: "1px 3px", overflow: "hidden", lineHeight: 1.25, position: "relative" },
  spill: { overflow: "visible" },
  spillText: {
    position: "relative",
    zIndex: 1,
    display: "inline-block",
    overflow: "hidden",
    whiteSpace: "nowrap",
    verticalAlign: "bottom",
  },
  selected: { outline: "2px solid #107c41", outlineOffset: "-2px", zIndex: 2 },
  link: { color: "#0563c1", textDecoration: "underline" },
  chart: { position: "absolute", top: 0, left: 0, zIndex: 3 },
  undrawn: { padding: "8px 48px", color: "#616161", fontStyle: "italic", background: "#fafafa" },
});

/**
 * One worksheet as a table: column letters, row numbers, cell formats, merged areas, hyperlinks, the
 * add-in's marks, the selection and charts floating over the cells they are anchored to.
 */
export function SheetGrid({
  sheet,
  selected,
}: {
  sheet: SheetDrawing;
  selected: { row: number; column: number } | null;
}) {
  const styles = useStyles();
  const merges = useMemo(() => mergeMap(sheet.merges), [sheet.merges]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const rowCount = sheet.rowCount;
  const widths = Array.from({ length: sheet.columnCount }, (_, c) => {
    const points = sheet.columnWidths[c];
    return points ? pointsToPixels(points) : DEFAULT_COLUMN_PX;
  });
  const chartsAt = useMemo(() => {
    const map = new Map<string, ChartDrawing[]>();
    for (const chart of sheet.charts) {
      const key = `${chart.anchor.row}:${chart.anchor.column}`;
      map.set(key, [...(map.get(key) ?? []), chart]);
    }
    return map;
  }, [sheet.charts]);

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected?.row, selected?.column, sheet.name]);

  const rowPx = (row: number) => {
    const points = sheet.rowHeights[row];
    return points ? pointsToPixels(points) : DEFAULT_ROW_PX;
  };
  const chartBox = (chart: ChartDrawing) => {
    let width = 0;
    for (let c = chart.anchor.column; c < chart.anchor.column + chart.anchor.columnCount; c++) {
      width += widths[c] ?? DEFAULT_COLUMN_PX;
    }
    let height = 0;
    for (let r = chart.anchor.row; r < chart.anchor.row + chart.anchor.rowCount; r++) height += rowPx(r);
    return { width, height };
  };

  const isEmpty = (row: number, column: number) =>
    (sheet.cells[row]?.[column]?.text ?? "") === "" &&
    !merges.isCovered(row, column) &&
    merges.spanAt(row, column) === null &&
    !chartsAt.has(`${row}:${column}`);

  const rows: ReactNode[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < sheet.columnCount; c++) {
      if (merges.isCovered(r, c)) continue;
      const cell = sheet.cells[r]?.[c] ?? null;
      const span = merges.spanAt(r, c);
      const isSelected = selected?.row === r && selected.column === c;
      const wraps = cell?.style.wrap === true;
      // Text that does not wrap runs on over empty neighbours and stops at the first non-empty one, as in Excel.
      let spillWidth = widths[c] ?? DEFAULT_COLUMN_PX;
      for (let k = c + 1; k < sheet.columnCount && isEmpty(r, k); k++)
        spillWidth += widths[k] ?? DEFAULT_COLUMN_PX;
      const spills =
        cell !== null &&
        !wraps &&
        span === null &&
        cell.text !== "" &&
        !cell.numeric &&
        spillWidth > (widths[c] ?? DEFAULT_COLUMN_PX);
      const charts = chartsAt.get(`${r}:${c}`) ?? [];
      const classes = [
        styles.cell,
        spills || charts.length > 0 ? styles.spill : "",
        isSelected ? styles.selected : "",
      ].join(" ");
      const text = cell?.hyperlink ? (
        <a className={styles.link} href={cell.hyperlink} target="_blank" rel="noopener noreferrer">
          {cell.text}
        </a>
      ) : (
        (cell?.text ?? "")
      );
      cells.push(
        <td
          key={c}
          className={classes}
          style={cellCss(cell, sheet.showGridlines)}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          data-cell={cellAddress(r, c)}
          data-marked={cell?.mark ? "true" : undefined}
          data-selected={isSelected ? "true" : undefined}
          ref={isSelected ? selectedRef : undefined}
        >
          {spills ? (
            <span className={styles.spillText} style={{ maxWidth: `${spillWidth - 6}px` }}>
              {text}
            </span>
          ) : (
            text
          )}
          {charts.map((chart) => {
            const box = chartBox(chart);
            return (
              <div key={chart.name} className={styles.chart}>
                {isLineChart(chart) ? (
                  <LineChart chart={chart} width={box.width} height={box.height} />
                ) : (
                  <StackedColumnChart chart={chart} width={box.width} height={box.height} />
                )}
              </div>
            );
          })}
        </td>,
      );
    }
    const height = sheet.rowHeights[r];
    rows.push(
      <tr key={r} style={{ height: height ? `${pointsToPixels(height)}px` : `${DEFAULT_ROW_PX}px` }}>
        <th scope="row" className={styles.rowHeader}>
          {r + 1}
        </th>
        {cells}
      </tr>,
    );
  }

  const totalWidth = ROW_HEADER_PX + widths.reduce((sum, w) => sum + w, 0);
  return (
    <table className={styles.table} style={{ width: `${totalWidth}px` }} data-sheet={sheet.name}>
      <colgroup>
        <col style={{ width: `${ROW_HEADER_PX}px` }} />
        {widths.map((width, c) => (
          <col key={c} style={{ width: `${width}px` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className={styles.corner} aria-label="" />
          {widths.map((_, c) => (
            <th key={c} scope="col" className={styles.columnHeader}>
              {columnLetters(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{rows}</tbody>
      {sheet.undrawnRows > 0 && (
        <tfoot>
          <tr>
            <td colSpan={widths.length + 1} className={styles.undrawn}>
              {`${sheet.undrawnRows.toLocaleString("en-US")} more rows are in the workbook; the preview draws the first ${rowCount}.`}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
