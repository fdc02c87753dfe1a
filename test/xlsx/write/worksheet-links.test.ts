import { MINIMAL_STYLES_XML, StylesPart } from "../../../src/xlsx/write/styles-part";
import { worksheetXml } from "../../../src/xlsx/write/worksheet-xml";
import { aSheetLayout } from "./fixtures";

/** The inline text of cell `ref` in the worksheet XML, or null. */
function cellText(xml: string, ref: string): string | null {
  const at = xml.indexOf(`<c r="${ref}"`);
  if (at < 0) return null;
  const start = xml.indexOf('<t xml:space="preserve">', at);
  const end = xml.indexOf("</t>", start);
  return start < 0 || end < 0 || start > xml.indexOf("</c>", at) ? null : xml.slice(start + 24, end);
}

describe("worksheetXml: linked cells", () => {
  it("writes each linked cell's link text (the last link given for a cell), in any order given", () => {
    const layout = aSheetLayout({
      hyperlinks: [
        { row: 6, column: 1, address: "https://b.org/", text: "Second" },
        { row: 0, column: 0, address: "https://a.org/", text: "First" },
        { row: 6, column: 1, address: "https://c.org/", text: "Second, again" },
        { row: 2, column: 2, address: "https://d.org/", text: "Third" },
      ],
    });
    const xml = worksheetXml(layout, new StylesPart(MINIMAL_STYLES_XML), {
      hyperlinks: new Map(),
      drawing: null,
    });
    expect([cellText(xml, "A1"), cellText(xml, "B7"), cellText(xml, "C3")]).toEqual([
      "First",
      "Second, again",
      "Third",
    ]);
    expect(cellText(xml, "A2")).toBe("=1+1");
  });
});
