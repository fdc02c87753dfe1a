import { createReadStream } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { pipeline, type Readable } from "node:stream";
import { crc32, createInflateRaw } from "node:zlib";
import { formatBytes, readProblems, WorkbookReadError } from "./problems";
import { checkWholePart, DEFAULT_READ_LIMITS, type ReadLimits } from "./read-limits";
import { EntryDigest, rememberVerified } from "./verified-entries";
import { readAt, readZipDirectory, ZipDirectoryError, type ZipEntry } from "./zip-directory";

const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const METHOD_STORED = 0;
const METHOD_DEFLATED = 8;

/**
 * Read-only access to the parts of an open .xlsx package. Parts are looked up case-insensitively
 * (OPC part names are), and each is inflated as a stream that stops as soon as it expands past
 * its declared size: the declared sizes were checked before reading, so that bounds everything.
 */
export class ZipPackage {
  private readonly byName: ReadonlyMap<string, ZipEntry>;
  /** Entries inflated to their end, size and CRC checked. */
  private readonly verified = new Set<ZipEntry>();

  private constructor(
    private readonly handle: FileHandle,
    private readonly path: string,
    private readonly file: string,
    readonly entries: readonly ZipEntry[],
    private readonly directoryOffset: number,
    private readonly limits: ReadLimits,
  ) {
    this.byName = new Map(entries.map((entry) => [normalizePartName(entry.name), entry]));
  }

  /** `file` is the name used in messages. */
  static async open(
    handle: FileHandle,
    path: string,
    file: string,
    fileSize: number,
    limits: ReadLimits = DEFAULT_READ_LIMITS,
  ): Promise<ZipPackage> {
    try {
      const directory = await readZipDirectory(handle, fileSize);
      return new ZipPackage(handle, path, file, directory.entries, directory.directoryOffset, limits);
    } catch (error) {
      if (!(error instanceof ZipDirectoryError)) throw error;
      if (error.failure === "truncated") throw readProblems.truncated(file);
      if (error.failure === "too-many-entries") throw readProblems.zipBomb(file, error.detail);
      throw readProblems.damaged(file, error.detail);
    }
  }

  has(partName: string): boolean {
    return this.byName.has(normalizePartName(partName));
  }

  /** A small part (workbook, relationships, styles, tables) as one string; null when absent. */
  async text(partName: string): Promise<string | null> {
    const entry = this.byName.get(normalizePartName(partName));
    if (!entry) return null;
    checkWholePart(this.file, entry, this.limits);
    let text = "";
    for await (const chunk of this.chunks(partName)) text += chunk;
    return text;
  }

  /** A part as decoded text chunks, for streaming XML parsing. */
  async *chunks(partName: string): AsyncGenerator<string> {
    const entry = this.byName.get(normalizePartName(partName));
    if (!entry) return;
    const decoder = new PartDecoder();
    for await (const bytes of this.inflate(entry)) {
      const text = decoder.write(bytes);
      if (text) yield text;
    }
    const rest = decoder.end();
    if (rest) yield rest;
  }

  /**
   * Inflates every entry not read yet, checking its size and CRC, so that a corrupt or lying part the
   * register does not use is refused here, naming it, as the writer (which copies it) would refuse it.
   */
  async verifyUnread(): Promise<void> {
    for (const entry of this.entries) {
      if (this.verified.has(entry)) continue;
      for await (const chunk of this.inflate(entry)) void chunk;
    }
  }

  private async *inflate(entry: ZipEntry): AsyncGenerator<Buffer> {
    if ((entry.flags & 0x1) !== 0) throw readProblems.encrypted(this.file);
    if (entry.method !== METHOD_STORED && entry.method !== METHOD_DEFLATED) {
      throw readProblems.damaged(this.file, `part '${entry.name}' uses an unsupported compression method`);
    }
    const dataStart = await this.dataStart(entry);
    const digest = new EntryDigest();
    if (entry.compressedSize === 0) {
      this.checkComplete(entry, 0, 0, digest);
      return;
    }
    // Each part gets its own read stream: destroying a stream closes its descriptor, so streams
    // cannot share the handle used for the headers.
    const source = createReadStream(this.path, {
      start: dataStart,
      end: dataStart + entry.compressedSize - 1,
    });
    const stored = entry.method === METHOD_STORED;
    const stream: Readable = stored ? source : pipeline(source, createInflateRaw(), () => undefined);
    // The stored bytes' digest lets the writer skip inflating this entry again (verified-entries.ts).
    if (!stored) {
      source.on("data", (chunk: Buffer | string) => {
        digest.update(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
      });
    }
    let produced = 0;
    let crc = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        produced += chunk.length;
        // zlib.crc32 of an empty buffer after a running value gives 0 (Node 20), so skip empty chunks.
        if (chunk.length > 0) crc = crc32(chunk, crc);
        if (stored) digest.update(chunk);
        if (produced > entry.uncompressedSize) {
          throw readProblems.zipBomb(
            this.file,
            `its part '${entry.name}' expands past the ${formatBytes(entry.uncompressedSize)} it declares`,
          );
        }
        yield chunk;
      }
      this.checkComplete(entry, produced, crc, digest);
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw readProblems.damaged(this.file, `part '${entry.name}' cannot be decompressed`);
    } finally {
      stream.destroy();
      source.destroy();
    }
  }

  private checkComplete(entry: ZipEntry, produced: number, crc: number, digest: EntryDigest): void {
    if (produced !== entry.uncompressedSize || crc !== entry.crc32) {
      throw readProblems.damaged(
        this.file,
        `part '${entry.name}' is corrupt (its size or checksum is wrong)`,
      );
    }
    this.verified.add(entry);
    rememberVerified(digest.key(entry));
  }

  private async dataStart(entry: ZipEntry): Promise<number> {
    const header = await readAt(this.handle, entry.localHeaderOffset, LOCAL_HEADER_SIZE);
    if (header.length < LOCAL_HEADER_SIZE || header.readUInt32LE(0) !== LOCAL_HEADER_SIGNATURE) {
      throw readProblems.damaged(this.file, `part '${entry.name}' is missing`);
    }
    const start =
      entry.localHeaderOffset + LOCAL_HEADER_SIZE + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.directoryOffset) throw readProblems.truncated(this.file);
    return start;
  }
}

/** "/xl/Workbook.xml" and "xl/workbook.xml" name the same part. */
export function normalizePartName(name: string): string {
  return name.replace(/^\/+/, "").toLowerCase();
}

/** UTF-8 by default; UTF-16 when the part starts with a byte-order mark, as XML allows. */
class PartDecoder {
  private decoder: TextDecoder | null = null;

  write(bytes: Buffer): string {
    this.decoder ??= new TextDecoder(encodingOf(bytes));
    return this.decoder.decode(bytes, { stream: true });
  }

  end(): string {
    return this.decoder?.decode() ?? "";
  }
}

function encodingOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}
