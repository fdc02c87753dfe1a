import { makeStyles } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import type { RegisterApi } from "../../src/app/register-api";
import type { IsoDate } from "../../src/core/grid";
import type { Language } from "../../src/labels/language";
import { saveFileInBrowser } from "../../src/taskpane/report/save-file";
import { TaskPane } from "../../src/taskpane/TaskPane";
import { APP_VERSION } from "../../src/taskpane/version";
import type { ThemeName } from "../../src/taskpane/theme";
import { PreviewOptionsNav } from "./PreviewOptionsNav";
import { observeApi, type AfterAction } from "./observe-api";
import type { WorkbookDrawing } from "./workbook/drawing";
import { WorkbookView } from "./workbook/WorkbookView";

export interface PreviewBackend {
  readonly api: RegisterApi;
  /** A fresh drawing of the in-memory workbook, with `sheet` drawn in full (null: the active sheet). */
  draw(sheet: string | null): WorkbookDrawing;
  /** Types into cells, as a person would, firing the change events the add-in listens to. */
  typeInto?(sheet: string, address: string, values: readonly (readonly (string | number)[])[]): Promise<void>;
}

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    fontFamily: "'Segoe UI', system-ui, sans-serif",
  },
  banner: {
    display: "flex",
    alignItems: "baseline",
    flexWrap: "wrap",
    gap: "12px",
    padding: "6px 12px",
    background: "#107c41",
    color: "#fff",
    fontSize: "13px",
  },
  bannerTitle: { fontWeight: 600, fontSize: "14px" },
  body: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 360px",
    gridTemplateRows: "minmax(0, 1fr)",
    minHeight: 0,
  },
  pane: { borderLeft: "1px solid #c8c8c8", overflowY: "auto", minHeight: 0 },
});

/**
 * The real task pane beside a drawing of the workbook it works on. Nothing here stands in for the
 * add-in: the pane, the adapter and the core are the production code; only Excel is in memory.
 */
export function PreviewApp({
  backend,
  language,
  theme,
  asOf,
  onInteractive,
}: {
  backend: PreviewBackend;
  language: Language;
  theme: ThemeName;
  asOf: IsoDate;
  onInteractive: () => void;
}) {
  const styles = useStyles();
  const [drawing, setDrawing] = useState(() => backend.draw(null));
  // After generation and goTo the view follows the workbook's active sheet, as Excel's window does;
  // after validation and Clear marks it stays on the sheet in view.
  const refresh = useCallback(
    (after: AfterAction) =>
      setDrawing((shown) => backend.draw(after === "keepShown" ? (shown.shown?.name ?? null) : null)),
    [backend],
  );
  const showSheet = useCallback((sheet: string) => setDrawing(backend.draw(sheet)), [backend]);
  const api = useMemo(() => observeApi(backend.api, refresh), [backend.api, refresh]);
  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <span className={styles.bannerTitle}>JIU Register preview</span>
        <span>
          The add-in&apos;s task pane and Office.js adapter, on the sample register in an in-memory Excel.
        </span>
        <PreviewOptionsNav />
      </header>
      <div className={styles.body}>
        <WorkbookView drawing={drawing} onShowSheet={showSheet} />
        <div className={styles.pane} data-testid="task-pane">
          <TaskPane
            api={api}
            language={language}
            theme={theme}
            initialAsOf={asOf}
            version={APP_VERSION}
            onInteractive={onInteractive}
            saveFile={saveFileInBrowser}
          />
        </div>
      </div>
    </div>
  );
}
