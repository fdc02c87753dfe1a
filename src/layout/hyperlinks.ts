/**
 * The address of a link the sheets may make clickable: only absolute http and https URLs with a host.
 * Anything else (relative paths, mailto:, javascript:, file:) stays plain text.
 *
 * @example httpAddress(" https://www.unjiu.org/ ") // "https://www.unjiu.org/"
 * @example httpAddress("javascript:alert(1)") // null
 */
export function httpAddress(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  let address = known.get(text);
  if (address === undefined) {
    address = parsedHttpAddress(text);
    if (known.size >= MAX_KNOWN) known.clear();
    known.set(text, address);
  }
  return address;
}

/**
 * Addresses already looked at, by text: a report's link is asked for by each annex that lists the report,
 * and parsing a URL costs far more than a lookup. Bounded; forgetting only means parsing again.
 */
const known = new Map<string, string | null>();
const MAX_KNOWN = 20_000;

function parsedHttpAddress(text: string): string | null {
  const trimmed = text.trim();
  if (!/^https?:\/\/[^\s/?#]+\S*$/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? trimmed : null;
  } catch {
    return null;
  }
}
