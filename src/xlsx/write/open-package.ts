import {
  CONTENT_TYPES_PATH,
  RELATIONSHIP_TYPES,
  actualPath,
  readPart,
  relationshipsOf,
  resolveTarget,
} from "./package-parts";
import { PartStore } from "./part-store";
import { XlsxWriteError } from "./write-error";

export interface OpenedWorkbook {
  readonly zip: PartStore;
  /** e.g. "xl/workbook.xml". */
  readonly workbookPath: string;
}

/** Opens an .xlsx package (every entry checked, see PartStore) and finds its workbook part, or says why it cannot. */
export async function openWorkbookPackage(input: Uint8Array): Promise<OpenedWorkbook> {
  const zip = await PartStore.open(input);
  if (actualPath(zip, CONTENT_TYPES_PATH) === null || actualPath(zip, "_rels/.rels") === null) {
    throw new XlsxWriteError(
      'The input is a zip file but not an .xlsx workbook. Save it as "Excel Workbook (*.xlsx)" and try again.',
    );
  }
  const office = (await relationshipsOf(zip, "")).find(
    (r) => r.type.endsWith("/officeDocument") && !r.external,
  );
  const workbookPath = office ? actualPath(zip, resolveTarget("", office.target)) : null;
  if (workbookPath === null || (await readPart(zip, workbookPath)) === null) {
    throw new XlsxWriteError(
      'The input holds no Excel workbook part. Save it as "Excel Workbook (*.xlsx)" and try again.',
    );
  }
  return { zip, workbookPath };
}

export { RELATIONSHIP_TYPES };
