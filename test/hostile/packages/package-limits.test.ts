import { readFileSync, writeFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { tempFolder } from "../../xlsx/read/fixtures";
import { cli } from "../run-cli";
import { deflatedPart, streamedPart, writeZip, type ZipPart } from "../zip-writer";
import {
  writeHugeCells,
  writeHugeSharedStrings,
  writeManySheets,
  writeStyledEmptyRows,
} from "./hostile-packages";
import { annexOutcome, ANNEXES, SAMPLE, expectLibreOfficeShowsEveryAnnex } from "./package-fixtures";

/** The sample's parts, for rebuilding it with crafted entries. */
async function sampleParts(): Promise<ZipPart[]> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const parts: ZipPart[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) parts.push(deflatedPart(name, Buffer.from(await file.async("uint8array"))));
  }
  return parts;
}

/** `gib` GiB of spaces after the part's real content: well-formed XML that expands without end. */
function bombOf(part: ZipPart, content: Buffer, mib: number, lie: boolean): ZipPart {
  const spaces = Buffer.alloc(1024 * 1024, 0x20);
  const bomb = streamedPart(
    part.name,
    (function* () {
      yield content;
      for (let i = 0; i < mib; i += 1) yield spaces;
    })(),
    9,
  );
  return lie ? { ...bomb, declaredSize: content.length } : bomb;
}

/** validate, summary and annex all give exit 2 and the same one line. */
async function refusedAlike(input: string, output: string): Promise<string> {
  const validate = await cli("validate", input);
  const summary = await cli("summary", input, "-o", output);
  const annex = await annexOutcome(input, output);
  expect([validate.code, summary.code, annex.code]).toEqual([2, 2, 2]);
  expect(summary.stderr).toBe(validate.stderr);
  expect(annex.stderr).toBe(validate.stderr);
  return validate.stderr;
}

