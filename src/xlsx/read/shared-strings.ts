import { StringItemText } from "./ooxml-text";
import { parseXml } from "./xml-stream";

/** The shared string table: cells of type "s" hold an index into it. Rich text becomes plain text. */
export async function readSharedStrings(
  chunks: AsyncIterable<string> | null,
  countText: (characters: number) => void = () => undefined,
): Promise<readonly string[]> {
  const strings: string[] = [];
  if (chunks === null) return strings;
  const item = new StringItemText();
  let inItem = false;
  await parseXml(chunks, {
    open: (tag) => {
      if (tag.name === "si") inItem = true;
      else if (inItem) item.open(tag.name);
    },
    text: (text) => {
      if (inItem) item.characters(text);
    },
    close: (name) => {
      if (name === "si") {
        const text = item.take();
        countText(text.length);
        strings.push(text);
        inItem = false;
      } else if (inItem) {
        item.close(name);
      }
    },
  });
  return strings;
}
