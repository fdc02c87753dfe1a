import type { RefObject } from "react";
import { cellAddress } from "./addresses";
import { cellCss } from "./cell-style";
import type { CellDrawing, ChartDrawing, SheetDrawing } from "./drawing";
import { isLineChart, LineChart } from "./LineChart";
import type { MergeMap } from "./merge-map";
import type { SheetGeometry } from "./sheet-geometry";
import type { SheetGridStyles } from "./sheet-grid-styles";
import { StackedColumnChart } from "./StackedColumnChart";

/** Where a cell stands and what the grid knows of its sheet. */
export interface GridCellPlace {
  readonly sheet: SheetDrawing;
  readonly merges: MergeMap;
  readonly geometry: SheetGeometry;
  readonly styles: SheetGridStyles;
  readonly row: number;
  readonly column: number;
  readonly selected: boolean;
  readonly selectedRef: RefObject<HTMLTableCellElement | null>;
}

/**
 * One cell as Excel shows it: its format, its merged area, a hyperlink, the add-in's mark, text that
 * runs on over empty neighbours, and the charts anchored at it.
 */
export function GridCell({
  sheet,
  merges,
  geometry,
  styles,
  row,
  column,
  selected,
  selectedRef,
}: GridCellPlace) {
  const cell = sheet.cells[row]?.[column] ?? null;
  const span = merges.spanAt(row, column);
  const spillWidth = geometry.spillWidth(row, column);
  const spills =
    cell !== null &&
    cell.style.wrap !== true &&
    span === null &&
    cell.text !== "" &&
    !cell.numeric &&
    spillWidth > geometry.columnPx(column);
  const charts = geometry.chartsAt.get(`${row}:${column}`) ?? [];
  const classes = [
    styles.cell,
    spills || charts.length > 0 ? styles.spill : "",
    selected ? styles.selected : "",
  ].join(" ");
  return (
    <td
      className={classes}
      style={cellCss(cell, sheet.showGridlines)}
      rowSpan={span?.rowSpan}
      colSpan={span?.colSpan}
      data-cell={cellAddress(row, column)}
      data-marked={cell?.mark ? "true" : undefined}
      data-selected={selected ? "true" : undefined}
      ref={selected ? selectedRef : undefined}
    >
      <CellText cell={cell} spillWidth={spills ? spillWidth : null} styles={styles} />
      {charts.map((chart) => (
        <AnchoredChart
          key={chart.name}
          chart={chart}
          box={geometry.chartBox(chart)}
          className={styles.chart}
        />
      ))}
    </td>
  );
}

/** The cell's text (a link when it has one), on a span that runs on when it spills. */
function CellText({
  cell,
  spillWidth,
  styles,
}: {
  cell: CellDrawing | null;
  /** Pixels the text may run over; null when it stays in its cell. */
  spillWidth: number | null;
  styles: SheetGridStyles;
}) {
  const text = cell?.hyperlink ? (
    <a className={styles.link} href={cell.hyperlink} target="_blank" rel="noopener noreferrer">
      {cell.text}
    </a>
  ) : (
    (cell?.text ?? "")
  );
  return spillWidth === null ? (
    text
  ) : (
    <span className={styles.spillText} style={{ maxWidth: `${spillWidth - 6}px` }}>
      {text}
    </span>
  );
}

/** A chart floating over the cells it is anchored to, drawn as Excel draws its type. */
function AnchoredChart({
  chart,
  box,
  className,
}: {
  chart: ChartDrawing;
  box: { readonly width: number; readonly height: number };
  className: string;
}) {
  return (
    <div className={className}>
      {isLineChart(chart) ? (
        <LineChart chart={chart} width={box.width} height={box.height} />
      ) : (
        <StackedColumnChart chart={chart} width={box.width} height={box.height} />
      )}
    </div>
  );
}
