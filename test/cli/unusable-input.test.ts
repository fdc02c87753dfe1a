import { readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { cli, SAMPLE, sha256, STACK_LINE, tempFolder } from "./cli-fixtures";

const OLE2_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

describe("jiu-register on files that are not a usable register", () => {
  const folder = tempFolder("jiu-cli-unusable-");
  const files: Record<string, string> = {};
  beforeAll(async () => {
    const write = (name: string, content: string | Buffer) => {
      files[name] = folder.path(name);
      writeFileSync(files[name], content);
    };
    write("register.csv", "Report symbol,Recommendation no.\nJIU/REP/2021/6,4\n");
    write(
      "old.xls",
      Buffer.concat([OLE2_HEADER, Buffer.alloc(504), Buffer.from("Workbook\u0000", "utf16le")]),
    );
    write(
      "locked.xlsx",
      Buffer.concat([
        OLE2_HEADER,
        Buffer.alloc(504),
        Buffer.from("EncryptionInfo\u0000EncryptedPackage", "utf16le"),
      ]),
    );
    const sample = readFileSync(SAMPLE);
    write("truncated.xlsx", sample.subarray(0, Math.floor(sample.length / 2)));
    const bomb = new JSZip();
    bomb.file("[Content_Types].xml", "<Types/>");
    bomb.file("xl/worksheets/sheet1.xml", Buffer.alloc(40 * 1024 * 1024));
    write(
      "bomb.xlsx",
      await bomb.generateAsync({
        type: "nodebuffer",
        compression: "DEFLATE",
        compressionOptions: { level: 9 },
      }),
    );
  }, 30_000);
  afterAll(() => folder.dispose());

  const cases: [string, string, RegExp][] = [
    [
      "a missing file",
      "missing.xlsx",
      /^Cannot find the file '.*missing\.xlsx'; check the path and try again\.$/,
    ],
    [
      "a .csv",
      "register.csv",
      /is a text file \(CSV\), not an Excel workbook; .*save it as an Excel Workbook \(\.xlsx\)/,
    ],
    [
      "an .xls",
      "old.xls",
      /is an old Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/,
    ],
    ["a password-protected .xlsx", "locked.xlsx", /is password-protected; .*remove the password/],
    ["a truncated .xlsx", "truncated.xlsx", /is incomplete: the end of the file is missing/],
    [
      "a zip bomb",
      "bomb.xlsx",
      /was refused: its part 'xl\/worksheets\/sheet1\.xml' would expand from .* to 40 MB/,
    ],
  ];

  describe.each(["validate", "summary"])("%s", (command) => {
    it.each(cases)("%s: exit 2, one line, no stack trace", async (_name, file, message) => {
      const path = files[file] ?? folder.path(file);
      const run = await cli(command, path);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      const lines = run.stderr.trimEnd().split("\n");
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(run.stderr).not.toMatch(STACK_LINE);
    });
  });

  it("annex refuses them the same way and writes nothing", async () => {
    const output = folder.path("never-written.xlsx");
    for (const [, file, message] of cases) {
      const run = await cli("annex", files[file] ?? folder.path(file), "-o", output);
      expect(run.code).toBe(2);
      expect(run.stderr.trimEnd()).toMatch(message);
    }
    expect(() => readFileSync(output)).toThrow();
  });

  it("reading them changes none of them", async () => {
    const before = Object.values(files).map(sha256);
    for (const path of Object.values(files)) await cli("validate", path);
    expect(Object.values(files).map(sha256)).toEqual(before);
  });
});
