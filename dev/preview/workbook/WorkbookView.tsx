import { makeStyles } from "@fluentui/react-components";
import { cellAddress } from "./addresses";
import { SheetGrid } from "./SheetGrid";
import type { WorkbookDrawing } from "./drawing";

const useStyles = makeStyles({
  workbook: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr) auto",
    height: "100%",
    minWidth: 0,
    background: "#fff",
    color: "#242424",
    fontFamily: "'Segoe UI', system-ui, sans-serif",
  },
  formulaBar: {
    display: "flex",
    alignItems: "center",
    gap: "8px",
    padding: "4px 8px",
    borderBottom: "1px solid #d4d4d4",
    fontSize: "13px",
    minHeight: "26px",
  },
  nameBox: {
    minWidth: "64px",
    padding: "2px 6px",
    border: "1px solid #c8c8c8",
    fontFamily: "Consolas, 'DejaVu Sans Mono', monospace",
  },
  formula: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", flex: 1 },
  scroller: { overflow: "auto", minHeight: 0 },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: "0 8px",
    borderTop: "1px solid #d4d4d4",
    background: "#f3f3f3",
    overflowX: "auto",
  },
  tab: {
    border: "none",
    background: "transparent",
    padding: "6px 12px",
    fontSize: "13px",
    color: "#424242",
    cursor: "pointer",
    whiteSpace: "nowrap",
    borderBottom: "3px solid transparent",
    ":focus-visible": { outline: "2px solid #0f6cbd", outlineOffset: "-2px" },
  },
  activeTab: { background: "#fff", color: "#107c41", fontWeight: 600, borderBottom: "3px solid #107c41" },
});

/**
 * An Excel-like view of the in-memory workbook: name box and cell text, the grid, and sheet tabs.
 * It shows the sheet the workbook drew; clicking a tab asks for another (the workbook itself is unchanged).
 */
export function WorkbookView({
  drawing,
  onShowSheet,
}: {
  drawing: WorkbookDrawing;
  onShowSheet: (sheet: string) => void;
}) {
  const styles = useStyles();
  const sheet = drawing.shown;
  const selection =
    drawing.selection && sheet && drawing.selection.sheet === sheet.name ? drawing.selection : null;
  const selectedText = selection ? (sheet?.cells[selection.row]?.[selection.column]?.text ?? "") : "";

  return (
    <section className={styles.workbook} aria-label="Workbook (in-memory Excel)">
      <div className={styles.formulaBar}>
        <span className={styles.nameBox} data-testid="name-box" aria-label="Selected cell">
          {selection ? cellAddress(selection.row, selection.column) : "\u00a0"}
        </span>
        <span className={styles.formula} data-testid="cell-text">
          {selectedText}
        </span>
      </div>
      {/* Keyed by sheet: another sheet opens at its top-left corner, not at the last sheet's scroll position. */}
      <div key={sheet?.name ?? ""} className={styles.scroller} data-testid="sheet-scroller">
        {sheet && <SheetGrid key={sheet.name} sheet={sheet} selected={selection} />}
      </div>
      <div className={styles.tabs} role="tablist" aria-label="Sheets">
        {drawing.tabs
          .filter((tab) => !tab.hidden)
          .map((tab) => (
            <button
              key={tab.name}
              type="button"
              role="tab"
              aria-selected={tab.name === sheet?.name}
              className={`${styles.tab} ${tab.name === sheet?.name ? styles.activeTab : ""}`}
              onClick={() => onShowSheet(tab.name)}
            >
              {tab.name}
            </button>
          ))}
      </div>
    </section>
  );
}
