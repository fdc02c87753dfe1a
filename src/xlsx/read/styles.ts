import { isBuiltInDateFormat, isDateFormatCode } from "./date-formats";
import { once } from "./relationships";
import { parseXml } from "./xml-stream";

/**
 * Which cell styles show a date. A date in .xlsx is a number whose style has a date format, so the
 * style index (the cell's "s" attribute) is all the sheet reader needs.
 */
export async function readDateStyles(stylesXml: string | null): Promise<readonly boolean[]> {
  if (stylesXml === null) return [];
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellXfs = false;
  await parseXml(once(stylesXml), {
    open: (tag) => {
      if (tag.name === "numFmt") {
        const id = Number(tag.attributes.numFmtId);
        if (Number.isInteger(id)) customFormats.set(id, tag.attributes.formatCode ?? "");
      } else if (tag.name === "cellXfs") {
        inCellXfs = true;
      } else if (tag.name === "xf" && inCellXfs) {
        formatIds.push(Number(tag.attributes.numFmtId ?? "0"));
      }
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return formatIds.map((id) => {
    const custom = customFormats.get(id);
    return custom === undefined ? isBuiltInDateFormat(id) : isDateFormatCode(custom);
  });
}
