/**
 * Fingerprints of what a person keeps in a workbook, read with ExcelJS (independently of the product's own
 * reader): every cell's value, formula and formatting, notes, merges, column widths, row heights, hidden rows,
 * data validation, conditional formats, views and filters. Two equal fingerprints mean nothing was lost.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export type SheetFingerprints = ReadonlyMap<string, string>;

function sheetContent(sheet: ExcelJS.Worksheet): unknown {
  const cells: unknown[] = [];
  const rows: unknown[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    rows.push([r, row.height, row.hidden, row.outlineLevel]);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push([
        cell.address,
        cell.type,
        cell.value,
        cell.numFmt,
        cell.font,
        cell.fill,
        cell.border,
        cell.alignment,
        cell.protection,
        cell.note,
        cell.isMerged ? cell.master.address : null,
      ]);
    });
  });
  const model = sheet.model as unknown as Record<string, unknown>;
  return {
    name: sheet.name,
    state: sheet.state,
    cells,
    rows,
    columns: (sheet.columns ?? []).map((column) => [
      column.letter,
      column.width,
      column.hidden,
      column.outlineLevel,
    ]),
    merges: model.merges,
    dataValidations: model.dataValidations,
    conditionalFormattings: model.conditionalFormattings,
    views: sheet.views,
    autoFilter: sheet.autoFilter ?? null,
    properties: sheet.properties,
    pageSetup: sheet.pageSetup,
  };
}

/** A SHA-256 per sheet of the workbook at `path`. */
export async function sheetFingerprints(path: string): Promise<SheetFingerprints> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const prints = new Map<string, string>();
  workbook.eachSheet((sheet) => {
    prints.set(
      sheet.name,
      createHash("sha256")
        .update(JSON.stringify(sheetContent(sheet)))
        .digest("hex"),
    );
  });
  return prints;
}

/** The bytes of every part of an .xlsx package, by name. */
export async function packageParts(path: string | Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(typeof path === "string" ? await readFile(path) : path);
  const parts = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(name, await file.async("nodebuffer"));
  }
  return parts;
}
