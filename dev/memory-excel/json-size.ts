/**
 * The size of a value as UTF-8 JSON, without building the string: how the in-memory Excel measures
 * request and response payloads against Excel on the web's 5 MB limit.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += code === 0x22 || code === 0x5c ? 2 : code < 0x20 ? 6 : 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const encoder = new TextEncoder();

export function jsonSize(value: unknown): number {
  if (typeof value === "string") return utf8Length(value) + 2;
  if (typeof value !== "object" || value === null) return value === undefined ? 4 : String(value).length;
  return encoder.encode(JSON.stringify(value)).length;
}
