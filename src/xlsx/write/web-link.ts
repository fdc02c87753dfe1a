/**
 * The URL to link to when `address` is an absolute http or https URL, else null: javascript:, file:,
 * mailto:, relative paths and anything with spaces or control characters never become hyperlinks.
 *
 * @example webLinkTarget("https://www.unjiu.org/") // "https://www.unjiu.org/"
 * @example webLinkTarget("javascript:alert(1)") // null
 */
export function webLinkTarget(address: string): string | null {
  if (!/^https?:\/\/[^\s\u0000-\u001F\u007F]+$/i.test(address)) return null;
  try {
    const url = new URL(address);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? url.href : null;
  } catch {
    return null;
  }
}
