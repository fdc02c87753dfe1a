import type { XlNamedItem, XlNamedItemCollection, XlNamedItemPath } from "../../src/excel/excel-api";
import { type Box, columnLetters, parseBox, quoteSheetName, splitSheet } from "./address";
import { MemoryCollection } from "./collection";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import { findSheet, sameName, sheetById } from "./sheets";
import type { NameReference, NameState, SheetState, WorkbookState } from "./state";

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]*$/;
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$|^[Rr]\d*[Cc]\d*$/;

function absolute(box: Box): string {
  const cell = (row: number, column: number) => `$${columnLetters(column)}$${row + 1}`;
  const first = cell(box.row, box.column);
  return box.rowCount === 1 && box.columnCount === 1
    ? first
    : `${first}:${cell(box.row + box.rowCount - 1, box.column + box.columnCount - 1)}`;
}

/** The name's formula as Excel shows it; a reference to a deleted sheet reads "=#REF!$A$1". */
export function nameFormula(state: WorkbookState, reference: NameReference): string {
  if (reference.kind === "constant") return reference.formula;
  const sheet = sheetById(state, reference.sheetId);
  return `=${sheet ? quoteSheetName(sheet.name) : "#REF"}!${absolute(reference.box)}`;
}

function nameType(state: WorkbookState, reference: NameReference): string {
  if (reference.kind === "range") return sheetById(state, reference.sheetId) ? "Range" : "Error";
  const body = reference.formula.slice(1);
  if (/^".*"$/.test(body)) return "String";
  if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
  if (body !== "" && Number.isFinite(Number(body))) return "Double";
  return "String";
}

function parseReference(state: WorkbookState, reference: string): NameReference {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const { sheet: sheetName, local } = splitSheet(text);
  if (sheetName !== null) {
    const sheet = findSheet(state, sheetName);
    if (!sheet) throw itemNotFound(`worksheet "${sheetName}" in the name's reference`);
    return { kind: "range", sheetId: sheet.id, box: parseBox(local) };
  }
  return { kind: "constant", formula: `=${text}` };
}

/**
 * `workbook.names` (workbook-level names) or, given a sheet, `worksheet.names` (the names scoped to it),
 * as in Excel, where a sheet's names go when the sheet is deleted.
 */
export class MemoryNamedItemCollection
  extends MemoryCollection<WorkbookState, NameState, MemoryNamedItem>
  implements XlNamedItemCollection
{
  constructor(
    queue: ActionQueue,
    private readonly state: () => WorkbookState,
    path = "workbook.names",
    private readonly scope: (() => SheetState) | null = null,
  ) {
    super(queue, path, state);
  }

  private inScope(item: NameState): boolean {
    return this.scope === null ? item.scopeSheetId === undefined : item.scopeSheetId === this.scope().id;
  }

  protected typeName(): string {
    return "NamedItemCollection";
  }

  protected readScalar(_target: WorkbookState, name: string): unknown {
    return unknownProperty("NamedItemCollection", name);
  }

  protected listItems(state: WorkbookState): readonly NameState[] {
    return state.names.filter((item) => this.inScope(item));
  }

  protected itemProxy(item: NameState, index: number): MemoryNamedItem {
    return new MemoryNamedItem(this.queue, `${this.path}.items[${index}]`, this.state, () => item);
  }

  add(name: string, reference: string, comment?: string): MemoryNamedItem {
    let created: NameState | null = null;
    const proxy = new MemoryNamedItem(
      this.queue,
      `${this.path}.add(${JSON.stringify(name)})`,
      this.state,
      () => {
        if (!created) throw itemNotFound("a name whose add() failed");
        return created;
      },
    );
    this.enqueueCall("add", [name, reference, comment ?? ""], (state) => {
      if (!NAME.test(name) || CELL_LIKE.test(name) || name.length > 255)
        throw invalidArgument(`"${name}" is not a valid name.`);
      if (state.names.some((existing) => this.inScope(existing) && sameName(existing.name, name)))
        throw new MemoryExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const scope = this.scope?.();
      created = {
        name,
        reference: parseReference(state, reference),
        comment: comment ?? "",
        visible: true,
        ...(scope ? { scopeSheetId: scope.id } : {}),
      };
      state.names.push(created);
    });
    return proxy;
  }

  getItemOrNullObject(name: string): MemoryNamedItem {
    return new MemoryNamedItem(
      this.queue,
      `${this.path}.getItemOrNullObject(${JSON.stringify(name)})`,
      this.state,
      () => this.target().names.find((item) => this.inScope(item) && sameName(item.name, name)) ?? null,
      true,
    );
  }

  load(propertyNames: XlNamedItemPath[]): MemoryNamedItemCollection {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export class MemoryNamedItem extends MemoryProxy<NameState> implements XlNamedItem {
  constructor(
    queue: ActionQueue,
    path: string,
    private readonly state: () => WorkbookState,
    resolver: () => NameState | null,
    nullable = false,
  ) {
    super(queue, path, resolver, nullable);
  }

  protected typeName(): string {
    return "NamedItem";
  }

  protected override checkAlive(item: NameState): void {
    if (!this.state().names.includes(item)) throw itemNotFound(`name "${item.name}" (deleted)`);
  }

  protected readScalar(item: NameState, name: string): unknown {
    switch (name) {
      case "name":
        return item.name;
      case "type":
        return nameType(this.state(), item.reference);
      case "formula":
        return nameFormula(this.state(), item.reference);
      case "comment":
        return item.comment;
      case "visible":
        return item.visible;
      default:
        return unknownProperty("NamedItem", name);
    }
  }

  get name(): string {
    return this.loadedValue("name");
  }
  get type(): XlNamedItem["type"] {
    return this.loadedValue("type");
  }

  get formula(): XlNamedItem["formula"] {
    return this.loadedValue("formula");
  }
  set formula(value: XlNamedItem["formula"]) {
    this.enqueueSet("formula", value, (item) => {
      if (typeof value !== "string") throw invalidArgument("A name's formula is text.");
      item.reference = parseReference(this.state(), value);
    });
  }

  get comment(): string {
    return this.loadedValue("comment");
  }
  set comment(value: string) {
    this.enqueueSet("comment", value, (item) => (item.comment = value));
  }

  get visible(): boolean {
    return this.loadedValue("visible");
  }
  set visible(value: boolean) {
    this.enqueueSet("visible", value, (item) => (item.visible = value));
  }

  delete(): void {
    this.enqueueCall("delete", [], (item) => {
      const names = this.state().names;
      names.splice(names.indexOf(item), 1);
    });
  }
}
