import { Readable } from "node:stream";
import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";
import { WorkbookReadError } from "../read/problems";
import { checkDeclaredExpansion, checkWholePart, DEFAULT_READ_LIMITS } from "../read/read-limits";
import { entryKey, rememberVerified, wasVerified } from "../read/verified-entries";
import { bytesAccess, readZipDirectory, ZipDirectoryError, type ZipEntry } from "../read/zip-directory";
import { relationshipsAsRead, relationshipsXml, type Relationship } from "./relationships-part";
import { XlsxWriteError } from "./write-error";
import { deflatedEntry, PiecewiseDeflate, zipArchivePieces, type ZipOutputEntry } from "./zip-writer";

const LOCAL_HEADER_SIGNATURE = 0x04034b50;

/** An entry of the input, as stored: copied to the output without being compressed again. */
interface StoredPart {
  readonly kind: "stored";
  readonly entry: ZipEntry;
  readonly data: Uint8Array;
}
interface NewPart {
  readonly kind: "new";
  readonly content: string | Uint8Array;
  /** For a relationships part written from a list: the list, as a parser reads it back from `content`. */
  readonly relationships?: readonly Relationship[];
}
/** A new part deflated while it was produced (a generated worksheet). */
interface DeflatedPart {
  readonly kind: "deflated";
  readonly entry: Promise<ZipOutputEntry>;
}

/**
 * Writes a part's bytes, in order, piece by piece (see BytePieces), pausing (yielding) now and then.
 * `write` may return a promise: the piece must not change until it settles, and may be reused after.
 */
export type PartProducer = (write: (bytes: Uint8Array) => Promise<unknown> | undefined) => Iterable<unknown>;

/**
 * The parts of the package being written. Every entry of the input is checked before any work (its
 * declared sizes against the read limits, then inflated to its end: actual size and CRC), so that a
 * corrupt or lying entry is refused naming it, and none is copied blindly. Entries an .xlsx must not
 * carry are left out: names that are absolute or climb out of the package, and (see dropMacros) macros.
 */
export class PartStore {
  private readonly parts = new Map<string, StoredPart | NewPart | DeflatedPart>();
  /** Input entries left out, by name. */
  readonly leftOut: string[] = [];

  private constructor() {}

  /** Throws XlsxWriteError with the reader's wording for a package it would refuse. */
  static async open(input: Uint8Array): Promise<PartStore> {
    let entries: readonly ZipEntry[];
    try {
      entries = (await readZipDirectory(bytesAccess(input), input.length)).entries;
      checkDeclaredExpansion("the input", entries, DEFAULT_READ_LIMITS);
    } catch (error) {
      if (error instanceof ZipDirectoryError) throw notAnXlsx();
      if (error instanceof WorkbookReadError) throw new XlsxWriteError(error.message);
      throw error;
    }
    const store = new PartStore();
    const seen = new Set<string>();
    for (const entry of entries) {
      if (entry.name.endsWith("/") && entry.uncompressedSize === 0) continue;
      if (!isSafePartName(entry.name)) {
        store.leftOut.push(entry.name);
        continue;
      }
      if (seen.has(entry.name.toLowerCase())) throw damaged(entry.name, "it is in the package twice");
      seen.add(entry.name.toLowerCase());
      const data = storedData(input, entry);
      await verify(entry, data);
      store.parts.set(entry.name, { kind: "stored", entry, data });
    }
    return store;
  }

  names(): string[] {
    return [...this.parts.keys()];
  }

  /** The stored name of a part, matched case-insensitively (OPC part names are), or null. */
  actualPath(path: string): string | null {
    if (this.parts.has(path)) return path;
    const wanted = path.toLowerCase();
    return this.names().find((name) => name.toLowerCase() === wanted) ?? null;
  }

  /**
   * A part's bytes, or null. Stored parts were verified on opening, so this inflates within known sizes;
   * one larger than a part read whole may be (ReadLimits.maxWholePartBytes) is refused, naming it.
   */
  async bytes(path: string): Promise<Uint8Array | null> {
    const name = this.actualPath(path);
    const part = name === null ? undefined : this.parts.get(name);
    if (!part) return null;
    if (part.kind === "stored") refuseTooLarge(part.entry);
    if (part.kind === "new")
      return typeof part.content === "string" ? Buffer.from(part.content) : part.content;
    const { method, data, uncompressedSize } =
      part.kind === "stored"
        ? { method: part.entry.method, data: part.data, uncompressedSize: part.entry.uncompressedSize }
        : await part.entry;
    if (method === 0) return data;
    return inflateRawSync(data, { maxOutputLength: Math.max(1, uncompressedSize) });
  }

  write(path: string, content: string | Uint8Array): void {
    this.set(path, { kind: "new", content });
  }

  /**
   * Writes a new relationships part from its list, and keeps the list as a parser reads it back from
   * the XML (see relationshipsAsRead): the package check then need not parse the thousands of hyperlinks
   * an annex's part holds (test/xlsx/write/relationship-list.test.ts holds the two equal).
   */
  writeRelationships(path: string, relationships: readonly Relationship[]): void {
    this.set(path, {
      kind: "new",
      content: relationshipsXml(relationships),
      relationships: relationshipsAsRead(relationships),
    });
  }

