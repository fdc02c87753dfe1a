import type { XlPageLayout, XlPageLayoutScalar, XlWorksheetFreezePanes } from "../excel/excel-api";
import { parseBox } from "./address";
import { invalidArgument } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { SheetState } from "./state";

export class MemoryPageLayout extends MemoryProxy<SheetState> implements XlPageLayout {
  constructor(queue: ActionQueue, path: string, resolver: () => SheetState) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "PageLayout";
  }

  protected readScalar({ pageLayout }: SheetState, name: string): unknown {
    switch (name) {
      case "orientation":
        return pageLayout.orientation;
      case "paperSize":
        return pageLayout.paperSize;
      case "zoom":
        return { ...pageLayout.zoom };
      case "printGridlines":
        return pageLayout.printGridlines;
      case "centerHorizontally":
        return pageLayout.centerHorizontally;
      default:
        return unknownProperty("PageLayout", name);
    }
  }

  get orientation(): XlPageLayout["orientation"] {
    return this.loadedValue("orientation");
  }
  set orientation(value: XlPageLayout["orientation"]) {
    this.enqueueSet("orientation", value, ({ pageLayout }) => {
      if (value !== "Portrait" && value !== "Landscape")
        throw invalidArgument(`Orientation "${String(value)}".`);
      pageLayout.orientation = value;
    });
  }

  get paperSize(): XlPageLayout["paperSize"] {
    return this.loadedValue("paperSize");
  }
  set paperSize(value: XlPageLayout["paperSize"]) {
    this.enqueueSet("paperSize", value, ({ pageLayout }) => (pageLayout.paperSize = String(value)));
  }

  get zoom(): Excel.PageLayoutZoomOptions {
    return this.loadedValue("zoom");
  }
  set zoom(value: Excel.PageLayoutZoomOptions) {
    this.enqueueSet("zoom", value, ({ pageLayout }) => {
      const fit = value.horizontalFitToPages !== undefined || value.verticalFitToPages !== undefined;
      if (fit && value.scale !== undefined)
        throw invalidArgument("Zoom takes a scale or fit-to-pages, not both.");
      pageLayout.zoom = { ...value };
    });
  }

  get printGridlines(): boolean {
    return this.loadedValue("printGridlines");
  }
  set printGridlines(value: boolean) {
    this.enqueueSet("printGridlines", value, ({ pageLayout }) => (pageLayout.printGridlines = value));
  }

  get centerHorizontally(): boolean {
    return this.loadedValue("centerHorizontally");
  }
  set centerHorizontally(value: boolean) {
    this.enqueueSet("centerHorizontally", value, ({ pageLayout }) => (pageLayout.centerHorizontally = value));
  }

  setPrintTitleRows(printTitleRows: string): void {
    this.enqueueCall("setPrintTitleRows", [printTitleRows], ({ pageLayout }) => {
      const box = parseBox(printTitleRows);
      if (box.column !== 0 || box.columnCount < 16_384)
        throw invalidArgument(`Print titles must be whole rows: "${printTitleRows}".`);
      pageLayout.printTitleRows = `$${box.row + 1}:$${box.row + box.rowCount}`;
    });
  }

  load(propertyNames: XlPageLayoutScalar[]): MemoryPageLayout {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export class MemoryFreezePanes extends MemoryProxy<SheetState> implements XlWorksheetFreezePanes {
  constructor(queue: ActionQueue, path: string, resolver: () => SheetState) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "WorksheetFreezePanes";
  }

  protected readScalar(_target: SheetState, name: string): unknown {
    return unknownProperty("WorksheetFreezePanes", name);
  }

  freezeRows(count?: number): void {
    this.enqueueCall("freezeRows", [count ?? 1], (sheet) => {
      const rows = count ?? 1;
      if (!Number.isInteger(rows) || rows < 0) throw invalidArgument(`Freeze ${rows} rows.`);
      sheet.freezeRows = rows;
    });
  }

  unfreeze(): void {
    this.enqueueCall("unfreeze", [], (sheet) => {
      sheet.freezeRows = 0;
    });
  }
}
