import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { readWorkbookGrid, WorkbookReadError, type ReadLimits } from "../../../src/xlsx/read-workbook";
import { handMadeXlsx, sha256, tempFolder } from "./fixtures";

const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** An OLE2 container as far as sniffing goes: the header, then a directory naming these streams. */
function ole2File(...streamNames: string[]): Buffer {
  const directory = Buffer.concat(streamNames.map((name) => Buffer.from(`${name}\u0000`, "utf16le")));
  return Buffer.concat([OLE2_HEADER, Buffer.alloc(504), directory, Buffer.alloc(256)]);
}

/** Rewrites the declared uncompressed size of one part in the central directory. */
function declareUncompressedSize(zip: Buffer, partName: string, size: number): Buffer {
  const patched = Buffer.from(zip);
  for (let at = 0; at + 46 <= patched.length; at += 1) {
    if (patched.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = patched.readUInt16LE(at + 28);
    if (patched.subarray(at + 46, at + 46 + nameLength).toString("utf8") === partName) {
      patched.writeUInt32LE(size, at + 24);
      return patched;
    }
  }
  throw new Error(`no central directory entry for ${partName}`);
}

async function zipOf(parts: Record<string, string | Buffer>, level = 6): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level } });
}

async function problemOf(path: string, limits?: Partial<ReadLimits>): Promise<WorkbookReadError> {
  try {
    await readWorkbookGrid(path, limits ? { limits } : {});
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read without a problem`);
}

describe("readWorkbookGrid refuses what is not a readable workbook, with one line saying what to do", () => {
  const folder = tempFolder();
  let validPath = "";
  beforeAll(async () => {
    validPath = await handMadeXlsx(folder.path("valid.xlsx"), {
      sharedStrings: ["Report symbol", "x".repeat(2000)],
      sheets: [
        { name: "S", xml: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' },
      ],
    });
  });
  afterAll(() => folder.dispose());

  const write = (name: string, content: string | Buffer): string => {
    const path = folder.path(name);
    writeFileSync(path, content);
    return path;
  };

  function expectOneLine(problem: WorkbookReadError): void {
    expect(problem.message).not.toContain("\n");
    expect(problem.message.length).toBeLessThan(300);
  }

  it("a missing file", async () => {
    const problem = await problemOf(folder.path("nowhere.xlsx"));
    expect(problem.code).toBe("not-found");
    expect(problem.message).toMatch(/^Cannot find the file '.*nowhere\.xlsx'; check the path/);
  });

  it("a folder", async () => {
    const path = folder.path("a-folder.xlsx");
    mkdirSync(path);
    expect((await problemOf(path)).code).toBe("not-a-file");
  });

  it("an empty file", async () => {
    const problem = await problemOf(write("empty.xlsx", ""));
    expect(problem.code).toBe("empty-file");
    expectOneLine(problem);
  });

  it("a .csv, even when renamed .xlsx", async () => {
    const problem = await problemOf(
      write("register.xlsx", "Report symbol,Recommendation no.\nJIU/REP/2021/6,4\n"),
    );
    expect(problem.code).toBe("text-file");
    expect(problem.message).toContain("is a text file (CSV), not an Excel workbook");
    expect(problem.message).toContain("save it as an Excel Workbook (.xlsx) and try again");
    expectOneLine(problem);
  });

  it("a UTF-8 .csv with Chinese text and a byte-order mark", async () => {
    const problem = await problemOf(write("登记册.csv", "\uFEFF报告文号;建议编号\nJIU/REP/2021/6;4\n"));
    expect(problem.code).toBe("text-file");
  });

  it("a web page saved with an .xls name", async () => {
    const problem = await problemOf(
      write("export.xls", "<html><body><table><tr><td>1</td></tr></table></body></html>"),
    );
    expect(problem.message).toContain("is a web page (HTML)");
  });

  it("an old .xls workbook", async () => {
    const problem = await problemOf(
      write("old.xls", ole2File("Root Entry", "Workbook", "SummaryInformation")),
    );
    expect(problem.code).toBe("old-xls");
    expect(problem.message).toContain("Excel 97-2003 workbook (.xls)");
    expect(problem.message).toContain("save it as an Excel Workbook (.xlsx)");
    expectOneLine(problem);
  });

  it("a password-protected .xlsx (an OLE2 container holding EncryptionInfo)", async () => {
    const problem = await problemOf(
      write("locked.xlsx", ole2File("Root Entry", "EncryptionInfo", "EncryptedPackage")),
    );
    expect(problem.code).toBe("encrypted");
    expect(problem.message).toContain("is password-protected");
    expect(problem.message).toContain("remove the password");
    expectOneLine(problem);
  });

  it("an OLE2 file that names neither", async () => {
    const problem = await problemOf(write("mystery.xlsx", ole2File("Root Entry")));
    expect(problem.code).toBe("encrypted-or-xls");
    expect(problem.message).toContain("an encrypted workbook or an old Office file (.xls)");
  });

  it("bytes that are neither ZIP, OLE2 nor text", async () => {
    const problem = await problemOf(
      write("noise.xlsx", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3])),
    );
    expect(problem.code).toBe("not-xlsx");
  });

  it("a truncated .xlsx", async () => {
    const whole = readFileSync(validPath);
    const problem = await problemOf(write("cut.xlsx", whole.subarray(0, Math.floor(whole.length * 0.6))));
    expect(problem.code).toBe("truncated");
    expect(problem.message).toContain("is incomplete");
    expectOneLine(problem);
  });

  it("reads a package with bytes appended after it", async () => {
    const path = write(
      "appended.xlsx",
      Buffer.concat([readFileSync(validPath), Buffer.from("trailing junk")]),
    );
    expect((await readWorkbookGrid(path)).sheets[0]?.cells[0]?.[0]).toBe("Report symbol");
  });

  it("an .xlsx whose compressed data is corrupt", async () => {
    const bytes = Buffer.from(readFileSync(validPath));
    const zip = await JSZip.loadAsync(bytes);
    expect(zip.file("xl/sharedStrings.xml")).not.toBeNull();
    // Overwrite the middle of the shared strings' deflate stream.
    const at = bytes.indexOf(Buffer.from("xl/sharedStrings.xml")) + 40;
    bytes.fill(0xff, at, at + 64);
    const problem = await problemOf(write("corrupt.xlsx", bytes));
    expect(problem.code).toBe("damaged");
    expectOneLine(problem);
  });

  it("a sheet that is not well-formed XML", async () => {
    const path = await handMadeXlsx(folder.path("bad-xml.xlsx"), {
      sheets: [{ name: "S", xml: '<row r="1"><c r="A1"><v>1</v></row>' }],
    });
    const problem = await problemOf(path);
    expect(problem.code).toBe("damaged");
    expect(problem.message).toContain("sheet 'S' is not well-formed XML");
  });

  it.each([
    [
      "a Word document",
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" },
      "a Word document",
    ],
    [
      "an OpenDocument spreadsheet",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" },
      "an OpenDocument spreadsheet (.ods)",
    ],
    ["a plain ZIP archive", { "notes.txt": "hello" }, "a ZIP archive"],
  ])("%s", async (_name, parts, description) => {
    const problem = await problemOf(write("other.xlsx", await zipOf(parts)));
    expect(problem.code).toBe("not-xlsx");
    expect(problem.message).toContain(`is ${description}`);
  });

  // A file that is no spreadsheet at all is the wrong file: say what it is, and to choose the register's workbook.
  const CHOOSE = "not an Excel workbook; choose the Excel workbook (.xlsx) that holds the register instead.";
  // A spreadsheet in another format: Excel can save it as .xlsx.
  const SAVE =
    "not an Excel workbook (.xlsx); open it in Excel, save it as an Excel Workbook (.xlsx) and try again.";
  it.each([
    ["report.xlsx", Buffer.from("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "latin1"), `is a PDF document, ${CHOOSE}`],
    [
      "scan.xlsx",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      `is a PNG image, ${CHOOSE}`,
    ],
    ["photo.xlsx", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), `is a JPEG image, ${CHOOSE}`],
    [
      "notes.xlsx",
      Buffer.from("{\\rtf1\\ansi Notes}", "latin1"),
      `is a Rich Text document (.rtf), ${CHOOSE}`,
    ],
    ["memo.xlsx", ole2File("Root Entry", "WordDocument"), `is an old Word document (.doc), ${CHOOSE}`],
    [
      "slides.xlsx",
      ole2File("Root Entry", "PowerPoint Document"),
      `is an old PowerPoint presentation (.ppt), ${CHOOSE}`,
    ],
    [
      "backup.xlsx",
      Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]),
      "is a compressed archive (.gz), not an Excel workbook; if the register is inside it, extract it, then choose the Excel workbook (.xlsx).",
    ],
  ])("%s: says what the file is and what to do", async (name, bytes, says) => {
    const problem = await problemOf(write(name, bytes));
    expect(problem.code).toBe("not-xlsx");
    expect(problem.message).toBe(`'${folder.path(name)}' ${says}`);
    expectOneLine(problem);
  });

  it.each([
    [
      "a Word document",
      { "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" },
      `is a Word document, ${CHOOSE}`,
    ],
    [
      "a PowerPoint presentation",
      { "[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<p:presentation/>" },
      `is a PowerPoint presentation, ${CHOOSE}`,
    ],
    [
      "an OpenDocument text",
      { mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" },
      `is an OpenDocument text document (.odt), ${CHOOSE}`,
    ],
    [
      "an OpenDocument spreadsheet",
      { mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" },
      `is an OpenDocument spreadsheet (.ods), ${SAVE}`,
    ],
  ])("%s in a ZIP package: says what it is and what to do", async (_name, parts, says) => {
    const path = write("package.xlsx", await zipOf(parts));
    expect((await problemOf(path)).message).toBe(`'${path}' ${says}`);
  });

  it("bytes of no known kind: says so, and both what to do", async () => {
    const path = write("noise.xlsx", Buffer.from([0x13, 0x37, 0, 0, 0xfe, 0xed, 0xfa, 0xce, 0, 0, 1, 2]));
    expect((await problemOf(path)).message).toBe(
      `'${path}' is not an Excel workbook, nor any kind of file JIU Register recognises; choose the Excel ` +
        "workbook (.xlsx) that holds the register instead, or, if this file is a spreadsheet, open it in Excel, " +
        "save it as an Excel Workbook (.xlsx) and try again.",
    );
  });

  it("an Excel Binary Workbook (.xlsb)", async () => {
    const rels =
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" ' +
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>';
    const problem = await problemOf(
      write("binary.xlsb", await zipOf({ "_rels/.rels": rels, "xl/workbook.bin": "\u0000" })),
    );
    expect(problem.message).toContain("an Excel Binary Workbook (.xlsb)");
  });

  // Compressing 40 MB takes seconds on a busy machine: its own timeout, not Jest's 5 s.
  it("a zip bomb: refused from its declared sizes, before anything is expanded", async () => {
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    const bomb = await zipOf({ "[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": zeros }, 9);
    zeros.fill(1, 0, 1); // drop the reference early; the buffer is large
    expect(bomb.length).toBeLessThan(100 * 1024);
    const problem = await problemOf(write("bomb.xlsx", bomb));
    expect(problem.code).toBe("zip-bomb");
    expect(problem.message).toMatch(/'xl\/worksheets\/sheet1\.xml' would expand from \d+ KB to 40 MB/);
    expectOneLine(problem);
  }, 30_000);

  it("a package that declares more than it holds... in total", async () => {
    const problem = await problemOf(validPath, { maxTotalBytes: 1000 });
    expect(problem.code).toBe("too-large");
    expect(problem.message).toContain("over the 1000 bytes limit");
  });

  it("a part that expands past the size it declares (a lying zip bomb)", async () => {
    const lying = declareUncompressedSize(readFileSync(validPath), "xl/sharedStrings.xml", 100);
    const problem = await problemOf(write("lying.xlsx", lying));
    expect(problem.code).toBe("zip-bomb");
    expect(problem.message).toContain("expands past the 100 bytes it declares");
  });

  it("a workbook with more cells than the reader keeps", async () => {
    const path = await handMadeXlsx(folder.path("wide.xlsx"), {
      sheets: [{ name: "Wide", xml: '<row r="1"><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row>' }],
    });
    const problem = await problemOf(path, { maxCells: 20 });
    expect(problem.code).toBe("too-large");
    expect(problem.message).toContain("sheet 'Wide' takes the workbook past 20 cells");
  });

  it("a sheet whose used range a stray cell makes too wide", async () => {
    const path = await handMadeXlsx(folder.path("stray.xlsx"), {
      sheets: [
        {
          name: "Stray",
          xml: '<row r="1"><c r="A1"><v>1</v></c><c r="Z1"><v>2</v></c></row><row r="2"><c r="B2"><v>3</v></c></row>',
        },
      ],
    });
    const problem = await problemOf(path, { maxCells: 40 });
    expect(problem.code).toBe("too-large");
    expect(problem.message).toContain(
      "sheet 'Stray' spans A1:Z2 (52 cells); clear any stray cells far to the right",
    );
    expect((await readWorkbookGrid(path, { limits: { maxCells: 60 } })).sheets[0]?.cells[1]).toHaveLength(26);
  });

  it("a cell reference outside the sheet", async () => {
    const path = await handMadeXlsx(folder.path("outside.xlsx"), {
      sheets: [{ name: "S", xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }],
    });
    expect((await problemOf(path)).message).toContain("sheet 'S' has an impossible cell reference XFE1");
  });

  it("never writes the files it refuses", async () => {
    const before = sha256(validPath);
    await problemOf(validPath, { maxCells: 1 });
    expect(sha256(validPath)).toBe(before);
  });
});
