import { createHash } from "node:crypto";
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeWorkbookWithSheets, XlsxWriteError } from "../../../src/xlsx/write";
import { anInputWorkbook, aSheetLayout } from "./fixtures";
import { readWorkbook } from "./package-checks";

let dir: string;
let inputPath: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "jiu-write-"));
  inputPath = join(dir, "register.xlsx");
  await writeFile(inputPath, await anInputWorkbook());
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sha256(path: string): Promise<string> {
  return createHash("sha256")
    .update(await readFile(path))
    .digest("hex");
}

describe("writeWorkbookWithSheets", () => {
  it("writes the copy with the new sheets and never changes the input file", async () => {
    const before = { hash: await sha256(inputPath), mtime: (await stat(inputPath)).mtimeMs };
    const outputPath = join(dir, "report.xlsx");
    const sheets = await writeWorkbookWithSheets(inputPath, outputPath, [aSheetLayout()]);
    expect(sheets).toEqual([{ kind: "summary", name: "Summary", replaced: false }]);
    expect(await sha256(inputPath)).toBe(before.hash);
    expect((await stat(inputPath)).mtimeMs).toBe(before.mtime);
    const workbook = await readWorkbook(await readFile(outputPath));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Register", "Notes", "Summary"]);
    expect((await readdir(dir)).sort()).toEqual(["register.xlsx", "report.xlsx"]);
  });

  it("refuses to write over the input, also through another path to the same file", async () => {
    const hash = await sha256(inputPath);
    await expect(writeWorkbookWithSheets(inputPath, inputPath, [aSheetLayout()])).rejects.toThrow(
      XlsxWriteError,
    );
    await expect(writeWorkbookWithSheets(inputPath, join(dir, ".", "register.xlsx"), [])).rejects.toThrow(
      /must not be the input/,
    );
    const link = join(dir, "link.xlsx");
    await symlink(inputPath, link);
    await expect(writeWorkbookWithSheets(inputPath, link, [aSheetLayout()])).rejects.toThrow(
      /must not be the input/,
    );
    expect(await sha256(inputPath)).toBe(hash);
  });

  it("says which file it cannot read, and leaves nothing behind when it cannot write", async () => {
    await expect(
      writeWorkbookWithSheets(join(dir, "missing.xlsx"), join(dir, "out.xlsx"), []),
    ).rejects.toThrow(/Cannot read .*missing\.xlsx/);
    await expect(
      writeWorkbookWithSheets(inputPath, join(dir, "no-such-folder", "out.xlsx"), [aSheetLayout()]),
    ).rejects.toThrow(/Cannot write .*out\.xlsx/);
    expect((await readdir(dir)).sort()).toEqual(["register.xlsx"]);
  });

  it("names the input file when it is not an .xlsx workbook", async () => {
    const csvPath = join(dir, "register.csv");
    await writeFile(csvPath, "Symbol,Rec.\n");
    await expect(writeWorkbookWithSheets(csvPath, join(dir, "out.xlsx"), [])).rejects.toThrow(
      /register\.csv: The input is not an \.xlsx workbook/,
    );
  });
});