describe("limits and checks on every entry of the package", () => {
  const folder = tempFolder("jiu-limits-");
  afterAll(() => folder.dispose());
  let parts: ZipPart[] = [];
  let contentTypes = Buffer.alloc(0);
  beforeAll(async () => {
    parts = await sampleParts();
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    contentTypes = Buffer.from((await zip.file("[Content_Types].xml")?.async("uint8array")) ?? []);
  });
  const rebuilt = (name: string, change: (parts: ZipPart[]) => ZipPart[]) => {
    const path = folder.path(name);
    writeZip(path, change(parts));
    return path;
  };

  it.each([
    ["declaring its size", false],
    ["lying about its size", true],
  ])(
    "refuses a bomb in [Content_Types].xml %s, alike in every command",
    async (_how, lie) => {
      const input = rebuilt(`types-bomb-${lie}.xlsx`, (all) =>
        all.map((p) => (p.name === "[Content_Types].xml" ? bombOf(p, contentTypes, 1700, lie) : p)),
      );
      expect(await refusedAlike(input, folder.path("out.xlsx"))).toMatch(
        /\[Content_Types\]\.xml|zip bomb|expand/,
      );
    },
    30_000,
  );

  it("refuses a bomb in a part no command uses", async () => {
    const unused: ZipPart = { name: "xl/media/unused.xml", deflated: [], crc: 0, size: 0 };
    const input = rebuilt("unused-bomb.xlsx", (all) => [
      ...all,
      bombOf(unused, Buffer.from("<x/>"), 1024, true),
    ]);
    expect(await refusedAlike(input, folder.path("out.xlsx"))).toContain("xl/media/unused.xml");
  }, 30_000);

  it("refuses a styles part too large to be read whole (600 MB, honestly declared), alike in every command", async () => {
    // Text with a letter every 64 bytes compresses about 30 times: no ratio check stops it, and read
    // whole it would be a 600-million-character string (past what V8 can hold) and, in the writer, a tree.
    const filler = Buffer.alloc(1024 * 1024, 0x20);
    for (let at = 0; at < filler.length; at += 64) filler[at] = 0x61 + ((at / 64) % 26);
    const input = rebuilt("huge-styles.xlsx", (all) =>
      all.map((p) => {
        if (p.name !== "xl/styles.xml") return p;
        const original = Buffer.concat(p.deflated.map((chunk) => inflateRawSync(chunk)));
        return streamedPart(
          p.name,
          (function* () {
            yield Buffer.concat([original, Buffer.from("<!--")]);
            for (let i = 0; i < 600; i += 1) yield filler;
            yield Buffer.from("-->");
          })(),
        );
      }),
    );
    const started = Date.now();
    const line = await refusedAlike(input, folder.path("out.xlsx"));
    expect(line).toContain("xl/styles.xml");
    expect(line).toMatch(/read whole/);
    expect(line).toMatch(/open it in Excel and save it again/);
    console.log(`a 600 MB styles part: refused by three commands in ${Date.now() - started} ms`);
  }, 60_000);

  it("refuses a corrupt entry no command uses, naming it, alike in every command", async () => {
    const input = rebuilt("corrupt.xlsx", (all) => [
      ...all,
      { ...deflatedPart("docProps/custom.xml", "<Properties/>"), crc: 12345 },
    ]);
    expect(await refusedAlike(input, folder.path("out.xlsx"))).toContain("docProps/custom.xml");
  });

  it("refuses Strict Open XML alike in every command, saying what to do", async () => {
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const strict = (xml: string) =>
      xml
        .replace(
          /http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main/g,
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        )
        .replace(
          /http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships/g,
          "http://purl.oclc.org/ooxml/officeDocument/relationships",
        );
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      zip.file(name, strict((await zip.file(name)?.async("string")) ?? ""));
    }
    const input = folder.path("strict.xlsx");
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    expect(await refusedAlike(input, folder.path("out.xlsx"))).toContain("Strict Open XML");
  });

  it("leaves out entries whose names are absolute or climb out of the package", async () => {
    const odd = ["/etc/x.xml", "../../x.xml", "C:\\x.xml", "xl\\..\\..\\y.xml", "xl/../../z.xml", "C:/w.xml"];
    const input = rebuilt("odd-names.xlsx", (all) => [
      ...all,
      ...odd.map((name) => deflatedPart(name, "<x/>")),
    ]);
    const output = folder.path("odd-names-out.xlsx");
    expect((await annexOutcome(input, output)).code).toBe(0);
    const names = Object.keys((await JSZip.loadAsync(readFileSync(output))).files);
    for (const name of odd) expect(names).not.toContain(name);
  });

  it("leaves the macros of an .xlsm out of the .xlsx it writes", async () => {
    const input = rebuilt("macros.xlsm", (all) =>
      [
        ...all.map((p) => {
          if (p.name === "[Content_Types].xml") {
            const xml = contentTypes
              .toString("utf8")
              .replace("spreadsheetml.sheet.main+xml", "NOT-USED")
              .replace(
                /application\/vnd\.openxmlformats-officedocument\.NOT-USED/,
                "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
              )
              .replace(
                "</Types>",
                '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
              );
            return deflatedPart(p.name, xml);
          }
          return p;
        }),
        deflatedPart("xl/vbaProject.bin", Buffer.from("not really VBA")),
      ].map((p) => (p.name === "xl/_rels/workbook.xml.rels" ? p : p)),
    );
    // The workbook's relationship to the macros.
    const zip = await JSZip.loadAsync(readFileSync(input));
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        `<Relationship Id="rIdVBA" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`,
      ),
    );
    writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
    const output = folder.path("macros-out.xlsx");
    expect((await annexOutcome(input, output)).code).toBe(0);
    const written = await JSZip.loadAsync(readFileSync(output));
    expect(Object.keys(written.files).filter((n) => /vba/i.test(n))).toEqual([]);
    const types = (await written.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).not.toMatch(/macroEnabled|vbaProject/);
    expect(types).toContain("spreadsheetml.sheet.main+xml");
    expect(await written.file("xl/_rels/workbook.xml.rels")?.async("string")).not.toContain("vbaProject");
  });

  // The third column: whether LibreOffice opens the output at the end of this file. The annexes of
  // 2,000 cells of 32,767 characters hold 75 million characters, which LibreOffice lays out on opening
  // (measured at 200 such cells: 13.9 s of CPU, against 0.7 s for the register alone): minutes at
  // 2,000. LibreOffice opens the annexes of 200 such cells instead, the same case at a tenth of its size.
  const timed: [string, (path: string) => void, boolean][] = [
    ["a million formatted empty rows", (path) => writeStyledEmptyRows(path, 1_000_000, 4), true],
    ["a 960 MB shared-strings part", (path) => writeHugeSharedStrings(path, 30_000, 32_000), true],
    ["2,000 cells of 32,767 characters", (path) => writeHugeCells(path, 2000, 32_767), false],
    ["200 cells of 32,767 characters", (path) => writeHugeCells(path, 200, 32_767), true],
    ["a thousand sheets", (path) => writeManySheets(path, 1000), true],
  ];
  it.each(timed)(
    "answers %s: annexes written and complete, or one line (time printed, not asserted)",
    async (name, write, libreOffice) => {
      const input = folder.path(`${name.replace(/\W+/g, "-")}.xlsx`);
      write(input);
      const started = Date.now();
      const output = folder.path(`${name.replace(/\W+/g, "-")}-out.xlsx`);
      const run = await annexOutcome(input, output, { libreOffice });
      console.log(
        `${name}: exit ${run.code} in ${((Date.now() - started) / 1000).toFixed(1)} s ${run.stderr.trim()}`,
      );
      if (run.code === 0) expect(run.stdout).toContain(ANNEXES.map((a) => `'${a}'`).join(", "));
    },
    120_000,
  );

  // Last in this file: every workbook written above with exit 0, opened in LibreOffice in one run.
  it("LibreOffice opens every workbook written above and shows each generated sheet", () => {
    expectLibreOfficeShowsEveryAnnex();
  }, 600_000);
});
