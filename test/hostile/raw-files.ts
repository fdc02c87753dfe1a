/**
 * Files that are not what their name says, built byte by byte: OLE2 compound files (a password-protected
 * .xlsx, an .xls), zip bombs, a truncated package, and hand-written .xlsx packages with sheets too large
 * or too odd for ExcelJS to write quickly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { deflatedPart, streamedPart, writeZip, type ZipPart } from "./zip-writer";

const SECTOR = 512;
const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

/**
 * A minimal, well-formed OLE2 compound file (version 3, 512-byte sectors) whose directory holds empty
 * streams with these names: "EncryptionInfo" + "EncryptedPackage" is what Excel writes for a
 * password-protected workbook, "Workbook" what an .xls holds.
 *
 * @example writeFileSync("locked.xlsx", compoundFile(["EncryptionInfo", "EncryptedPackage"]))
 */
export function compoundFile(streamNames: readonly string[]): Buffer {
  if (streamNames.length > 3) throw new Error("one directory sector holds the root and three streams");
  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);

  const directory = Buffer.alloc(SECTOR);
  const entry = (index: number, name: string, type: 1 | 2 | 5, child: number, right: number): void => {
    const at = index * 128;
    const encoded = Buffer.from(`${name}\u0000`, "utf16le");
    encoded.copy(directory, at);
    directory.writeUInt16LE(encoded.length, at + 64);
    directory.writeUInt8(type, at + 66);
    directory.writeUInt8(1, at + 67); // black
    directory.writeUInt32LE(NO_STREAM, at + 68); // left sibling
    directory.writeUInt32LE(right, at + 72);
    directory.writeUInt32LE(child, at + 76);
    directory.writeUInt32LE(END_OF_CHAIN, at + 116); // empty: no first sector
  };
  entry(0, "Root Entry", 5, streamNames.length > 0 ? 1 : NO_STREAM, NO_STREAM);
  streamNames.forEach((name, i) =>
    entry(i + 1, name, 2, NO_STREAM, i + 2 <= streamNames.length ? i + 2 : NO_STREAM),
  );
  return Buffer.concat([header, fat, directory]);
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface RawSheet {
  readonly name: string;
  /** The whole worksheet XML, as one string or as chunks produced on demand. */
  readonly xml: string | Iterable<Buffer>;
  /** Declare this uncompressed size instead of the true one (a lying zip bomb). */
  readonly declaredSize?: number;
  /** Deflate level for chunked XML; 9 makes a bomb small. */
  readonly level?: number;
}

/**
 * A minimal .xlsx package: content types, relationships, workbook, shared strings and the sheets given.
 *
 * @example writeRawXlsx("/tmp/x.xlsx", [{ name: "Register", xml: worksheetXml('<row r="1">...</row>') }], ["Report symbol"])
 */
export function writeRawXlsx(
  path: string,
  sheets: readonly RawSheet[],
  sharedStrings: readonly string[] | { readonly chunks: Iterable<Buffer> } = [],
): void {
  const overrides = sheets
    .map(
      (_sheet, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join("");
  const parts: ZipPart[] = [
    deflatedPart(
      "[Content_Types].xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
        `${overrides}</Types>`,
    ),
    deflatedPart(
      "_rels/.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedPart(
      "xl/workbook.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map((sheet, i) => `<sheet name="${sheet.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
          .join("") +
        `</sheets></workbook>`,
    ),
    deflatedPart(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_s, i) =>
              `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join("") +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    "chunks" in sharedStrings
      ? streamedPart("xl/sharedStrings.xml", sharedStrings.chunks)
      : deflatedPart(
          "xl/sharedStrings.xml",
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="${MAIN}" count="${sharedStrings.length}" uniqueCount="${sharedStrings.length}">` +
            sharedStrings.map((text) => `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`).join("") +
            `</sst>`,
        ),
  ];
  sheets.forEach((sheet, i) => {
    const name = `xl/worksheets/sheet${i + 1}.xml`;
    const part =
      typeof sheet.xml === "string"
        ? deflatedPart(name, sheet.xml)
        : streamedPart(name, sheet.xml, sheet.level);
    parts.push(sheet.declaredSize === undefined ? part : { ...part, declaredSize: sheet.declaredSize });
  });
  writeZip(path, parts);
}

/** A worksheet document around `<sheetData>` content, with an optional `<dimension>` claim. */
export function worksheetXml(sheetData: string, dimension?: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `${dimension ? `<dimension ref="${dimension}"/>` : ""}<sheetData>${sheetData}</sheetData></worksheet>`
  );
}

/**
 * A zip bomb dressed as an .xlsx: its one sheet inflates from about `gib` MiB to `gib` GiB of zeros.
 * With `lie`, the directory declares a 4 KB sheet, so only a reader that enforces declared sizes while
 * inflating stops it.
 */
export function writeZipBomb(path: string, gib: number, lie = false): void {
  const megabyte = Buffer.alloc(1024 * 1024);
  writeRawXlsx(path, [
    {
      name: "Register",
      xml: (function* () {
        for (let i = 0; i < gib * 1024; i += 1) yield megabyte;
      })(),
      level: 9,
      ...(lie ? { declaredSize: 4096 } : {}),
    },
  ]);
}

/** The first `fraction` of a file, as an interrupted download leaves it. */
export function writeTruncated(source: string, path: string, fraction: number): void {
  const whole = readFileSync(source);
  writeFileSync(path, whole.subarray(0, Math.floor(whole.length * fraction)));
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
