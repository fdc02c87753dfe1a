import type { CSSProperties } from "react";
import type { CellLook, CellDrawing } from "./drawing";

/** The inline CSS for a cell: its own format, then the conditional format's look on top (as in Excel). */
export function cellCss(cell: CellDrawing | null, gridlines: boolean): CSSProperties {
  const gridline = gridlines ? "1px solid #e1e1e1" : "1px solid transparent";
  const css: CSSProperties = {
    borderRight: gridline,
    borderBottom: gridline,
    verticalAlign: "bottom",
    whiteSpace: "nowrap",
  };
  if (!cell) return css;
  const look: CellLook = { ...cell.style, ...(cell.mark ?? {}) };
  if (look.border) {
    css.border = "1px solid #000";
  }
  if (look.fill) css.background = look.fill;
  if (look.fontColor) css.color = look.fontColor;
  if (look.bold) css.fontWeight = 700;
  if (look.italic) css.fontStyle = "italic";
  if (look.fontSize) css.fontSize = `${look.fontSize}pt`;
  css.textAlign = look.horizontal ?? (cell.numeric ? "right" : "left");
  if (look.vertical) css.verticalAlign = look.vertical === "center" ? "middle" : look.vertical;
  if (look.wrap) {
    // Excel wraps at spaces (and between CJK characters) and clips a word too long for the column.
    css.whiteSpace = "pre-wrap";
  }
  if (look.indent) css.paddingLeft = `${3 + look.indent * 9}px`;
  return css;
}
