import type {
  XlPageBreakCollection,
  XlPageLayout,
  XlPageLayoutScalar,
  XlWorksheetFreezePanes,
} from "../../src/excel/excel-api";
import { parseBox } from "./address";
import { invalidArgument } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { SheetState } from "./state";

type MarginKey = "left" | "right" | "top" | "bottom" | "header" | "footer";

/** Excel's "Normal" margins, in points. */
const DEFAULT_MARGINS: Record<MarginKey, number> = {
  left: 50.4,
  right: 50.4,
  top: 54,
  bottom: 54,
  header: 21.6,
  footer: 21.6,
};

function marginKey(property: string): MarginKey {
  return property.replace(/Margin$/, "") as MarginKey;
}

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
      case "leftMargin":
      case "rightMargin":
      case "topMargin":
      case "bottomMargin":
      case "headerMargin":
      case "footerMargin":
        return pageLayout.margins[marginKey(name)] ?? DEFAULT_MARGINS[marginKey(name)];
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

  private setMargin(name: `${MarginKey}Margin`, value: number): void {
    this.enqueueSet(name, value, ({ pageLayout }) => {
      if (!(value >= 0 && value <= 1000)) throw invalidArgument(`Margin ${value}.`);
      pageLayout.margins = { ...pageLayout.margins, [marginKey(name)]: value };
    });
  }

  get leftMargin(): number {
    return this.loadedValue("leftMargin");
  }
  set leftMargin(value: number) {
    this.setMargin("leftMargin", value);
  }
  get rightMargin(): number {
    return this.loadedValue("rightMargin");
  }
  set rightMargin(value: number) {
    this.setMargin("rightMargin", value);
  }
  get topMargin(): number {
    return this.loadedValue("topMargin");
  }
  set topMargin(value: number) {
    this.setMargin("topMargin", value);
  }
  get bottomMargin(): number {
    return this.loadedValue("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.setMargin("bottomMargin", value);
  }
  get headerMargin(): number {
    return this.loadedValue("headerMargin");
  }
  set headerMargin(value: number) {
    this.setMargin("headerMargin", value);
  }
  get footerMargin(): number {
    return this.loadedValue("footerMargin");
  }
  set footerMargin(value: number) {
    this.setMargin("footerMargin", value);
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

export class MemoryPageBreakCollection extends MemoryProxy<SheetState> implements XlPageBreakCollection {
  constructor(queue: ActionQueue, path: string, resolver: () => SheetState) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "PageBreakCollection";
  }

  protected readScalar(_target: SheetState, name: string): unknown {
    return unknownProperty("PageBreakCollection", name);
  }

  add(pageBreakRange: string): void {
    this.enqueueCall("add", [pageBreakRange], (sheet) => {
      const row = parseBox(pageBreakRange).row;
      if (row === 0) throw invalidArgument("A page break cannot be above the first row.");
      // Kept sorted by inserting in place: an annex adds thousands of breaks, mostly in order.
      const breaks = sheet.rowBreaks;
      let low = 0;
      let high = breaks.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if ((breaks[middle] as number) < row) low = middle + 1;
        else high = middle;
      }
      if (breaks[low] !== row) breaks.splice(low, 0, row);
    });
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
