import type { ContentTypesPart } from "./content-types-part";
import type { PartStore } from "./part-store";
import type { RelationshipsPart } from "./relationships-part";

/** Content types of macro code: an .xlsx never carries them (Excel refuses to open one that does). */
const MACRO_TYPES = new Set([
  "application/vnd.ms-office.vbaProject",
  "application/vnd.ms-office.vbaProjectSignature",
  "application/vnd.ms-office.vbaProjectSignatureAgile",
  "application/vnd.ms-office.vbaProjectSignatureV3",
  "application/vnd.ms-word.vbaData+xml",
]);
const WORKBOOK_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/**
 * Leaves the macros of an .xlsm (or the template flag of an .xltx) out of the .xlsx written from it:
 * the macro parts, their relationships and content types, and the workbook's macro-enabled content
 * type. Returns the parts removed.
 */
export function dropMacros(
  parts: PartStore,
  contentTypes: ContentTypesPart,
  workbookPath: string,
  workbookRels: RelationshipsPart,
): string[] {
  const removed = parts.names().filter((name) => {
    const type = contentTypes.typeOf(name);
    return (type !== null && MACRO_TYPES.has(type)) || /(^|\/)vbaProject[^/]*\.bin$/i.test(name);
  });
  for (const name of removed) {
    parts.remove(name);
    contentTypes.remove(name);
  }
  contentTypes.removeDefaults(MACRO_TYPES);
  const macroRelationships = workbookRels.list().filter((r) => /\/vba[A-Za-z]*$/.test(r.type));
  workbookRels.remove(new Set(macroRelationships.map((r) => r.id)));
  const workbookType = contentTypes.typeOf(workbookPath);
  if (
    workbookType !== null &&
    workbookType !== WORKBOOK_MAIN &&
    /macroEnabled|template/i.test(workbookType)
  ) {
    contentTypes.override(workbookPath, WORKBOOK_MAIN);
  }
  return removed;
}
