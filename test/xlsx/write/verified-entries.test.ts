import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { bytesAccess, readZipDirectory } from "../../../src/xlsx/read/zip-directory";
import { addSheetsToXlsx, XlsxWriteError } from "../../../src/xlsx/write";
import { aSheetLayout } from "./fixtures";

const SAMPLE = join(__dirname, "..", "..", "..", "samples", "wipo-2023.xlsx");

/** The sample with one byte of an entry's stored data changed: same name, sizes and declared CRC. */
async function withOneByteChanged(bytes: Buffer, name: string): Promise<Buffer> {
  const { entries } = await readZipDirectory(bytesAccess(bytes), bytes.length);
  const entry = entries.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no ${name} in the sample`);
  const at = entry.localHeaderOffset;
  const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const changed = Buffer.from(bytes);
  const middle = dataStart + Math.floor(entry.compressedSize / 2);
  changed[middle] = (changed[middle] ?? 0) ^ 0x55;
  return changed;
}

/**
 * The writer does not inflate again an entry the reader has just checked (same stored bytes, by
 * SHA-256); an entry that differs in any byte is checked in full, whatever it declares.
 */
describe("entries checked once per run", () => {
  it("still refuses an entry whose stored bytes changed after the reader checked the original", async () => {
    await readWorkbookGrid(SAMPLE); // checks, and remembers, every entry of the sample
    const sample = readFileSync(SAMPLE);
    const corrupt = await withOneByteChanged(sample, "docProps/app.xml");
    const written = addSheetsToXlsx(corrupt, [aSheetLayout()]);
    await expect(written).rejects.toThrow(XlsxWriteError);
    await expect(written).rejects.toThrow(/docProps\/app\.xml/);
  });

  it("writes the unchanged sample the reader checked", async () => {
    await readWorkbookGrid(SAMPLE);
    const { sheets } = await addSheetsToXlsx(readFileSync(SAMPLE), [aSheetLayout()]);
    expect(sheets.map((sheet) => sheet.name)).toEqual(["Summary"]);
  });
});
