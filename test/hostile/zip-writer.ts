/**
 * A small ZIP writer for hostile packages that JSZip cannot make: parts whose deflated data is
 * produced piecewise (a zip bomb, a million-row sheet), and parts whose declared sizes lie.
 * Node's zlib does the deflating, so large parts are written in seconds.
 */
import { closeSync, openSync, writeSync } from "node:fs";
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface ZipPart {
  readonly name: string;
  /** Raw deflate data (method 8). */
  readonly deflated: readonly Buffer[];
  readonly crc: number;
  readonly size: number;
  /** What the directory claims; defaults to the true size. A lying package sets it. */
  readonly declaredSize?: number;
}

/**
 * A part from its whole content.
 *
 * @example deflatedPart("xl/workbook.xml", "<workbook/>")
 */
export function deflatedPart(name: string, content: string | Buffer): ZipPart {
  const data = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, deflated: [deflateRawSync(data, { level: 6 })], crc: crc32(data), size: data.length };
}

/**
 * A part produced chunk by chunk, so that its content is never held whole: each chunk is deflated with
 * a full flush (byte-aligned, no reference to earlier chunks) and an empty final block closes the stream.
 * When consecutive chunks are the same buffer, their compressed form is computed once.
 *
 * @example streamedPart("xl/worksheets/sheet1.xml", function* () { yield Buffer.from("<worksheet>"); ... })
 */
export function streamedPart(name: string, chunks: Iterable<Buffer>, level = 1): ZipPart {
  const deflated: Buffer[] = [];
  let crc = 0;
  let size = 0;
  let last: { input: Buffer; output: Buffer } | null = null;
  for (const chunk of chunks) {
    // Node 20's zlib.crc32 returns 0 for an empty buffer after a running value: skip empty chunks.
    if (chunk.length === 0) continue;
    const output: Buffer =
      last !== null && last.input === chunk
        ? last.output
        : deflateRawSync(chunk, { level, finishFlush: constants.Z_FULL_FLUSH });
    last = { input: chunk, output };
    deflated.push(output);
    crc = crc32(chunk, crc);
    size += chunk.length;
  }
  // An empty stored block with BFINAL set ends the deflate stream.
  deflated.push(Buffer.from([0x03, 0x00]));
  return { name, deflated, crc, size };
}

/**
 * Writes the parts as a ZIP file (no ZIP64: every part must stay under 4 GiB).
 *
 * @example writeZip("/tmp/bomb.xlsx", [deflatedPart("[Content_Types].xml", types), bombPart])
 */
export function writeZip(path: string, parts: readonly ZipPart[]): void {
  const fd = openSync(path, "w");
  try {
    let offset = 0;
    const central: Buffer[] = [];
    const write = (buffer: Buffer): void => {
      writeSync(fd, buffer);
      offset += buffer.length;
    };
    for (const part of parts) {
      const name = Buffer.from(part.name, "utf8");
      const compressed = part.deflated.reduce((sum, chunk) => sum + chunk.length, 0);
      const declared = part.declaredSize ?? part.size;
      if (compressed > 0xfffffffe || declared > 0xfffffffe) throw new Error(`${part.name} needs ZIP64`);
      const localOffset = offset;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(0x0800, 6); // UTF-8 names
      local.writeUInt16LE(8, 8);
      local.writeUInt32LE(part.crc >>> 0, 14);
      local.writeUInt32LE(compressed, 18);
      local.writeUInt32LE(declared, 22);
      local.writeUInt16LE(name.length, 26);
      write(Buffer.concat([local, name]));
      for (const chunk of part.deflated) write(chunk);

      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(20, 4);
      entry.writeUInt16LE(20, 6);
      entry.writeUInt16LE(0x0800, 8);
      entry.writeUInt16LE(8, 10);
      entry.writeUInt32LE(part.crc >>> 0, 16);
      entry.writeUInt32LE(compressed, 20);
      entry.writeUInt32LE(declared, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(localOffset, 42);
      central.push(Buffer.concat([entry, name]));
    }
    const directory = Buffer.concat(central);
    const directoryOffset = offset;
    write(directory);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(directoryOffset, 16);
    write(end);
  } finally {
    closeSync(fd);
  }
}
