import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { tempFolder } from "../../xlsx/read/fixtures";
import { cli } from "../run-cli";
import { annexOutcome, mutatedSample, expectLibreOfficeShowsEveryAnnex } from "./package-fixtures";

const PACKAGE_PARTS = [
  "[Content_Types].xml",
  "_rels/.rels",
  "docProps/core.xml",
  "docProps/app.xml",
  "xl/workbook.xml",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "xl/theme/theme1.xml",
];
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/**
 * A workbook generated once, then crafted: the marked (generated) sheets' relationships point at
 * package-level parts. Replacing those sheets must remove only what belongs to them.
 */
describe("forged generated-sheet markers never cost the package a part", () => {
  const folder = tempFolder("jiu-forged-");
  let generated = "";
  beforeAll(async () => {
    generated = folder.path("generated.xlsx");
    const sample = await mutatedSample(folder.path("sample.xlsx"), () => undefined);
    expect((await cli("annex", sample, "-o", generated, "--lang", "en")).code).toBe(0);
  });
  afterAll(() => folder.dispose());

  async function sheetRelsOf(zip: JSZip, sheetName: string): Promise<string> {
    const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const id = new RegExp(`name="${sheetName}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1] ?? "";
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
    const file = target.slice(target.lastIndexOf("/") + 1);
    return `xl/worksheets/_rels/${file}.rels`;
  }

  it("keeps every package part when a marked sheet's drawing, chart and comments point at them", async () => {
    const input = await mutatedSample(
      folder.path("forged-rels.xlsx"),
      async (zip) => {
        const forged = [
          ["drawing", "../../_rels/.rels"],
          ["chart", "/docProps/core.xml"],
          ["comments", "../../[Content_Types].xml"],
          ["vmlDrawing", "../styles.xml"],
          ["image", "../sharedStrings.xml"],
          ["drawing", "../workbook.xml"],
          ["chart", "../theme/theme1.xml"],
          ["drawing", "../../docProps/app.xml"],
        ]
          .map(
            ([type, target], i) => `<Relationship Id="rIdF${i}" Type="${REL}/${type}" Target="${target}"/>`,
          )
          .join("");
        for (const annex of ["Annex I", "Annex II"]) {
          const path = await sheetRelsOf(zip, annex);
          const xml =
            (await zip.file(path)?.async("string")) ??
            `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
          zip.file(path, xml.replace("</Relationships>", `${forged}</Relationships>`));
        }
      },
      generated,
    );
    const output = folder.path("forged-rels-out.xlsx");
    const run = await annexOutcome(input, output);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("'Annex I' (replaced)");
    const zip = await JSZip.loadAsync(readFileSync(output));
    for (const part of PACKAGE_PARTS) expect([part, zip.file(part) !== null]).toEqual([part, true]);
  });

  it("never writes a sheet over a package part that a marked sheet's entry points at", async () => {
    const input = await mutatedSample(
      folder.path("forged-sheet.xlsx"),
      async (zip) => {
        const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
        const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
        const id = /name="Annex I"[^>]*r:id="([^"]+)"/.exec(workbook)?.[1] ?? "";
        const pointed = rels.replace(new RegExp(`(Id="${id}"[^>]*Target=")[^"]+"`), '$1/xl/styles.xml"');
        zip.file("xl/_rels/workbook.xml.rels", pointed);
      },
      generated,
    );
    const before = await (await JSZip.loadAsync(readFileSync(input))).file("xl/styles.xml")?.async("string");
    const output = folder.path("forged-sheet-out.xlsx");
    const run = await annexOutcome(input, output);
    // The crafted input lists an unlisted worksheet part, so a sound outcome is a refusal naming it; had
    // it been written, styles.xml would have to be the styles part still.
    if (run.code === 2) expect(run.stderr).toContain("cannot be written safely");
    if (run.code === 0) {
      const after =
        (await (await JSZip.loadAsync(readFileSync(output))).file("xl/styles.xml")?.async("string")) ?? "";
      expect(after.startsWith((before ?? "").slice(0, 200))).toBe(true);
      expect(after).toContain("<styleSheet");
    }
  });

  // Last in this file: every workbook written above with exit 0, opened in LibreOffice in one run.
  it("LibreOffice opens every workbook written above and shows each generated sheet", () => {
    expectLibreOfficeShowsEveryAnnex();
  }, 600_000);
});
