/**
 * The greedy word wrap behind the row-height estimates, over one paragraph given as offsets into a text
 * (no slices). Latin words stay whole unless longer than a line; CJK text may break between any two
 * characters, as Excel breaks it; spaces may hang past the edge. Characters outside the basic plane
 * (CJK extensions, emoji) count as wide.
 *
 * Two ways to the same result. `wrapRange` looks at every character and adds up widths in points. Most
 * paragraphs hold no wide character, and then every character is as wide as every other: a line is a
 * number of characters, and `wrapNarrowRange` jumps from line to line, reading only the characters
 * around each line's end. It is used only when whole characters per line are unambiguous (see
 * `charsPerLine`), so that both ways give the same lines to the last one.
 *
 * Both run over every annex text, so neither allocates nor uses closures (a variable a closure captures
 * lives on the heap, and each float stored there is a new allocation).
 */

/**
 * Code units that `wrapRange` sets wide: full-width characters (as `isWide` lists them) and high
 * surrogates (the first half of a character outside the basic plane). Kept in step with `isWide` by a
 * test over every code unit.
 */
const WIDE_UNIT =
  /[\u1100-\u115f\u2014\u2018\u2019\u201c\u201d\u2e80-\ua4cf\uac00-\ud7a3\ud800-\udbff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/g;

/** True for characters set at full width: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
export function isWide(codePoint: number): boolean {
  // Fast path: Latin, Greek, Cyrillic, Arabic and most other scripts come before the first wide block.
  if (codePoint < 0x1100) return false;
  return (
    codePoint <= 0x115f ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd) ||
    // Curly quotes and the em dash are full width in CJK fonts (“ ” ‘ ’ —).
    codePoint === 0x2018 ||
    codePoint === 0x2019 ||
    codePoint === 0x201c ||
    codePoint === 0x201d ||
    codePoint === 0x2014
  );
}

export function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

/**
 * Offset of the first code unit at or after `from` that `wrapRange` sets wide, or the text's length when
 * there is none. One native scan.
 *
 * @example firstWideUnit("Rapport “final”", 0) // 8
 */
export function firstWideUnit(text: string, from: number): number {
  WIDE_UNIT.lastIndex = from;
  return WIDE_UNIT.test(text) ? WIDE_UNIT.lastIndex - 1 : text.length;
}

/**
 * How many narrow characters fit on a line, or 0 when that number is too close to call: `wrapRange` adds
 * widths in floating point, and only when `n` characters fit with room to spare and `n + 1` overflow by
 * more than any rounding can do does counting characters give exactly its lines. With the widths the
 * sheets use the room is a good part of a character.
 *
 * @example charsPerLine(292, 5.6) // 52: 52 characters take 291.2 points, 53 would take 296.8
 */
export function charsPerLine(available: number, narrow: number): number {
  const chars = Math.floor(available / narrow);
  // Rounding in a sum of a few thousand terms stays far below a millionth of the line.
  const tolerance = 1e-6 * available;
  return available - chars * narrow > tolerance && (chars + 1) * narrow - available > tolerance ? chars : 0;
}

/** A word starting at `start`: the run of narrow characters up to the next space or wide character. */
function wordEnd(text: string, start: number, to: number): number {
  let end = start + 1;
  while (end < to) {
    const next = text.charCodeAt(end);
    if (next < 0x1100) {
      if (next === 0x20) break;
    } else if (isHighSurrogate(next) || isWide(next)) {
      break;
    }
    end++;
  }
  return end;
}

/**
 * Wraps `text` from `from` up to `to`, looking at every character. Returns the number of lines; when
 * `lineStarts` is given, the offset of every line after the first is pushed to it. `available` is the
 * width of the text area in points, `narrow` and `wide` the widths of the two kinds of character.
 */
export function wrapRange(
  text: string,
  from: number,
  to: number,
  available: number,
  narrow: number,
  wide: number,
  lineStarts: number[] | null,
): number {
  let lines = 1;
  let lineWidth = 0;
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (unit === 0x20) {
      lineWidth += narrow;
      i++;
      continue;
    }
    if (unit >= 0x1100 && (isHighSurrogate(unit) || isWide(unit))) {
      if (lineWidth > 0 && lineWidth + wide > available) {
        lines++;
        lineWidth = 0;
        if (lineStarts !== null) lineStarts.push(i);
      }
      lineWidth += wide;
      i += isHighSurrogate(unit) ? 2 : 1;
      continue;
    }
    const end = wordEnd(text, i, to);
    const wordWidth = (end - i) * narrow;
    if (lineWidth + wordWidth > available && lineWidth > 0) {
      lines++;
      lineWidth = 0;
      if (lineStarts !== null) lineStarts.push(i);
    }
    if (lineWidth + wordWidth <= available) {
      lineWidth += wordWidth;
    } else {
      // A word longer than the line: break it wherever the width runs out.
      for (let at = i; at < end; at++) {
        if (lineWidth > 0 && lineWidth + narrow > available) {
          lines++;
          lineWidth = 0;
          if (lineStarts !== null) lineStarts.push(at);
        }
        lineWidth += narrow;
      }
    }
    i = end;
  }
  return lines;
}

/**
 * Wraps `text` from `from` up to `to`, which holds no wide character, at `perLine` characters a line
 * (from `charsPerLine`, not 0): the same lines as `wrapRange`, found line by line. A line that starts
 * at `start` keeps every word that ends by `start + perLine`; spaces there hang; the word that crosses
 * that point starts the next line, unless it started the line itself, in which case it is cut there.
 */
export function wrapNarrowRange(
  text: string,
  from: number,
  to: number,
  perLine: number,
  lineStarts: number[] | null,
): number {
  let lines = 1;
  let start = from;
  for (;;) {
    const edge = start + perLine;
    if (edge >= to) return lines;
    let next: number;
    if (text.charCodeAt(edge) === 0x20) {
      // Words up to the edge fit and the spaces after them hang: the next word starts a line, if any.
      next = edge + 1;
      while (next < to && text.charCodeAt(next) === 0x20) next++;
      if (next >= to) return lines;
    } else {
      // A word crosses the edge. Its start (after the last space before the edge) starts the next line,
      // unless the word began this line (or began before it, as the rest of a long word): then it is cut.
      // The search stops at the line's start, so a long word is not searched again for every line.
      let wordStart = edge;
      while (wordStart > start && text.charCodeAt(wordStart - 1) !== 0x20) wordStart--;
      next = wordStart > start ? wordStart : edge;
    }
    lines++;
    if (lineStarts !== null) lineStarts.push(next);
    start = next;
  }
}
