import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { tempFolder } from "../../xlsx/read/fixtures";
import { elements, NS, parseXml } from "../../xlsx/write/xml";
import { cli } from "../run-cli";
import {
  annexOutcome,
  libreOfficeText,
  mutatedSample,
  utf16,
  expectLibreOfficeShowsEveryAnnex,
} from "./package-fixtures";

/**
 * Packages whose XML a pattern-matching writer misreads: elements inside comments or CDATA, prefixes,
 * UTF-16 parts. The writer edits them through the same parser the reader uses, so the new sheets land in
 * the real <sheets>, and what it does not touch stays as it was.
 */
describe("the writer reads parts as XML, not as text", () => {
  const folder = tempFolder("jiu-xml-view-");
  afterAll(() => folder.dispose());
  const workbookXml = async (path: string) =>
    (await (await JSZip.loadAsync(readFileSync(path))).file("xl/workbook.xml")?.async("string")) ?? "";

  it("adds the annexes to the real <sheets>, not one inside a comment, and LibreOffice shows all three", async () => {
    const ghost = `<!--<sheets><sheet name="Ghost" sheetId="99" r:id="rId99"/></sheets><definedNames></definedNames>-->`;
    const input = await mutatedSample(folder.path("commented.xlsx"), async (zip, text) => {
      const xml = await text("xl/workbook.xml");
      zip.file("xl/workbook.xml", xml.replace("<sheets>", `${ghost}<sheets>`));
    });
    const output = folder.path("commented-out.xlsx");
    const run = await annexOutcome(input, output);
    expect(run.code).toBe(0);
    const written = await workbookXml(output);
    expect(written).toContain(ghost);
    const document = parseXml(written);
    const names = elements(document, NS.main, "sheet").map((sheet) => sheet.getAttribute("name"));
    expect(names.slice(-3)).toEqual(["Annex I", "Annex II", "Annex III"]);
    // The print titles are scoped to the annexes (positions 3-5), never to the register (0).
    const scopes = elements(document, NS.main, "definedName")
      .filter((name) => name.getAttribute("name") === "_xlnm.Print_Titles")
      .map((name) => name.getAttribute("localSheetId"));
    expect(scopes).toEqual(["3", "4", "5"]);
    const shown = libreOfficeText(output);
    expect(shown).toContain("JIU recommendations to the legislative bodies");
    expect(shown).toContain("Recommendations of the Joint Inspection Unit (JIU) to the executive heads");
    expect(shown).toContain("List of active JIU reports");
  }, 120_000);

  it("ignores an element written inside CDATA and keeps the CDATA", async () => {
    const cdata = "<![CDATA[<sheets><sheet name='x'/></sheets> & </workbook>]]>";
    const input = await mutatedSample(folder.path("cdata.xlsx"), async (zip, text) => {
      const xml = await text("xl/workbook.xml");
      const extension = `<extLst><ext uri="{x}">${cdata}</ext></extLst>`;
      zip.file("xl/workbook.xml", xml.replace("</workbook>", `${extension}</workbook>`));
    });
    const output = folder.path("cdata-out.xlsx");
    expect((await annexOutcome(input, output)).code).toBe(0);
    expect(await workbookXml(output)).toContain(cdata);
  });

  it("writes into a prefixed workbook whose children use the default namespace", async () => {
    const input = await mutatedSample(folder.path("prefixed.xlsx"), async (zip, text) => {
      const xml = await text("xl/workbook.xml");
      zip.file(
        "xl/workbook.xml",
        xml
          .replace("<workbook xmlns=", `<x:workbook xmlns:x="${NS.main}" xmlns=`)
          .replace("</workbook>", "</x:workbook>"),
      );
    });
    const output = folder.path("prefixed-out.xlsx");
    expect((await annexOutcome(input, output)).code).toBe(0);
    const document = parseXml(await workbookXml(output));
    expect(elements(document, NS.main, "sheet")).toHaveLength(6);
  });

  it("writes into UTF-16 workbook, relationships, content types and styles parts", async () => {
    const input = await mutatedSample(folder.path("utf16.xlsx"), async (zip, text) => {
      for (const name of [
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "xl/styles.xml",
      ]) {
        zip.file(name, utf16(await text(name)));
      }
    });
    expect((await cli("validate", input)).code).not.toBe(3);
    const output = folder.path("utf16-out.xlsx");
    expect((await annexOutcome(input, output)).code).toBe(0);
    const written = await workbookXml(output);
    expect(written.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
  });

  it("refuses a malformed workbook part with one line naming it, as validate does", async () => {
    const input = await mutatedSample(folder.path("malformed.xlsx"), async (zip, text) => {
      zip.file("xl/workbook.xml", (await text("xl/workbook.xml")).replace("</sheets>", "</sheet>"));
    });
    const validate = await cli("validate", input);
    expect(validate.code).toBe(2);
    const run = await annexOutcome(input, folder.path("malformed-out.xlsx"));
    expect(run.code).toBe(2);
  });

  // Last in this file: every workbook written above with exit 0, opened in LibreOffice in one run.
  it("LibreOffice opens every workbook written above and shows each generated sheet", () => {
    expectLibreOfficeShowsEveryAnnex();
  }, 600_000);
});
