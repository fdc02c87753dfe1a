/**
 * The ZIP central directory: the list of parts an .xlsx package declares, with their sizes, read
 * without expanding anything. That is what lets a zip bomb be refused before it is inflated.
 */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  /** As declared; the reader enforces it while inflating, because a crafted file can lie. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
  /** The CRC-32 of the uncompressed data, checked when the entry is inflated. */
  readonly crc32: number;
}

/** What the directory is read from: an open file, or (for the writer) bytes already in memory. */
export interface RandomAccess {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/** Bytes in memory as a `RandomAccess`. */
export function bytesAccess(bytes: Uint8Array): RandomAccess {
  return {
    read: (buffer, offset, length, position) => {
      const available = Math.max(0, Math.min(length, bytes.length - position));
      if (available > 0) buffer.set(bytes.subarray(position, position + available), offset);
      return Promise.resolve({ bytesRead: available });
    },
  };
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** Where the central directory starts: no entry's data may reach past it. */
  readonly directoryOffset: number;
}

/** Why the directory could not be read; the caller words the message for the user. */
export type ZipDirectoryFailure = "truncated" | "damaged" | "too-many-entries";

export class ZipDirectoryError extends Error {
  constructor(
    readonly failure: ZipDirectoryFailure,
    readonly detail: string,
  ) {
    super(detail);
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const MAX_COMMENT = 0xffff;
const ZIP64_EXTRA_ID = 0x0001;
/** An .xlsx has tens of parts; a directory of more than this is not a workbook anyone made by hand. */
export const MAX_ZIP_ENTRIES = 50_000;
/** The central directory itself is read into memory, so it is capped too. */
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

/** Reads the end-of-central-directory record (ZIP64 aware) and the directory it points to. */
export async function readZipDirectory(handle: RandomAccess, fileSize: number): Promise<ZipDirectory> {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT + ZIP64_LOCATOR_SIZE);
  const tail = await readAt(handle, fileSize - tailLength, tailLength);
  const eocdIndex = findEocd(tail);
  if (eocdIndex < 0) throw new ZipDirectoryError("truncated", "no end-of-directory record");
  const eocdOffset = fileSize - tailLength + eocdIndex;

  let entryCount = tail.readUInt16LE(eocdIndex + 10);
  let directorySize = tail.readUInt32LE(eocdIndex + 12);
  let directoryOffset = tail.readUInt32LE(eocdIndex + 16);
  let directoryEnd = eocdOffset;
  if (tail.readUInt16LE(eocdIndex + 4) !== 0 || tail.readUInt16LE(eocdIndex + 6) !== 0) {
    throw new ZipDirectoryError("damaged", "it is split over several disks");
  }
  const saturated = entryCount === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff;
  const locatorIndex = eocdIndex - ZIP64_LOCATOR_SIZE;
  if (saturated && locatorIndex >= 0 && tail.readUInt32LE(locatorIndex) === ZIP64_LOCATOR_SIGNATURE) {
    const recordOffset = Number(tail.readBigUInt64LE(locatorIndex + 8));
    const record = await readAt(handle, recordOffset, 56);
    if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipDirectoryError("damaged", "its ZIP64 directory record is missing");
    }
    entryCount = safeNumber(record.readBigUInt64LE(32));
    directorySize = safeNumber(record.readBigUInt64LE(40));
    directoryOffset = safeNumber(record.readBigUInt64LE(48));
    directoryEnd = recordOffset;
  }

  if (entryCount > MAX_ZIP_ENTRIES) {
    throw new ZipDirectoryError("too-many-entries", `it declares ${entryCount} parts`);
  }
  if (directoryOffset + directorySize > directoryEnd) {
    throw new ZipDirectoryError("truncated", "its directory points past the end of the file");
  }
  if (directorySize > MAX_DIRECTORY_BYTES) {
    throw new ZipDirectoryError("too-many-entries", "its directory is larger than any workbook's");
  }
  const directory = await readAt(handle, directoryOffset, directorySize);
  return { entries: parseEntries(directory, entryCount, directoryOffset), directoryOffset };
}

function findEocd(tail: Buffer): number {
  let fallback = -1;
  for (let index = tail.length - EOCD_SIZE; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) !== EOCD_SIGNATURE) continue;
    // A record whose comment reaches exactly to the end of the file is the real one; otherwise take
    // the last signature, for packages with bytes appended after them.
    if (index + EOCD_SIZE + tail.readUInt16LE(index + 20) === tail.length) return index;
    if (fallback < 0) fallback = index;
  }
  return fallback;
}

function parseEntries(directory: Buffer, count: number, directoryOffset: number): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (
      at + CENTRAL_HEADER_SIZE > directory.length ||
      directory.readUInt32LE(at) !== CENTRAL_HEADER_SIGNATURE
    ) {
      throw new ZipDirectoryError("damaged", "its directory is cut short");
    }
    const flags = directory.readUInt16LE(at + 8);
    const method = directory.readUInt16LE(at + 10);
    const crc32 = directory.readUInt32LE(at + 16);
    let compressedSize = directory.readUInt32LE(at + 20);
    let uncompressedSize = directory.readUInt32LE(at + 24);
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    let localHeaderOffset = directory.readUInt32LE(at + 42);
    const nameStart = at + CENTRAL_HEADER_SIZE;
    const extraStart = nameStart + nameLength;
    const next = extraStart + extraLength + commentLength;
    if (next > directory.length) throw new ZipDirectoryError("damaged", "its directory is cut short");
    // Bit 11: the name is UTF-8. Otherwise it is CP437, which matches UTF-8 for the ASCII names of OOXML parts.
    const name = directory
      .subarray(nameStart, extraStart)
      .toString((flags & 0x800) !== 0 ? "utf8" : "latin1");

    const zip64 = findExtra(directory.subarray(extraStart, extraStart + extraLength), ZIP64_EXTRA_ID);
    if (zip64) {
      // ZIP64 fields appear only for the values saturated in the fixed header, in this order.
      let field = 0;
      const nextValue = (): number => {
        if (field + 8 > zip64.length) throw new ZipDirectoryError("damaged", "a ZIP64 size is cut short");
        const value = safeNumber(zip64.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      if (uncompressedSize === 0xffffffff) uncompressedSize = nextValue();
      if (compressedSize === 0xffffffff) compressedSize = nextValue();
      if (localHeaderOffset === 0xffffffff) localHeaderOffset = nextValue();
    }
    if (localHeaderOffset + compressedSize > directoryOffset) {
      throw new ZipDirectoryError("truncated", `part '${name}' runs past the end of the data`);
    }
    entries.push({ name, method, flags, compressedSize, uncompressedSize, localHeaderOffset, crc32 });
    at = next;
  }
  return entries;
}

function findExtra(extra: Buffer, id: number): Buffer | null {
  let at = 0;
  while (at + 4 <= extra.length) {
    const fieldId = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (fieldId === id) return extra.subarray(at + 4, Math.min(extra.length, at + 4 + size));
    at += 4 + size;
  }
  return null;
}

function safeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER))
    throw new ZipDirectoryError("damaged", "a size is impossibly large");
  return Number(value);
}

export async function readAt(handle: RandomAccess, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, position + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}
