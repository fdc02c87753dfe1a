import JSZip from "jszip";
import {
  CONTENT_TYPES_PATH,
  RELATIONSHIP_TYPES,
  actualPath,
  readPart,
  relationshipsOf,
  resolveTarget,
} from "./package-parts";
import { XlsxWriteError } from "./write-error";

export interface OpenedWorkbook {
  readonly zip: JSZip;
  /** e.g. "xl/workbook.xml". */
  readonly workbookPath: string;
}

/** Opens an .xlsx package and finds its workbook part, or says in plain words why it cannot. */
export async function openWorkbookPackage(input: Uint8Array): Promise<OpenedWorkbook> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(input);
  } catch {
    throw new XlsxWriteError(
      'The input is not an .xlsx workbook (it is not a zip package; password-protected and .xls files are not either). Save it as "Excel Workbook (*.xlsx)" and try again.',
    );
  }
  if (actualPath(zip, CONTENT_TYPES_PATH) === null || actualPath(zip, "_rels/.rels") === null) {
    throw new XlsxWriteError(
      'The input is a zip file but not an .xlsx workbook. Save it as "Excel Workbook (*.xlsx)" and try again.',
    );
  }
  const office = (await relationshipsOf(zip, "")).find(
    (r) => r.type === RELATIONSHIP_TYPES.officeDocument && !r.external,
  );
  const workbookPath = office ? actualPath(zip, resolveTarget("", office.target)) : null;
  if (workbookPath === null || (await readPart(zip, workbookPath)) === null) {
    throw new XlsxWriteError(
      'The input holds no Excel workbook part (Strict Open XML files are not supported). Save it as "Excel Workbook (*.xlsx)" and try again.',
    );
  }
  return { zip, workbookPath };
}
