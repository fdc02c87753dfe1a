/**
 * Estimates how many lines a wrapped cell needs, so that row heights cut no text. Excel and LibreOffice
 * measure with different fonts, so the estimate errs on the generous side: Latin characters count a
 * little wider than Calibri's, CJK characters a little wider than a full em, lines a little taller.
 * Everything is linear in the length of the text.
 */

import {
  charsPerLine,
  firstWideUnit,
  isHighSurrogate,
  isWide,
  wrapNarrowRange,
  wrapRange,
} from "./line-wrap";

export { isWide } from "./line-wrap";

/** Excel refuses row heights above this many points. */
export const MAX_ROW_HEIGHT = 409;
/**
 * Width of a Latin character, in ems. Calibri's (and Carlito's) average over English prose is about 0.45:
 * LibreOffice sets 66 characters a line in the annex's 300-point column. 0.56 wrapped that text in 6
 * lines where it takes 4 (issue 13's blank space); 0.5 still errs on the generous side.
 */
const NARROW_EM = 0.5;
/** Width of a CJK (full-width) character, in ems. */
const WIDE_EM = 1.05;
const BOLD_FACTOR = 1.08;
/** Line height in ems: CJK fonts in LibreOffice set taller lines than Calibri in Excel. */
const LINE_EM = 1.5;
/**
 * Line height in ems of text without CJK characters: Calibri 10 takes 12.75 points a line in Excel,
 * Carlito 10 about 12.2 in LibreOffice; 1.5 em (15 points) left a blank line every six.
 */
const LATIN_LINE_EM = 1.3;
/** Points lost to the cell's left and right margins. */
const HORIZONTAL_PADDING = 8;
/** Points added above and below the text. */
const VERTICAL_PADDING = 5;

export interface FontMetrics {
  readonly fontSize: number;
  readonly bold?: boolean;
}

/** Points per em of the font: its size, a little more when bold. */
function fontScale(font: FontMetrics): number {
  return font.fontSize * (font.bold ? BOLD_FACTOR : 1);
}

/** Width of a cell's text area: the column less its margins, at least one em. */
function availableWidth(widthPoints: number, font: FontMetrics): number {
  return Math.max(widthPoints - HORIZONTAL_PADDING, font.fontSize);
}

/** A line of a wrapped paragraph: [start, end) offsets into the paragraph. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** The lines of one wrapped paragraph (no line breaks inside), as offsets. */
export function wrapParagraph(paragraph: string, widthPoints: number, font: FontMetrics): LineSpan[] {
  const available = availableWidth(widthPoints, font);
  const scale = fontScale(font);
  const perLine = charsPerLine(available, NARROW_EM * scale);
  const starts: number[] = [0];
  if (perLine > 0 && firstWideUnit(paragraph, 0) === paragraph.length) {
    wrapNarrowRange(paragraph, 0, paragraph.length, perLine, starts);
  } else {
    wrapRange(paragraph, 0, paragraph.length, available, NARROW_EM * scale, WIDE_EM * scale, starts);
  }
  return starts.map((start, index) => ({ start, end: starts[index + 1] ?? paragraph.length }));
}

/**
 * Width in points a cell needs to show the text on one line (its widest paragraph), margins included:
 * for text that must not wrap, such as a hyperlink's (LibreOffice does not wrap hyperlinked cells).
 *
 * @example singleLineWidth("首协会评论意见", { fontSize: 10 }) // 81.5
 */
export function singleLineWidth(text: string, font: FontMetrics): number {
  const scale = font.fontSize * (font.bold ? BOLD_FACTOR : 1);
  let widest = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x0a) {
      widest = Math.max(widest, width);
      width = 0;
    } else if (isHighSurrogate(unit)) {
      width += WIDE_EM * scale;
      i++;
    } else {
      width += (isWide(unit) ? WIDE_EM : NARROW_EM) * scale;
    }
  }
  return Math.max(widest, width) + HORIZONTAL_PADDING;
}

/**
 * Lines of the whole text, paragraph by paragraph: a CR before a line break is dropped, and so is one at
 * the very end of a text of several paragraphs (a text of one paragraph is wrapped whole, CR included).
 * Stops counting once past `limit`, where the exact count no longer matters to the caller.
 */
function countLines(
  text: string,
  widthPoints: number,
  font: FontMetrics,
  limit: number,
  firstWide: number = firstWideUnit(text, 0),
): number {
  const available = availableWidth(widthPoints, font);
  const scale = fontScale(font);
  const narrow = NARROW_EM * scale;
  const wide = WIDE_EM * scale;
  const perLine = charsPerLine(available, narrow);
  // Where the next wide character is: paragraphs before it are wrapped by counting characters.
  let nextWide = perLine > 0 ? firstWide : -1;
  let lines = 0;
  let start = 0;
  for (;;) {
    const breakAt = text.indexOf("\n", start);
    const end = breakAt === -1 ? text.length : breakAt;
    const paragraphEnd =
      (start > 0 || breakAt !== -1) && end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    if (perLine > 0 && nextWide < start) nextWide = firstWideUnit(text, start);
    lines +=
      perLine > 0 && nextWide >= paragraphEnd
        ? wrapNarrowRange(text, start, paragraphEnd, perLine, null)
        : wrapRange(text, start, paragraphEnd, available, narrow, wide, null);
    if (breakAt === -1 || lines > limit) break;
    start = breakAt + 1;
  }
  return lines;
}

/** Lines a wrapped cell of that width needs; explicit line breaks start new lines. */
export function estimateLines(text: string, widthPoints: number, font: FontMetrics): number {
  return countLines(text, widthPoints, font, Number.POSITIVE_INFINITY);
}

