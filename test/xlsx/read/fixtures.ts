import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A temporary folder for one test file, removed by `dispose`. */
export function tempFolder(prefix = "jiu-read-"): { path: (name: string) => string; dispose: () => void } {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  return {
    path: (name) => join(folder, name),
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  };
}

export async function writeExcelJs(
  path: string,
  build: (workbook: ExcelJS.Workbook) => void,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  await workbook.xlsx.writeFile(path);
  return path;
}

export function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/></Types>';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export interface HandMadeSheet {
  readonly name: string;
  /** The <sheetData> content, or a whole worksheet document when it starts with "<?xml". */
  readonly xml: string;
  /** Extra <Relationship> elements for the sheet. */
  readonly rels?: string;
  readonly state?: "hidden" | "veryHidden";
}

export interface HandMadePackage {
  readonly sheets: readonly HandMadeSheet[];
  readonly sharedStrings?: readonly string[];
  /** Raw <si> items, when rich text or phonetic runs are wanted. */
  readonly sharedStringItems?: string;
  /** The <cellXfs> and <numFmts> content of styles.xml. */
  readonly styles?: { readonly numFmts?: string; readonly cellXfs: string };
  readonly extraParts?: Readonly<Record<string, string>>;
  readonly workbookPr?: string;
  /** More <sheet> elements and workbook relationships, e.g. for a chart sheet. */
  readonly extraSheets?: string;
  readonly extraWorkbookRels?: string;
  /** Target of the worksheets in workbook.xml.rels; default "worksheets/sheetN.xml". */
  readonly sheetTarget?: (index: number) => string;
}

/**
 * A minimal .xlsx written part by part, for what ExcelJS never writes (inline strings, phonetic
 * runs, cells without references, prefixed elements, absolute targets).
 */
export async function handMadeXlsx(path: string, spec: HandMadePackage): Promise<string> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const target = spec.sheetTarget ?? ((index: number) => `worksheets/sheet${index + 1}.xml`);
  const sheetsXml = spec.sheets
    .map(
      (sheet, index) =>
        `<sheet name="${sheet.name}" sheetId="${index + 1}" r:id="rIdS${index + 1}"` +
        `${sheet.state ? ` state="${sheet.state}"` : ""}/>`,
    )
    .join("")
    .concat(spec.extraSheets ?? "");
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.workbookPr ?? ""}` +
      `<sheets>${sheetsXml}</sheets></workbook>`,
  );
  const workbookRels = spec.sheets
    .map(
      (_sheet, index) =>
        `<Relationship Id="rIdS${index + 1}" Type="${REL}/worksheet" Target="${target(index)}"/>`,
    )
    .concat(`<Relationship Id="rIdSST" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`)
    .concat(`<Relationship Id="rIdST" Type="${REL}/styles" Target="styles.xml"/>`)
    .concat(spec.extraWorkbookRels ?? "")
    .join("");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${workbookRels}</Relationships>`,
  );
  const items =
    spec.sharedStringItems ??
    (spec.sharedStrings ?? []).map((text) => `<si><t xml:space="preserve">${text}</t></si>`).join("");
  zip.file(
    "xl/sharedStrings.xml",
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}">${items}</sst>`,
  );
  const styles = spec.styles ?? { cellXfs: '<xf numFmtId="0"/>' };
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
      `${styles.numFmts ? `<numFmts>${styles.numFmts}</numFmts>` : ""}` +
      `<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs>${styles.cellXfs}</cellXfs></styleSheet>`,
  );
  spec.sheets.forEach((sheet, index) => {
    const partPath = `xl/${target(index).replace(/^\/?xl\//, "")}`;
    const xml = sheet.xml.startsWith("<?xml")
      ? sheet.xml
      : `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheet.xml}</sheetData></worksheet>`;
    zip.file(partPath, xml);
    if (sheet.rels) {
      const slash = partPath.lastIndexOf("/");
      zip.file(
        `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`,
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheet.rels}</Relationships>`,
      );
    }
  });
  for (const [name, content] of Object.entries(spec.extraParts ?? {})) zip.file(name, content);
  writeFileSync(path, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return path;
}

export { MAIN as SPREADSHEET_NS, REL as RELATIONSHIP_NS };
