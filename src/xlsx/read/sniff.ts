import { open } from "node:fs/promises";

/**
 * What a file is, judged from its bytes rather than its name: users rename .csv and .xls files to
 * .xlsx, and a password-protected .xlsx is not a ZIP package at all but an OLE2 container, like .xls.
 */
export type FileKind =
  | { readonly kind: "zip" }
  | { readonly kind: "empty" }
  | { readonly kind: "ole2"; readonly content: "encrypted" | "xls" | "unknown" }
  | { readonly kind: "text"; readonly description: string }
  | { readonly kind: "unknown" };

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Stream names in an OLE2 directory are UTF-16LE. An encrypted OOXML file holds "EncryptionInfo". */
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");
/** An .xls holds its sheets in a stream named "Workbook" (Excel 97+) or "Book" (Excel 5). */
const XLS_STREAMS = [Buffer.from("Workbook", "utf16le"), Buffer.from("Book\u0000", "utf16le")];
const HEAD_BYTES = 4096;
/** OLE2 directory sectors can sit anywhere; scan at most this much for stream names. */
const OLE2_SCAN_LIMIT = 64 * 1024 * 1024;

/** Reads the start of the file (and, for OLE2 files, its directory names) to tell what it is. */
export async function sniffFile(path: string): Promise<FileKind> {
  const handle = await open(path, "r");
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(head, 0, HEAD_BYTES, 0);
    const start = head.subarray(0, bytesRead);
    if (bytesRead === 0) return { kind: "empty" };
    if (startsWith(start, ZIP_LOCAL_HEADER) || startsWith(start, ZIP_EMPTY_ARCHIVE)) return { kind: "zip" };
    if (startsWith(start, OLE2_HEADER)) return { kind: "ole2", content: await ole2Content(handle) };
    const text = describeText(start);
    return text ? { kind: "text", description: text } : { kind: "unknown" };
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

async function ole2Content(
  handle: Awaited<ReturnType<typeof open>>,
): Promise<"encrypted" | "xls" | "unknown"> {
  const chunkSize = 1024 * 1024;
  const overlap = ENCRYPTION_INFO.length;
  const buffer = Buffer.alloc(chunkSize + overlap);
  let foundXls = false;
  let kept = 0;
  for (let position = 0; position < OLE2_SCAN_LIMIT; position += chunkSize) {
    const { bytesRead } = await handle.read(buffer, kept, chunkSize, position);
    if (bytesRead === 0) break;
    const window = buffer.subarray(0, kept + bytesRead);
    if (window.includes(ENCRYPTION_INFO)) return "encrypted";
    foundXls ||= XLS_STREAMS.some((name) => window.includes(name));
    // Keep the tail so that a name split across two chunks is still found.
    kept = Math.min(overlap, window.length);
    window.copyWithin(0, window.length - kept);
  }
  return foundXls ? "xls" : "unknown";
}

/** A description such as "a text file (CSV)" when the bytes look like text, else null. */
function describeText(start: Buffer): string | null {
  const utf16 = start[0] === 0xff && start[1] === 0xfe;
  const text = utf16 ? start.subarray(2).toString("utf16le") : start.toString("utf8");
  if (!utf16 && start.includes(0)) return null;
  // Replacement characters mark bytes that are not UTF-8 (a cut multi-byte character at the end is fine).
  const invalid = (text.slice(0, -4).match(/\uFFFD/g) ?? []).length;
  if (invalid > 8) return null;
  const body = text.replace(/^\uFEFF/, "").trimStart();
  const lower = body.slice(0, 512).toLowerCase();
  if (lower.startsWith("<?xml") && lower.includes("urn:schemas-microsoft-com:office:spreadsheet")) {
    return "an XML Spreadsheet 2003 file";
  }
  if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.includes("<table")) {
    return "a web page (HTML)";
  }
  if (lower.startsWith("<")) return "an XML or HTML text file";
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  if (/[,;\t]/.test(firstLine)) return "a text file (CSV)";
  return "a text file";
}
