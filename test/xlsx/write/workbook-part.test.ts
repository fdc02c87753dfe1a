import { GENERATED_SHEET_MARK, WorkbookPart } from "../../../src/xlsx/write/workbook-part";
import { elements, NS, parseXml } from "./xml";

const PREFIXED_WORKBOOK = `<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="${NS.main}" xmlns:rel="${NS.relationships}"><x:bookViews><x:workbookView activeTab="0"/></x:bookViews><x:sheets><x:sheet name="Register" sheetId="4" rel:id="rId9"/><x:sheet name="Summary" sheetId="7" rel:id="rId3"/></x:sheets><x:calcPr calcId="191029"/></x:workbook>`;

describe("WorkbookPart", () => {
  it("reads sheets with their ids and positions whatever the prefixes", () => {
    expect(new WorkbookPart(PREFIXED_WORKBOOK).sheets()).toEqual([
      { name: "Register", sheetId: 4, relationshipId: "rId9", index: 0 },
      { name: "Summary", sheetId: 7, relationshipId: "rId3", index: 1 },
    ]);
  });

  it("appends a sheet with the next sheet id and puts defined names before calcPr", () => {
    const workbook = new WorkbookPart(PREFIXED_WORKBOOK);
    expect(workbook.addSheet("Annex I", "rId10")).toBe(2);
    workbook.addDefinedNames([
      { name: GENERATED_SHEET_MARK, localSheetId: 2, formula: '"annexI"', hidden: true },
      { name: "_xlnm.Print_Titles", localSheetId: 2, formula: "'Annex I'!$1:$2" },
    ]);
    const document = parseXml(workbook.toXml());
    const sheets = elements(document, NS.main, "sheet");
    expect(sheets[2]?.getAttribute("name")).toBe("Annex I");
    expect(sheets[2]?.getAttribute("sheetId")).toBe("8");
    expect(sheets[2]?.getAttributeNS(NS.relationships, "id")).toBe("rId10");
    const order = Array.from(document.documentElement?.childNodes ?? []).map(
      (n) => (n as unknown as Element).localName,
    );
    expect(order).toEqual(["bookViews", "sheets", "definedNames", "calcPr"]);
    expect(new WorkbookPart(workbook.toXml()).generatedSheetKinds()).toEqual(new Map([[2, "annexI"]]));
    expect(
      workbook.toXml().startsWith(PREFIXED_WORKBOOK.slice(0, PREFIXED_WORKBOOK.indexOf("</x:sheets>"))),
    ).toBe(true);
  });

  it("declares the relationships namespace on the new entry when the workbook root does not", () => {
    const bare = `<workbook xmlns="${NS.main}"><sheets/></workbook>`;
    const workbook = new WorkbookPart(bare);
    workbook.addSheet("Summary", "rId1");
    const sheet = elements(parseXml(workbook.toXml()), NS.main, "sheet")[0];
    expect(sheet?.getAttributeNS(NS.relationships, "id")).toBe("rId1");
    expect(sheet?.getAttribute("sheetId")).toBe("1");
  });

  it("removes only a sheet's print names and generated mark", () => {
    const workbook = new WorkbookPart(PREFIXED_WORKBOOK);
    workbook.addDefinedNames([
      { name: GENERATED_SHEET_MARK, localSheetId: 1, formula: '"summary"', hidden: true },
      { name: "_xlnm.Print_Titles", localSheetId: 1, formula: "'Summary'!$1:$1" },
      { name: "_xlnm.Print_Area", localSheetId: 1, formula: "'Summary'!$A$1:$D$9" },
      { name: "_xlnm.Print_Titles", localSheetId: 0, formula: "'Register'!$1:$1" },
      { name: "MyName", localSheetId: 1, formula: "'Summary'!$A$1" },
      { name: "Global", localSheetId: null, formula: "'Register'!$A$1:$A$9" },
    ]);
    workbook.removeSheetScopedNames(1);
    expect(workbook.definedNames().map((n) => [n.name, n.localSheetId])).toEqual([
      ["_xlnm.Print_Titles", 0],
      ["MyName", 1],
      ["Global", null],
    ]);
  });

  it("says so when the part lists no sheets", () => {
    expect(() => new WorkbookPart(`<workbook xmlns="${NS.main}"/>`)).toThrow(/no sheets/);
  });
});
