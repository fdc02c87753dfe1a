import { parseXmlTree, type XmlElement } from "../xml/tree";
import { attributeOf } from "../xml/xml-part";
import { applySplices, type Splice } from "./cell-edits";
import { RowDeletion, shiftFormula, UnsafeFormulaError, type FormulaContext } from "./row-shift";
import { escapeXmlAttribute, escapeXmlText } from "./xml-text";

/**
 * Worksheet parts after rows of one sheet are deleted, as Excel's "Delete sheet rows" leaves them: on that
 * sheet the rows go and those below move up (cells, merges, conditional formats, validations, links,
 * filters, page breaks, the dimension); in every sheet, formulas that refer to moved cells follow them,
 * and those that referred to a deleted cell say #REF!. What cannot be adjusted safely throws
 * UnsafeFormulaError with what it is: the caller refuses and writes nothing.
 */

/** The rows of `sheet` deleted from its own part. */
export function deleteWorksheetRows(xml: string, deletion: RowDeletion, sheet: string): string {
  return rewrite(xml, deletion, { sheet, onSheet: true });
}

/** Another sheet's part, its formulas that refer to `sheet`'s rows adjusted; null when nothing changes. */
export function shiftWorksheetFormulas(xml: string, deletion: RowDeletion, sheet: string): string | null {
  const text = rewrite(xml, deletion, { sheet, onSheet: false });
  return text === xml ? null : text;
}

function rewrite(xml: string, deletion: RowDeletion, context: FormulaContext): string {
  const root = parseXmlTree(xml).root;
  const splices: Splice[] = [];
  const own = context.onSheet;
  for (const child of root.children) {
    if (child.uri !== root.uri) continue;
    switch (child.local) {
      case "sheetData":
        for (const row of child.children)
          if (row.local === "row") rowSplices(row, deletion, context, splices);
        break;
      case "dimension":
      case "autoFilter":
        if (own) splices.push(...refAttribute(child, deletion));
        break;
      case "mergeCells":
      case "hyperlinks":
        if (own) splices.push(...listItems(child, "ref", deletion, child.local === "hyperlinks"));
        break;
      case "conditionalFormatting":
      case "dataValidations":
        splices.push(...ruleSplices(child, deletion, context));
        break;
      case "rowBreaks":
        if (own) splices.push(...breakSplices(child, deletion));
        break;
      case "drawing":
      case "legacyDrawing":
        if (own && deletion.rows.length > 0)
          throw new UnsafeFormulaError("the sheet holds notes, pictures or charts anchored to its rows");
        break;
      case "extLst":
        if (own && hasDescendant(child, "sqref"))
          throw new UnsafeFormulaError(
            "the sheet has conditional formats or validations in an extension list",
          );
        break;
    }
  }
  const text = applySplices(xml, splices);
  parseXmlTree(text);
  return text;
}

function hasDescendant(element: XmlElement, local: string): boolean {
  return element.children.some((child) => child.local === local || hasDescendant(child, local));
}

function rowSplices(row: XmlElement, deletion: RowDeletion, context: FormulaContext, out: Splice[]): void {
  const number = Number(attributeOf(row, "r") ?? 0);
  if (context.onSheet && number === 0) throw new UnsafeFormulaError("a row of the sheet has no number");
  if (context.onSheet && number > 0 && deletion.isDeleted(number)) {
    // A shared or array formula whose cells reach rows that stay cannot lose its first cell.
    for (const cell of row.children) {
      const ref = cell.children
        .find((child) => child.local === "f")
        ?.attributes.find((a) => a.name === "ref")?.value;
      if (ref !== undefined && deletion.range(...refRows(ref)) !== null)
        throw new UnsafeFormulaError(`a shared or array formula (${ref}) spans rows to delete`);
    }
    out.push({ start: row.start, end: row.end, text: "" });
    return;
  }
  const moved = context.onSheet && number >= deletion.first ? (deletion.row(number) ?? number) : number;
  if (moved !== number) out.push(startTagSplice(row, { r: String(moved) }));
  for (const cell of row.children) {
    if (cell.local !== "c") continue;
    const reference = attributeOf(cell, "r");
    if (moved !== number && reference !== undefined)
      out.push(startTagSplice(cell, { r: reference.replace(/\d+$/, String(moved)) }));
    const formula = cell.children.find((child) => child.local === "f");
    if (formula) out.push(...formulaSplices(formula, number, deletion, context));
  }
}

