/**
 * The address of a link the sheets may make clickable: only absolute http and https URLs with a host.
 * Anything else (relative paths, mailto:, javascript:, file:) stays plain text.
 *
 * @example httpAddress(" https://www.unjiu.org/ ") // "https://www.unjiu.org/"
 * @example httpAddress("javascript:alert(1)") // null
 */
export function httpAddress(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  if (!/^https?:\/\/[^\s/?#]+\S*$/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "" ? trimmed : null;
  } catch {
    return null;
  }
}
