import { useEffect, useMemo, useRef, type ReactNode } from "react";
import { columnLetters, DEFAULT_ROW_PX, pointsToPixels } from "./addresses";
import type { SheetDrawing } from "./drawing";
import { GridCell } from "./GridCell";
import { mergeMap } from "./merge-map";
import { chartsByAnchor, sheetGeometry } from "./sheet-geometry";
import { type SheetGridStyles, useSheetGridStyles } from "./sheet-grid-styles";

const ROW_HEADER_PX = 40;

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
  const styles = useSheetGridStyles();
  const merges = useMemo(() => mergeMap(sheet.merges), [sheet.merges]);
  const chartsAt = useMemo(() => chartsByAnchor(sheet.charts), [sheet.charts]);
  const selectedRef = useRef<HTMLTableCellElement | null>(null);
  const geometry = sheetGeometry(sheet, merges, chartsAt);
  const { widths } = geometry;

  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: "center", inline: "center" });
  }, [selected?.row, selected?.column, sheet.name]);

  const rows: ReactNode[] = [];
  for (let r = 0; r < sheet.rowCount; r++) {
    const cells: ReactNode[] = [];
    for (let c = 0; c < sheet.columnCount; c++) {
      if (merges.isCovered(r, c)) continue;
      const place = { sheet, merges, geometry, styles, row: r, column: c, selectedRef };
      cells.push(<GridCell key={c} {...place} selected={selected?.row === r && selected.column === c} />);
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
      <ColumnHeaders widths={widths} styles={styles} />
      <tbody>{rows}</tbody>
      {sheet.undrawnRows > 0 && (
        <tfoot>
          <tr>
            <td colSpan={widths.length + 1} className={styles.undrawn}>
              {`${sheet.undrawnRows.toLocaleString("en-US")} more rows are in the workbook; the preview draws the first ${sheet.rowCount}.`}
            </td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}

/** The columns' widths, and their letters in a header row that stays on screen. */
function ColumnHeaders({ widths, styles }: { widths: readonly number[]; styles: SheetGridStyles }) {
  return (
    <>
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
    </>
  );
}