function formulaSplices(
  formula: XmlElement,
  row: number,
  deletion: RowDeletion,
  context: FormulaContext,
): Splice[] {
  const kind = attributeOf(formula, "t") ?? "normal";
  const ref = attributeOf(formula, "ref");
  if (kind === "dataTable") throw new UnsafeFormulaError("the workbook has a what-if data table");
  let height = 1;
  if (ref !== undefined && context.onSheet) {
    const [first = 0, last = first] = ref.split(":").map((end) => Number(/\d+$/.exec(end)?.[0] ?? 0));
    if (deletion.countUpTo(last) - deletion.countUpTo(first - 1) > 0)
      throw new UnsafeFormulaError(`a shared or array formula (${ref}) spans rows to delete`);
    height = last - first + 1;
  }
  if (ref !== undefined && !context.onSheet) height = rowsOf(ref);
  const shared = kind === "shared";
  const text = shiftFormula(formula.text, deletion, {
    ...context,
    // The other cells of a shared formula refer to rows further down: each must move as the first's does.
    onRow: (referenced, absolute) => {
      const span = shared && !absolute ? height - 1 : 0;
      if (span > 0 && deletion.countUpTo(referenced + span) !== deletion.countUpTo(referenced - 1))
        throw new UnsafeFormulaError(
          `a shared formula at row ${row} refers to rows on both sides of a deleted one`,
        );
    },
  });
  const splices: Splice[] = [];
  const movedRef = ref !== undefined && context.onSheet ? shiftedList(ref, deletion) : ref;
  if (movedRef !== ref && movedRef !== null && movedRef !== undefined)
    splices.push(startTagSplice(formula, { ref: movedRef }));
  if (text !== formula.text && !formula.selfClosing)
    splices.push({ start: formula.startTagEnd, end: formula.contentEnd, text: escapeXmlText(text) });
  return splices;
}

function refRows(ref: string): [number, number] {
  const [first = 0, last = first] = ref.split(":").map((end) => Number(/\d+$/.exec(end)?.[0] ?? 0));
  return [first, last];
}

function rowsOf(ref: string): number {
  const [first = 0, last = first] = ref.split(":").map((end) => Number(/\d+$/.exec(end)?.[0] ?? 0));
  return last - first + 1;
}

/** Conditional formats' and validations' ranges and formulas (relative rows count from the range's top). */
function ruleSplices(block: XmlElement, deletion: RowDeletion, context: FormulaContext): Splice[] {
  const items = block.local === "dataValidations" ? block.children : [block];
  const splices: Splice[] = [];
  let kept = 0;
  for (const item of items) {
    const sqref = attributeOf(item, "sqref") ?? "";
    const moved = context.onSheet ? shiftedList(sqref, deletion) : sqref;
    if (moved === null) {
      splices.push({ start: item.start, end: item.end, text: "" });
      continue;
    }
    kept++;
    if (moved !== sqref) splices.push(startTagSplice(item, { sqref: moved }));
    const from = Math.min(...sqref.split(" ").map((range) => Number(/\d+/.exec(range)?.[0] ?? 0)));
    const to = context.onSheet ? firstKept(from, deletion) : from;
    for (const formula of formulasOf(item)) {
      const text = shiftFormula(formula.text, deletion, { ...context, anchor: { from, to } });
      if (text !== formula.text)
        splices.push({ start: formula.startTagEnd, end: formula.contentEnd, text: escapeXmlText(text) });
    }
  }
  if (block.local === "dataValidations" && kept === 0)
    return [{ start: block.start, end: block.end, text: "" }];
  if (block.local === "dataValidations" && kept !== items.length)
    splices.push(startTagSplice(block, { count: String(kept) }));
  return splices;
}

function firstKept(row: number, deletion: RowDeletion): number {
  let at = row;
  while (deletion.isDeleted(at)) at++;
  return at;
}

