/**
 * The URL to link to when `address` is an absolute http or https URL, else null: javascript:, file:,
 * mailto:, relative paths and anything with spaces or control characters never become hyperlinks.
 *
 * @example webLinkTarget("https://www.unjiu.org/") // "https://www.unjiu.org/"
 * @example webLinkTarget("javascript:alert(1)") // null
 */
export function webLinkTarget(address: string): string | null {
  let target = known.get(address);
  if (target === undefined) {
    target = parsedWebLinkTarget(address);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(address, target);
  }
  return target;
}

/**
 * Targets already worked out, by address: an annex links each report wherever it lists it, and parsing
 * a URL costs far more than a lookup. Bounded; forgetting only means parsing again.
 */
const known = new Map<string, string | null>();
const MAX_KNOWN = 20_000;

function parsedWebLinkTarget(address: string): string | null {
  if (!/^https?:\/\/[^\s\u0000-\u001F\u007F]+$/i.test(address)) return null;
  try {
    const url = new URL(address);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? url.href : null;
  } catch {
    return null;
  }
}
