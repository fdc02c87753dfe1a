/**
 * Estimates how many lines a wrapped cell needs, so that row heights cut no text. Excel and LibreOffice
 * measure with different fonts, so the estimate errs on the generous side: Latin characters count a
 * little wider than Calibri's, CJK characters a little wider than a full em, lines a little taller.
 * Everything is linear in the length of the text.
 */

/** Excel refuses row heights above this many points. */
export const MAX_ROW_HEIGHT = 409;
/** Width of a Latin character, in ems (Calibri's average is about 0.5). */
const NARROW_EM = 0.56;
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

function charWidth(codePoint: number, font: FontMetrics): number {
  const em = isWide(codePoint) ? WIDE_EM : NARROW_EM;
  return em * font.fontSize * (font.bold ? BOLD_FACTOR : 1);
}

/** A line of a wrapped paragraph: [start, end) offsets into the paragraph. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * Greedy word wrap of one paragraph (no line breaks inside): Latin words stay whole unless longer than
 * a line; CJK text may break between any two characters, as Excel breaks it.
 */
export function wrapParagraph(paragraph: string, widthPoints: number, font: FontMetrics): LineSpan[] {
  const available = Math.max(widthPoints - HORIZONTAL_PADDING, font.fontSize);
  const lines: LineSpan[] = [];
  let lineStart = 0;
  let lineWidth = 0;
  let index = 0;
  while (index < paragraph.length) {
    // A token: a run of spaces, one wide character, or a run of other non-space characters.
    const tokenStart = index;
    let tokenWidth = 0;
    const first = paragraph.codePointAt(index) ?? 0;
    const isSpace = first === 0x20;
    do {
      const codePoint = paragraph.codePointAt(index) ?? 0;
      if (index > tokenStart && (isWide(codePoint) || (codePoint === 0x20) !== isSpace)) break;
      tokenWidth += charWidth(codePoint, font);
      index += codePoint > 0xffff ? 2 : 1;
      if (isWide(codePoint)) break;
    } while (index < paragraph.length);

    if (lineWidth + tokenWidth <= available || isSpace) {
      lineWidth += tokenWidth;
      continue;
    }
    if (lineWidth > 0) {
      lines.push({ start: lineStart, end: tokenStart });
      lineStart = tokenStart;
      lineWidth = 0;
    }
    if (tokenWidth <= available) {
      lineWidth = tokenWidth;
      continue;
    }
    // A word longer than the line: break it wherever the width runs out.
    let width = 0;
    for (let at = tokenStart; at < index;) {
      const codePoint = paragraph.codePointAt(at) ?? 0;
      const w = charWidth(codePoint, font);
      if (width + w > available && width > 0) {
        lines.push({ start: lineStart, end: at });
        lineStart = at;
        width = 0;
      }
      width += w;
      at += codePoint > 0xffff ? 2 : 1;
    }
    lineWidth = width;
  }
  lines.push({ start: lineStart, end: paragraph.length });
  return lines;
}

/** Lines a wrapped cell of that width needs; explicit line breaks start new lines. */
export function estimateLines(text: string, widthPoints: number, font: FontMetrics): number {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) lines += wrapParagraph(paragraph, widthPoints, font).length;
  return Math.max(lines, 1);
}

/** Points one line takes at this font size. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * LINE_EM);
}

/** Row height, in points, that shows all of a wrapped text; may exceed MAX_ROW_HEIGHT (see splitForRows). */
export function estimateHeight(text: string, widthPoints: number, font: FontMetrics): number {
  return estimateLines(text, widthPoints, font) * lineHeight(font.fontSize) + VERTICAL_PADDING;
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
