import { readProblems } from "./problems";
import { once, parseRelationships, relationshipsPathOf } from "./relationships";
import { parseXml, relationshipId } from "./xml-stream";
import type { ZipPackage } from "./zip-package";

export interface WorksheetPart {
  /** The tab name, as Excel shows it. */
  readonly name: string;
  readonly path: string;
}

/** The map of an .xlsx package: which parts hold the sheets, the strings and the styles. */
export interface WorkbookParts {
  readonly sheets: readonly WorksheetPart[];
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
  /** Dates count from 1904 (old Mac workbooks) rather than 1900. */
  readonly date1904: boolean;
}

const DEFAULT_WORKBOOK_PATH = "xl/workbook.xml";
/** The SpreadsheetML namespace of Strict Open XML (ISO/IEC 29500 Strict). */
export const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/** Finds the workbook part through the package relationships, as Excel does, and lists its worksheets. */
export async function readWorkbookParts(pkg: ZipPackage, file: string): Promise<WorkbookParts> {
  const workbookPath = await findWorkbookPath(pkg, file);
  const workbookXml = await pkg.text(workbookPath);
  if (workbookXml === null)
    throw readProblems.damaged(file, `its workbook part '${workbookPath}' is missing`);

  const declared: { name: string; relationshipId: string }[] = [];
  let date1904 = false;
  let strict = false;
  await parseXml(once(workbookXml), {
    open: (tag) => {
      if (tag.name === "workbook") strict = Object.values(tag.attributes).includes(STRICT_MAIN);
      if (tag.name === "sheet") {
        const id = relationshipId(tag);
        if (tag.attributes.name !== undefined && id)
          declared.push({ name: tag.attributes.name, relationshipId: id });
      } else if (tag.name === "workbookPr") {
        const value = tag.attributes.date1904;
        date1904 = value === "1" || value === "true";
      }
    },
  });

  // Strict documents are refused by every command alike: the writer cannot add Transitional sheets to them.
  if (strict) throw readProblems.notXlsx(file, "a Strict Open XML Spreadsheet");

  const relsXml = await pkg.text(relationshipsPathOf(workbookPath));
  const relationships = relsXml ? await parseRelationships(relsXml, workbookPath) : new Map();
  const sheets: WorksheetPart[] = [];
  for (const sheet of declared) {
    const relationship = relationships.get(sheet.relationshipId);
    // Chart sheets, dialog sheets and macro sheets hold no cells to read.
    if (relationship?.type === "worksheet" && !relationship.external) {
      sheets.push({ name: sheet.name, path: relationship.target });
    }
  }
  const targetOfType = (type: string): string | null => {
    for (const relationship of relationships.values()) {
      if (relationship.type === type && !relationship.external) return relationship.target;
    }
    return null;
  };
  return {
    sheets,
    sharedStringsPath: targetOfType("sharedStrings"),
    stylesPath: targetOfType("styles"),
    date1904,
  };
}

async function findWorkbookPath(pkg: ZipPackage, file: string): Promise<string> {
  const rootXml = await pkg.text("_rels/.rels");
  if (rootXml !== null) {
    const root = await parseRelationships(rootXml, "");
    for (const relationship of root.values()) {
      if (relationship.type !== "officeDocument" || relationship.external) continue;
      const target = relationship.target;
      if (/\.bin$/i.test(target)) throw readProblems.notXlsx(file, "an Excel Binary Workbook (.xlsb)");
      if (/^word\//i.test(target)) throw readProblems.notAWorkbook(file, "a Word document");
      if (/^ppt\//i.test(target)) throw readProblems.notAWorkbook(file, "a PowerPoint presentation");
      if (pkg.has(target)) return target;
    }
  }
  if (pkg.has(DEFAULT_WORKBOOK_PATH)) return DEFAULT_WORKBOOK_PATH;
  throw await otherZip(pkg, file);
}

/** What a ZIP package that holds no workbook is, and what to do: save a spreadsheet as .xlsx, else choose the right file. */
async function otherZip(pkg: ZipPackage, file: string): Promise<Error> {
  if (pkg.has("content.xml") && pkg.has("mimetype")) {
    const type = (await pkg.text("mimetype"))?.trim() ?? "";
    if (type.endsWith(".spreadsheet"))
      return readProblems.notXlsx(file, "an OpenDocument spreadsheet (.ods)");
    if (type.endsWith(".text"))
      return readProblems.notAWorkbook(file, "an OpenDocument text document (.odt)");
    return readProblems.notAWorkbook(file, "an OpenDocument file");
  }
  if (pkg.has("word/document.xml")) return readProblems.notAWorkbook(file, "a Word document");
  if (pkg.has("ppt/presentation.xml")) return readProblems.notAWorkbook(file, "a PowerPoint presentation");
  if (pkg.has("[Content_Types].xml"))
    return readProblems.notAWorkbook(file, "an Office document without a workbook");
  return readProblems.notAWorkbook(file, "a ZIP archive");
}
