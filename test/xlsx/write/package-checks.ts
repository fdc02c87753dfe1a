import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseXml } from "./xml";

/** Part name → bytes, for comparing packages. */
export async function partsOf(xlsx: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Uint8Array>();
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.set(name, await file.async("uint8array"));
  }
  return parts;
}

export async function partText(xlsx: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(xlsx)).file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
}

/**
 * What Excel checks when it opens a package: every XML part parses, every content-type override names
 * an existing part, every internal relationship points at an existing part. Returns the problems.
 */
export async function packageProblems(xlsx: Uint8Array): Promise<string[]> {
  const parts = await partsOf(xlsx);
  const text = (name: string) => new TextDecoder().decode(parts.get(name));
  const problems: string[] = [];
  for (const name of parts.keys()) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    try {
      parseXml(text(name));
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  for (const match of text("[Content_Types].xml").matchAll(/PartName="\/([^"]+)"/g)) {
    if (!parts.has(match[1] ?? "")) problems.push(`content type for missing part ${match[1]}`);
  }
  for (const name of parts.keys()) {
    const owner = /^(.*?)_rels\/(.*)\.rels$/.exec(name);
    if (!owner) continue;
    const ownerDir = owner[1] ?? "";
    for (const rel of text(name).matchAll(/<Relationship [^>]*>/g)) {
      if (/TargetMode="External"/.test(rel[0])) continue;
      const target = /Target="([^"]+)"/.exec(rel[0])?.[1] ?? "";
      const resolved = new URL(target, `http://x/${ownerDir}`).pathname.slice(1);
      if (!parts.has(resolved)) problems.push(`${name} points at missing ${resolved}`);
    }
  }
  return problems;
}

/** Everything a person sees in a sheet, cell by cell, as comparable text. */
export function sheetFingerprint(sheet: ExcelJS.Worksheet): string {
  const cells: string[] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    cells.push(`row ${row.number} h=${row.height} hidden=${row.hidden}`);
    row.eachCell({ includeEmpty: true }, (cell) => {
      cells.push(
        JSON.stringify([
          cell.address,
          cell.type,
          cell.value,
          cell.numFmt,
          cell.font,
          cell.fill,
          cell.border,
          cell.alignment,
          cell.isMerged,
        ]),
      );
    });
  });
  const columns = sheet.columns?.map((column) => `${column.letter}:${column.width}:${column.hidden}`) ?? [];
  const tables = Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables ?? {});
  return [
    sheet.name,
    JSON.stringify(sheet.views),
    JSON.stringify(columns),
    JSON.stringify(tables),
    ...cells,
  ].join("\n");
}

export async function readWorkbook(xlsx: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS declares its own `Buffer` type (an ArrayBuffer); Node's Buffer is what it actually reads.
  await workbook.xlsx.load(Buffer.from(xlsx) as unknown as ArrayBuffer);
  return workbook;
}
