import type { CliIo, CliOutput } from "./cli-io";

/**
 * Characters a terminal acts on instead of showing: C0 controls, DEL, C1 controls (ESC sequences can
 * clear the screen or set the window title; CSI U+009B does the same on some terminals), and the
 * bidirectional overrides, embeddings, marks and isolates, which can make a line read other than it is.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** The same, except the line feed: what whole output (the CLI's own lines) may still contain. */
const UNSAFE_BUT_NEWLINE =
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/**
 * A text from the workbook made safe to print: every control or bidi character shown as `\uXXXX`.
 * Inside a JSON string the same escape reads back as the original character, so JSON stays true.
 *
 * @example terminalSafe("Report\u001b]0;pwned\u0007") // "Report\\u001b]0;pwned\\u0007"
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** One character of `UNSAFE` (a regular expression without the global flag keeps no state). */
const UNSAFE_CHAR = new RegExp(UNSAFE.source);
const FSI = "\u2068";
const PDI = "\u2069";

/**
 * `terminalSafe` for whole output, whose own line breaks are kept, and so are isolates that open and close
 * in pairs (FSI … PDI). The labels put them around report symbols and numbers in Arabic text; a pair with
 * nothing unsafe inside cannot reorder anything outside itself, while a lone or unmatched one could, and
 * is shown as `\uXXXX` like every other bidi character.
 */
export function terminalSafeOutput(text: string): string {
  const kept = pairedIsolates(text);
  return text.replace(UNSAFE_BUT_NEWLINE, (char, offset: number) =>
    kept.has(offset) ? char : escapeOne(char),
  );
}

/** Offsets of the FSI and PDI characters that match each other, on one line, around safe text. */
function pairedIsolates(text: string): Set<number> {
  const kept = new Set<number>();
  if (!text.includes(FSI)) return kept;
  let open: number[] = [];
  for (let offset = 0; offset < text.length; offset += 1) {
    const char = text[offset] ?? "";
    if (char === FSI) open.push(offset);
    else if (char === PDI && open.length > 0) kept.add(open.pop() ?? 0).add(offset);
    // Anything else unsafe (a line break too) ends every open isolate: none of them is kept.
    else if (UNSAFE_CHAR.test(char)) open = [];
  }
  return kept;
}

/**
 * The CLI's streams, escaping whatever is written: the last guard, so that no field from a workbook
 * (a sheet name in an error, a cell in a finding) reaches the terminal raw, however it was formatted.
 */
export function terminalSafeIo(io: CliIo): CliIo {
  const safe = (out: CliOutput): CliOutput => ({
    write: (text: string) => out.write(terminalSafeOutput(text)),
  });
  return { stdout: safe(io.stdout), stderr: safe(io.stderr) };
}
