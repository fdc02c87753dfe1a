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
  /** A file of a known kind that holds no spreadsheet: a PDF, an image, a Word document... */
  | { readonly kind: "document"; readonly description: string }
  | { readonly kind: "unknown" };

/** Files recognised by their first bytes, that are not spreadsheets (a register is never one of them). */
const SIGNATURES: readonly { readonly bytes: Buffer; readonly description: string }[] = [
  { bytes: Buffer.from("%PDF-", "latin1"), description: "a PDF document" },
  { bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), description: "a PNG image" },
  { bytes: Buffer.from([0xff, 0xd8, 0xff]), description: "a JPEG image" },
  { bytes: Buffer.from("GIF87a", "latin1"), description: "a GIF image" },
  { bytes: Buffer.from("GIF89a", "latin1"), description: "a GIF image" },
  { bytes: Buffer.from([0x49, 0x49, 0x2a, 0x00]), description: "a TIFF image" },
  { bytes: Buffer.from([0x4d, 0x4d, 0x00, 0x2a]), description: "a TIFF image" },
  { bytes: Buffer.from("{\\rtf", "latin1"), description: "a Rich Text document (.rtf)" },
  { bytes: Buffer.from([0x1f, 0x8b]), description: "a compressed archive (.gz)" },
  { bytes: Buffer.from("Rar!\x1a\x07", "latin1"), description: "a RAR archive" },
  { bytes: Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]), description: "a 7-Zip archive" },
];

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
    if (startsWith(start, OLE2_HEADER)) {
      const content = await ole2Content(handle);
      return typeof content === "string" ? { kind: "ole2", content } : content;
    }
    const known = SIGNATURES.find((signature) => startsWith(start, signature.bytes));
    if (known) return { kind: "document", description: known.description };
    const text = describeText(start);
    return text ? { kind: "text", description: text } : { kind: "unknown" };
  } finally {
    await handle.close();
  }
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}

/** Streams of OLE2 files that are Office documents but not workbooks. */
const OLE2_DOCUMENTS: readonly { readonly stream: Buffer; readonly description: string }[] = [
  { stream: Buffer.from("WordDocument", "utf16le"), description: "an old Word document (.doc)" },
  {
    stream: Buffer.from("PowerPoint Document", "utf16le"),
    description: "an old PowerPoint presentation (.ppt)",
  },
  { stream: Buffer.from("__substg1.0_", "utf16le"), description: "an Outlook message (.msg)" },
];

async function ole2Content(
  handle: Awaited<ReturnType<typeof open>>,
): Promise<"encrypted" | "xls" | "unknown" | { readonly kind: "document"; readonly description: string }> {
  const chunkSize = 1024 * 1024;
  const overlap = Math.max(ENCRYPTION_INFO.length, ...OLE2_DOCUMENTS.map((entry) => entry.stream.length));
  const buffer = Buffer.alloc(chunkSize + overlap);
  let foundXls = false;
  let document: string | null = null;
  let kept = 0;
  for (let position = 0; position < OLE2_SCAN_LIMIT; position += chunkSize) {
    const { bytesRead } = await handle.read(buffer, kept, chunkSize, position);
    if (bytesRead === 0) break;
    const window = buffer.subarray(0, kept + bytesRead);
    if (window.includes(ENCRYPTION_INFO)) return "encrypted";
    foundXls ||= XLS_STREAMS.some((name) => window.includes(name));
    document ??= OLE2_DOCUMENTS.find((entry) => window.includes(entry.stream))?.description ?? null;
    // Keep the tail so that a name split across two chunks is still found.
    kept = Math.min(overlap, window.length);
    window.copyWithin(0, window.length - kept);
  }
  if (foundXls) return "xls";
  return document ? { kind: "document", description: document } : "unknown";
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