function formulasOf(item: XmlElement): XmlElement[] {
  return item.children.flatMap((child) =>
    ["formula", "formula1", "formula2"].includes(child.local) ? [child] : formulasOf(child),
  );
}

/** A list of ranges ("A2:B5 D7") after the deletion; null when none is left. */
export function shiftedList(list: string, deletion: RowDeletion): string | null {
  const ranges = list.split(/\s+/).filter((range) => range !== "");
  const moved = ranges.flatMap((range) => {
    const [first = "", last = first] = range.split(":");
    const rowOf = (end: string) => Number(/\d+$/.exec(end)?.[0] ?? 0);
    const rows = deletion.range(rowOf(first), rowOf(last));
    if (rows === null) return [];
    const at = (end: string, row: number) => end.replace(/\d+$/, String(row));
    return [range.includes(":") ? `${at(first, rows[0])}:${at(last, rows[1])}` : at(first, rows[0])];
  });
  return moved.length === 0 ? null : moved.join(" ");
}

function refAttribute(element: XmlElement, deletion: RowDeletion): Splice[] {
  const value = attributeOf(element, "ref");
  const moved = value === undefined ? null : shiftedList(value, deletion);
  // Wholly deleted (every row of the sheet): left as it was, as Excel tolerates.
  return moved === null || moved === value ? [] : [startTagSplice(element, { ref: moved })];
}

/** Merges or links: moved, or removed with their rows (a link's relationship stays, unused). */
function listItems(block: XmlElement, name: string, deletion: RowDeletion, links: boolean): Splice[] {
  const items = block.children.filter((child) => child.local === (links ? "hyperlink" : "mergeCell"));
  const splices: Splice[] = [];
  let kept = 0;
  for (const item of items) {
    const value = attributeOf(item, name) ?? "";
    const moved = shiftedList(value, deletion);
    // A merge left one cell high and wide is no merge.
    const single = moved !== null && !links && moved.split(":")[0] === moved.split(":")[1];
    if (moved === null || single) splices.push({ start: item.start, end: item.end, text: "" });
    else {
      kept++;
      if (moved !== value) splices.push(startTagSplice(item, { [name]: moved }));
    }
  }
  if (kept === 0 && items.length > 0) return [{ start: block.start, end: block.end, text: "" }];
  if (!links && kept !== items.length) splices.push(startTagSplice(block, { count: String(kept) }));
  return splices;
}

function breakSplices(block: XmlElement, deletion: RowDeletion): Splice[] {
  const splices = block.children.flatMap((brk) => {
    // A break's id is the 0-based row above which the page breaks: the 1-based row it starts.
    const id = Number(attributeOf(brk, "id") ?? 0);
    const moved = deletion.row(id + 1);
    if (moved === null) return [{ start: brk.start, end: brk.end, text: "" }];
    return moved - 1 === id ? [] : [startTagSplice(brk, { id: String(moved - 1) })];
  });
  const removed = splices.filter((splice) => splice.text === "").length;
  if (removed === 0) return splices;
  const left = block.children.length - removed;
  if (left === 0) return [{ start: block.start, end: block.end, text: "" }];
  const manual = Number(attributeOf(block, "manualBreakCount") ?? left + removed) - removed;
  const counts = {
    count: String(left),
    ...(attributeOf(block, "manualBreakCount") === undefined
      ? {}
      : { manualBreakCount: String(Math.max(0, manual)) }),
  };
  return [...splices, startTagSplice(block, counts)];
}

/** An element's start tag with some attributes set (the others as they were, in order). */
export function startTagSplice(element: XmlElement, set: Record<string, string>): Splice {
  const values = new Map(element.attributes.map((attribute) => [attribute.name, attribute.value]));
  for (const [name, value] of Object.entries(set)) values.set(name, value);
  const attributes = [...values].map(([name, value]) => ` ${name}="${escapeXmlAttribute(value)}"`).join("");
  return {
    start: element.start,
    end: element.startTagEnd,
    text: `<${element.name}${attributes}${element.selfClosing ? "/>" : ">"}`,
  };
}