/** Points one line takes at this font size: taller when the text has CJK characters (`wide`). */
export function lineHeight(fontSize: number, wide = true): number {
  return Math.ceil(fontSize * (wide ? LINE_EM : LATIN_LINE_EM));
}

/**
 * Punctuation that CJK fonts set wide but that English text has too (“ ” ‘ ’ —): it alone does not make
 * a text CJK, which LibreOffice and Excel set in Carlito or Calibri, lines and all.
 */
const SHARED_PUNCTUATION = new Set([0x2014, 0x2018, 0x2019, 0x201c, 0x201d]);

/** Whether a text has a CJK (full-width) character, which sets taller lines. */
export function hasWide(text: string): boolean {
  return hasWideFrom(text, firstWideUnit(text, 0));
}

/** `hasWide`, given where the text's first wide unit is (`firstWideUnit(text, 0)`). */
function hasWideFrom(text: string, firstWide: number): boolean {
  // firstWideUnit also stops at every surrogate pair (emoji among them): look at the character there.
  for (let at = firstWide; at < text.length;) {
    const codePoint = text.codePointAt(at) ?? 0;
    if (isWide(codePoint) && !SHARED_PUNCTUATION.has(codePoint)) return true;
    at = firstWideUnit(text, at + (codePoint > 0xffff ? 2 : 1));
  }
  return false;
}

/** Row height, in points, of a wrapped text of `lines` lines at this font size. */
export function heightOfLines(lines: number, fontSize: number, wide = true): number {
  return lines * lineHeight(fontSize, wide) + VERTICAL_PADDING;
}

/** Row height, in points, that shows all of a wrapped text; may exceed MAX_ROW_HEIGHT (see splitForRows). */
export function estimateHeight(text: string, widthPoints: number, font: FontMetrics): number {
  return heightOfLines(estimateLines(text, widthPoints, font), font.fontSize, hasWide(text));
}

/** How many lines fit in one row of at most MAX_ROW_HEIGHT points. */
export function maxLinesPerRow(fontSize: number): number {
  return Math.max(1, Math.floor((MAX_ROW_HEIGHT - VERTICAL_PADDING) / lineHeight(fontSize)));
}

/**
 * A piece of text for one row, with the lines it takes at the width it was cut for: a cell ready for
 * `SheetBuilder.addRow` (see `CellSpec`), which then need not wrap it again.
 */
export interface RowPiece {
  readonly value: string;
  /** Exactly `estimateLines(text, width, font)`, measured while cutting, so the row need not wrap it again. */
  readonly lines: number;
  /** Exactly `hasWide(value)`, found while measuring, so the row need not scan the text again. */
  readonly wide: boolean;
}

/**
 * Cuts a text too tall for one row into pieces that each fit a row: whole paragraphs while they fit,
 * a paragraph taller than a row at line boundaries. Joined with line breaks the pieces give the text back,
 * apart from the line breaks at the cuts. Each piece comes with its line count, so that the row it goes
 * to need not wrap it again: a text that fits one row is wrapped once in all.
 *
 * @example splitForRowsMeasured("Accepted", 300, { fontSize: 10 }) // [{ value: "Accepted", lines: 1 }]
 */
export function splitForRowsMeasured(text: string, widthPoints: number, font: FontMetrics): RowPiece[] {
  const maxLines = maxLinesPerRow(font.fontSize);
  const firstWide = firstWideUnit(text, 0);
  const lines = countLines(text, widthPoints, font, maxLines, firstWide);
  if (lines <= maxLines) return [{ value: text, lines, wide: hasWideFrom(text, firstWide) }];
  // A text without a wide unit has none in its pieces either.
  const mayBeWide = firstWide < text.length;
  // Without a CR, the paragraphs cut here are the ones estimateLines wraps, so a piece of whole
  // paragraphs takes the sum of their lines; a CR or a cut inside a paragraph is measured again.
  const countsAdd = !text.includes("\r");
  const pieces: RowPiece[] = [];
  let current: string[] = [];
  let currentLines = 0;
  let exact = countsAdd;
  const flush = (): void => {
    if (current.length > 0) {
      const piece = current.join("\n");
      pieces.push({
        value: piece,
        lines: exact ? currentLines : estimateLines(piece, widthPoints, font),
        wide: mayBeWide && hasWide(piece),
      });
    }
    current = [];
    currentLines = 0;
    exact = countsAdd;
  };
  for (const paragraph of text.split(/\r?\n/)) {
    const spans = wrapParagraph(paragraph, widthPoints, font);
    if (currentLines + spans.length <= maxLines) {
      current.push(paragraph);
      currentLines += spans.length;
      continue;
    }
    flush();
    if (spans.length <= maxLines) {
      current.push(paragraph);
      currentLines = spans.length;
      continue;
    }
    for (let first = 0; first < spans.length; first += maxLines) {
      const last = Math.min(first + maxLines, spans.length) - 1;
      const start = spans[first]?.start ?? 0;
      const end = spans[last]?.end ?? paragraph.length;
      current.push(paragraph.slice(start, end));
      currentLines = last - first + 1;
      exact = false;
      if (last < spans.length - 1) flush();
    }
  }
  flush();
  return pieces.length > 0 ? pieces : [{ value: "", lines: 1, wide: false }];
}

/**
 * Cuts a text too tall for one row into pieces that each fit a row (see `splitForRowsMeasured`).
 *
 * @example splitForRows("Accepted", 300, { fontSize: 10 }) // ["Accepted"]
 */
export function splitForRows(text: string, widthPoints: number, font: FontMetrics): string[] {
  return splitForRowsMeasured(text, widthPoints, font).map((piece) => piece.value);
}
