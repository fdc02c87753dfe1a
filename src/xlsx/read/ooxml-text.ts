/**
 * OOXML escapes characters that XML cannot carry as "_xHHHH_" (Excel writes a carriage return as
 * "_x000D_", and a literal "_x" sequence as "_x005F_x..."). Decoding left to right undoes both.
 *
 * @example decodeOoxmlText("line_x000D_") // "line\r"
 */
export function decodeOoxmlText(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/**
 * Collects the plain text of a string item (<si> or <is>): every <t>, whether direct or inside a
 * rich-text run <r>, but not the phonetic guides (<rPh>) that East Asian Excel adds.
 */
export class StringItemText {
  private text = "";
  private inText = false;
  private phoneticDepth = 0;

  open(name: string): void {
    if (name === "rPh") this.phoneticDepth += 1;
    else if (name === "t" && this.phoneticDepth === 0) this.inText = true;
  }

  characters(chunk: string): void {
    if (this.inText) this.text += chunk;
  }

  close(name: string): void {
    if (name === "rPh") this.phoneticDepth -= 1;
    else if (name === "t") this.inText = false;
  }

  /** The text so far, decoded; resets for the next item. */
  take(): string {
    const text = decodeOoxmlText(this.text);
    this.text = "";
    this.inText = false;
    this.phoneticDepth = 0;
    return text;
  }
}
