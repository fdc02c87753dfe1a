/**
 * The faster wrap (offsets instead of slices, whole lines at a time where every character is narrow)
 * gives exactly the lines of the wrap it replaced, kept in `text-metrics-reference.ts`: on random texts
 * mixing words, long words, runs of spaces, CJK, curly quotes, surrogate pairs, lone surrogates and every
 * kind of line break, at random widths and fonts, near-ties between characters and line widths included.
 */
import fc from "fast-check";
import { charsPerLine, firstWideUnit, isHighSurrogate, isWide } from "../../src/layout/line-wrap";
import {
  estimateHeight,
  estimateLines,
  hasWide,
  splitForRows,
  splitForRowsMeasured,
  wrapParagraph,
  type FontMetrics,
} from "../../src/layout/text-metrics";
import * as reference from "./text-metrics-reference";
import { NUM_RUNS } from "../properties/runs";

const TOKENS = [
  "a",
  "of",
  "the",
  "implementation",
  "recommendation,",
  " ",
  " ",
  " ",
  "  ",
  "\u00a0",
  "\t",
  "é",
  "–", // en dash: above U+1100 but narrow
  "中",
  "联合国",
  "“",
  "”",
  "—",
  "😀",
  "𠀀",
  "\ud83d", // a lone high surrogate
  "\udc00", // a lone low surrogate
  "\n",
  "\r\n",
  "\r",
] as const;

const longWord = fc.integer({ min: 20, max: 400 }).map((length) => "x".repeat(length));
const token = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: longWord },
);
const text = fc.array(token, { maxLength: 400 }).map((tokens) => tokens.join(""));
const narrowText = fc
  .array(fc.oneof(fc.constantFrom("a", "word", "implementation", " ", "  ", "é"), longWord), {
    maxLength: 400,
  })
  .map((tokens) => tokens.join(""));

const font: fc.Arbitrary<FontMetrics> = fc.record(
  {
    fontSize: fc.oneof(
      fc.integer({ min: 6, max: 20 }),
      fc.double({ min: 6, max: 20, noNaN: true, noDefaultInfinity: true }),
    ),
    bold: fc.boolean(),
  },
  { requiredKeys: ["fontSize"] },
);

/** Widths of every kind, and widths where a whole number of narrow characters fills the line exactly. */
function widthFor(fontMetrics: FontMetrics): fc.Arbitrary<number> {
  const narrow = 0.5 * fontMetrics.fontSize * (fontMetrics.bold ? 1.08 : 1);
  return fc.oneof(
    fc.integer({ min: 1, max: 700 }),
    fc.double({ min: 1, max: 700, noNaN: true, noDefaultInfinity: true }),
    fc
      .tuple(fc.integer({ min: 1, max: 100 }), fc.constantFrom(0, 1e-12, -1e-12, 1e-9, -1e-9))
      .map(([chars, nudge]) => 8 + chars * narrow + nudge),
  );
}

const case_ = (texts: fc.Arbitrary<string>) =>
  font.chain((f) => fc.tuple(texts, widthFor(f), fc.constant(f)));

const options = { numRuns: NUM_RUNS };

describe("the wrap gives exactly the lines of the wrap it replaced", () => {
  it("sets the same code units wide as isWide and the surrogate test", () => {
    const disagreements: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const wide = firstWideUnit(String.fromCharCode(unit), 0) === 0;
      if (wide !== (isHighSurrogate(unit) || isWide(unit))) disagreements.push(unit);
    }
    expect(disagreements).toEqual([]);
  });

  it("counts characters per line only when the count is clear", () => {
    expect(charsPerLine(292, 5.6)).toBe(52);
    expect(charsPerLine(5.6 * 50, 5.6)).toBe(0); // 50 characters fill the line exactly: too close to call
    expect(charsPerLine(5.6 * 50 + 1e-9, 5.6)).toBe(0);
  });

  it("estimates the same lines and heights", () => {
    fc.assert(
      fc.property(case_(text), ([value, width, f]) => {
        expect(estimateLines(value, width, f)).toBe(reference.estimateLines(value, width, f));
        expect(estimateHeight(value, width, f)).toBe(reference.estimateHeight(value, width, f));
      }),
      options,
    );
  });

  it("estimates the same lines for text of narrow characters only", () => {
    fc.assert(
      fc.property(case_(narrowText), ([value, width, f]) => {
        expect(estimateLines(value, width, f)).toBe(reference.estimateLines(value, width, f));
      }),
      options,
    );
  });

  it("wraps a paragraph into the same lines", () => {
    const paragraph = fc.oneof(text, narrowText).map((value) => value.replace(/\n/g, " "));
    fc.assert(
      fc.property(case_(paragraph), ([value, width, f]) => {
        expect(wrapParagraph(value, width, f)).toEqual(reference.wrapParagraph(value, width, f));
      }),
      options,
    );
  });

  it("cuts text too tall for a row into the same pieces, each with its exact line count", () => {
    // Tall texts: many paragraphs, or one long paragraph, at narrow widths.
    const tall = fc
      .array(fc.oneof(text, narrowText), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join("\n"));
    fc.assert(
      fc.property(case_(tall), ([value, width, f]) => {
        const expected = reference.splitForRows(value, width, f);
        expect(splitForRows(value, width, f)).toEqual(expected);
        const measured = splitForRowsMeasured(value, width, f);
        expect(measured.map((piece) => piece.value)).toEqual(expected);
        expect(measured.map((piece) => piece.lines)).toEqual(
          expected.map((piece) => reference.estimateLines(piece, width, f)),
        );
        expect(measured.map((piece) => piece.wide)).toEqual(expected.map((piece) => hasWide(piece)));
      }),
      options,
    );
  });
});
