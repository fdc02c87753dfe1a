import JSZip from "jszip";
import { NAMESPACES, RELATIONSHIP_TYPES } from "./package-parts";

/**
 * An .xlsx package with a workbook and no sheet yet, for `-o --only-generated`: the generated sheets are
 * added to it as to any workbook, so the output holds them alone (no copy of the register to print
 * before the annexes). Not a valid workbook by itself (a workbook needs a sheet); it is never written
 * without the sheets added.
 */
export async function blankWorkbookPackage(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ' +
      'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      "</Types>",
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${RELATIONSHIP_TYPES.officeDocument}" Target="xl/workbook.xml"/>` +
      "</Relationships>",
  );
  zip.file(
    "xl/workbook.xml",
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<workbook xmlns="${NAMESPACES.spreadsheetMain}" xmlns:r="${NAMESPACES.officeRelationships}">` +
      "<sheets/></workbook>",
  );
  return zip.generateAsync({ type: "uint8array" });
}
