/**
 * The text metrics as they were before the performance work (commit 0fbde6b, src/layout/text-metrics.ts),
 * kept verbatim apart from this comment, the unused `singleLineWidth`, and issue 13's constants (a Latin
 * character 0.5 em, not 0.56; text without CJK characters, curly quotes and em dashes aside, 1.3 em a
 * line): the oracle that
 * `text-metrics-equivalence.test.ts` holds the faster wrap to, line for line.
 */
/** Excel refuses row heights above this many points. */
export const MAX_ROW_HEIGHT = 409;
/** Width of a Latin character, in ems (Calibri's average is about 0.5). */
const NARROW_EM = 0.5;
/** Width of a CJK (full-width) character, in ems. */
const WIDE_EM = 1.05;
const BOLD_FACTOR = 1.08;
/** Line height in ems: CJK fonts in LibreOffice set taller lines than Calibri in Excel. */
const LINE_EM = 1.5;
/** Points lost to the cell's left and right margins. */
const HORIZONTAL_PADDING = 8;
/** Points added above and below the text. */
const VERTICAL_PADDING = 5;

export interface FontMetrics {
  readonly fontSize: number;
  readonly bold?: boolean;
}

/** True for characters set at full width: CJK ideographs, kana, hangul, full-width forms and CJK punctuation. */
export function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
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

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}

/** A line of a wrapped paragraph: [start, end) offsets into the paragraph. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Greedy word wrap of one paragraph (no line breaks inside): Latin words stay whole unless longer than
 * a line; CJK text may break between any two characters, as Excel breaks it; spaces may hang past the
 * edge. One pass over the characters; `onLine` hears of each finished line. Returns the number of lines.
 * Characters outside the basic plane (CJK extensions, emoji) count as wide.
 */
function wrap(
  paragraph: string,
  widthPoints: number,
  font: FontMetrics,
  onLine?: (start: number, end: number) => void,
): number {
  const available = Math.max(widthPoints - HORIZONTAL_PADDING, font.fontSize);
  const scale = font.fontSize * (font.bold ? BOLD_FACTOR : 1);
  const narrow = NARROW_EM * scale;
  const wide = WIDE_EM * scale;
  const length = paragraph.length;
  let lines = 0;
  let lineStart = 0;
  let lineWidth = 0;
  const newLine = (at: number): void => {
    onLine?.(lineStart, at);
    lines++;
    lineStart = at;
    lineWidth = 0;
  };
  let i = 0;
  while (i < length) {
    const unit = paragraph.charCodeAt(i);
    if (unit === 0x20) {
      lineWidth += narrow;
      i++;
      continue;
    }
    if (isHighSurrogate(unit) || isWide(unit)) {
      if (lineWidth > 0 && lineWidth + wide > available) newLine(i);
      lineWidth += wide;
      i += isHighSurrogate(unit) ? 2 : 1;
      continue;
    }
    // A word: the run of narrow characters up to the next space or wide character.
    let end = i;
    while (end < length) {
      const next = paragraph.charCodeAt(end);
      if (next === 0x20 || isHighSurrogate(next) || isWide(next)) break;
      end++;
    }
    const wordWidth = (end - i) * narrow;
    if (lineWidth + wordWidth > available && lineWidth > 0) newLine(i);
    if (lineWidth + wordWidth <= available) {
      lineWidth += wordWidth;
    } else {
      // A word longer than the line: break it wherever the width runs out.
      for (let at = i; at < end; at++) {
        if (lineWidth > 0 && lineWidth + narrow > available) newLine(at);
        lineWidth += narrow;
      }
    }
    i = end;
  }
  newLine(length);
  return lines;
}

/** The lines of one wrapped paragraph, as offsets. */
export function wrapParagraph(paragraph: string, widthPoints: number, font: FontMetrics): LineSpan[] {
  const lines: LineSpan[] = [];
  wrap(paragraph, widthPoints, font, (start, end) => lines.push({ start, end }));
  return lines;
}

/** Lines a wrapped cell of that width needs; explicit line breaks start new lines. */
export function estimateLines(text: string, widthPoints: number, font: FontMetrics): number {
  let lines = 0;
  let start = 0;
  // Paragraph by paragraph without splitting the text into an array (this runs for every cell).
  for (;;) {
    const breakAt = text.indexOf("\n", start);
    const end = breakAt === -1 ? text.length : breakAt;
    const paragraphEnd = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    lines += wrap(start === 0 && breakAt === -1 ? text : text.slice(start, paragraphEnd), widthPoints, font);
    if (breakAt === -1) break;
    start = breakAt + 1;
  }
  return Math.max(lines, 1);
}

/** Points one line takes at this font size. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * LINE_EM);
}

/** Row height, in points, that shows all of a wrapped text; may exceed MAX_ROW_HEIGHT (see splitForRows). */
export function estimateHeight(text: string, widthPoints: number, font: FontMetrics): number {
  const shared = [0x2014, 0x2018, 0x2019, 0x201c, 0x201d];
  const wide = [...text].some(
    (c) => isWide(c.codePointAt(0) ?? 0) && !shared.includes(c.codePointAt(0) ?? 0),
  );
  const perLine = wide ? lineHeight(font.fontSize) : Math.ceil(font.fontSize * 1.3);
  return estimateLines(text, widthPoints, font) * perLine + VERTICAL_PADDING;
}

/** How many lines fit in one row of at most MAX_ROW_HEIGHT points. */
export function maxLinesPerRow(fontSize: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - VERTICAL_PADDING) / lineHeight(fontSize)));
}

/**
 * Cuts a text too tall for one row into pieces that each fit a row: whole paragraphs while they fit,
 * a paragraph taller than a row at line boundaries. Joined with line breaks the pieces give the text back,
 * apart from the line breaks at the cuts.
 */
export function splitForRows(text: string, widthPoints: number, font: FontMetrics): string[] {
  const maxLines = maxLinesPerRow(font.fontSize);
  if (estimateLines(text, widthPoints, font) <= maxLines) return [text];
  const pieces: string[] = [];
  let current: string[] = [];
  let currentLines = 0;
  const flush = (): void => {
    if (current.length > 0) pieces.push(current.join("\n"));
    current = [];
    currentLines = 0;
  };
  for (const paragraph of text.split(/\r?\n/)) {
    const lines = wrapParagraph(paragraph, widthPoints, font);
    if (currentLines + lines.length <= maxLines) {
      current.push(paragraph);
      currentLines += lines.length;
      continue;
    }
    flush();
    if (lines.length <= maxLines) {
      current.push(paragraph);
      currentLines = lines.length;
      continue;
    }
    for (let first = 0; first < lines.length; first += maxLines) {
      const last = Math.min(first + maxLines, lines.length) - 1;
      const start = lines[first]?.start ?? 0;
      const end = lines[last]?.end ?? paragraph.length;
      current.push(paragraph.slice(start, end));
      currentLines = last - first + 1;
      if (last < lines.length - 1) flush();
    }
  }
  flush();
  return pieces.length > 0 ? pieces : [""];
}
