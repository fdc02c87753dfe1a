/** The look of the preview's worksheet: Excel's headers, cells, selection and spilled text. */
import { makeStyles } from "@fluentui/react-components";

export const useSheetGridStyles = makeStyles({
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

export type SheetGridStyles = ReturnType<typeof useSheetGridStyles>;