  /** The relationships of a part written with `writeRelationships` (null for any other part). */
  writtenRelationships(path: string): readonly Relationship[] | null {
    const name = this.actualPath(path);
    const part = name === null ? undefined : this.parts.get(name);
    return part?.kind === "new" ? (part.relationships ?? null) : null;
  }

  /** Writes a part produced piece by piece, deflating each piece as it comes (see PiecewiseDeflate). */
  async writeProduced(path: string, produce: PartProducer): Promise<void> {
    const deflate = new PiecewiseDeflate();
    // At each pause the event loop runs: deflated pieces come back to the producer for reuse.
    for (const pause of produce((bytes) => deflate.write(bytes))) {
      void pause;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    this.set(path, { kind: "deflated", entry: deflate.entry(path) });
  }

  private set(path: string, part: NewPart | DeflatedPart): void {
    const existing = this.actualPath(path);
    if (existing !== null && existing !== path) this.parts.delete(existing);
    this.parts.set(path, part);
  }

  remove(path: string): void {
    const name = this.actualPath(path);
    if (name !== null) this.parts.delete(name);
  }

  /**
   * The archive: stored parts copied as they are, new ones deflated (on zlib's thread pool, several at
   * once: the annex sheets are the largest work of a run); the content types first, as Excel writes them.
   */
  async toBuffer(): Promise<Buffer> {
    return Buffer.concat(await this.toPieces());
  }

  /** As `toBuffer`, as the pieces that make the archive, in order (see zipArchivePieces). */
  async toPieces(): Promise<Uint8Array[]> {
    const entries: ZipOutputEntry[] = await Promise.all(
      [...this.parts].map(([name, part]) =>
        part.kind === "new"
          ? deflatedEntry(name, part.content)
          : part.kind === "deflated"
            ? part.entry.then((entry) => ({ ...entry, name }))
            : Promise.resolve({
                name,
                method: part.entry.method,
                crc32: part.entry.crc32,
                uncompressedSize: part.entry.uncompressedSize,
                data: part.data,
              }),
      ),
    );
    entries.sort(
      (a, b) => Number(b.name === "[Content_Types].xml") - Number(a.name === "[Content_Types].xml"),
    );
    return zipArchivePieces(entries);
  }
}

/** A relative name inside the package: not absolute, no drive letter, no backslash, no "..", no empty segment. */
export function isSafePartName(name: string): boolean {
  if (name === "" || name.startsWith("/") || name.includes("\\") || /^[A-Za-z]:/.test(name)) return false;
  if (name.includes("\u0000")) return false;
  return name.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

function storedData(input: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  const header = Buffer.from(
    input.buffer,
    input.byteOffset + at,
    Math.max(0, Math.min(30, input.length - at)),
  );
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE)
    throw damaged(entry.name, "it is missing");
  if ((entry.flags & 0x1) !== 0)
    throw new XlsxWriteError("The input is password-protected; save it without a password and try again.");
  if (entry.method !== 0 && entry.method !== 8)
    throw damaged(entry.name, "it uses an unsupported compression method");
  const start = at + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  if (start + entry.compressedSize > input.length)
    throw damaged(entry.name, "it runs past the end of the file");
  return input.subarray(start, start + entry.compressedSize);
}

/**
 * Inflates an entry to its end without keeping it: it must give exactly its declared size and CRC.
 * An entry with the same stored bytes already checked in this run (by the reader) is not inflated again.
 */
async function verify(entry: ZipEntry, data: Uint8Array): Promise<void> {
  const key = entryKey(entry, data);
  if (wasVerified(key)) return;
  let produced = 0;
  let crc = 0;
  const count = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.uncompressedSize) throw damaged(entry.name, "it expands past the size it declares");
    // zlib.crc32 of an empty buffer after a running value gives 0 (Node 20), so skip empty chunks.
    if (chunk.length > 0) crc = crc32(chunk, crc);
  };
  if (entry.method === 0) count(data);
  else {
    const stream = Readable.from([data]).pipe(createInflateRaw());
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) count(chunk);
    } catch (error) {
      if (error instanceof XlsxWriteError) throw error;
      throw damaged(entry.name, "it cannot be decompressed");
    } finally {
      stream.destroy();
    }
  }
  if (produced !== entry.uncompressedSize || crc !== entry.crc32)
    throw damaged(entry.name, "its size or checksum is wrong");
  rememberVerified(key);
}

function refuseTooLarge(entry: ZipEntry): void {
  try {
    checkWholePart("the input", entry, DEFAULT_READ_LIMITS);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new XlsxWriteError(error.message);
    throw error;
  }
}

function damaged(name: string, why: string): XlsxWriteError {
  return new XlsxWriteError(
    `its part '${name}' is corrupt (${why}); copy the file again from its source, or open it in Excel and save it again as an Excel Workbook (.xlsx).`,
  );
}

function notAnXlsx(): XlsxWriteError {
  return new XlsxWriteError(
    'The input is not an .xlsx workbook (it is not a complete zip package). Save it as "Excel Workbook (*.xlsx)" and try again.',
  );
}
