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

export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case "string":
      return utf8Length(value) + 2;
    case "number":
      return Number.isFinite(value) ? String(value).length : 4;
    case "boolean":
      return value ? 4 : 5;
    case "object": {
      if (Array.isArray(value)) {
        let bytes = 2 + Math.max(0, value.length - 1);
        for (const item of value) bytes += jsonSize(item);
        return bytes;
      }
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      let bytes = 2 + Math.max(0, entries.length - 1);
      for (const [key, item] of entries) bytes += utf8Length(key) + 3 + jsonSize(item);
      return bytes;
    }
    default:
      return 4;
  }
}
