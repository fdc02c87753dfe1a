import {
  estimateHeight,
  estimateLines,
  isWide,
  MAX_ROW_HEIGHT,
  splitForRows,
  wrapParagraph,
} from "../../src/layout/text-metrics";

const FONT = { fontSize: 10 };

describe("text metrics", () => {
  it("counts CJK characters and full-width punctuation as wide", () => {
    expect(["中", "。", "（", "“", "한", "カ"].map((c) => isWide(c.codePointAt(0) ?? 0))).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["a", "1", " ", "é", "-"].map((c) => isWide(c.codePointAt(0) ?? 0))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("gives one line to short or empty text and a line per explicit break", () => {
    expect(estimateLines("", 300, FONT)).toBe(1);
    expect(estimateLines("Accepted", 300, FONT)).toBe(1);
    expect(estimateLines("a\nb\nc", 300, FONT)).toBe(3);
  });

  it("never needs fewer lines than the text's true width allows", () => {
    // 100 ideographs of 10 points each in a 300-point column: at least 1000 / 300 lines.
    const text = "联".repeat(100);
    expect(estimateLines(text, 300, FONT)).toBeGreaterThanOrEqual(Math.ceil(1000 / 300));
    // The same number of Latin characters needs fewer lines than the ideographs.
    expect(estimateLines("a".repeat(100), 300, FONT)).toBeLessThan(estimateLines(text, 300, FONT));
  });

  it("keeps words whole and breaks a word longer than the line", () => {
    const lines = wrapParagraph("implementation implementation", 90, FONT);
    expect(lines.map((line) => "implementation implementation".slice(line.start, line.end).trim())).toEqual([
      "implementation",
      "implementation",
    ]);
    const long = "x".repeat(60);
    const pieces = wrapParagraph(long, 60, FONT);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((line) => long.slice(line.start, line.end)).join("")).toBe(long);
  });

  it("cuts text too tall for one row into pieces that each fit", () => {
    const paragraph = "联合国系统各组织的行政首长应确保。".repeat(60);
    const pieces = splitForRows(paragraph, 300, FONT);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("")).toBe(paragraph);
    for (const piece of pieces) expect(estimateHeight(piece, 300, FONT)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  });

  it("cuts between paragraphs when it can", () => {
    const paragraphs = Array.from({ length: 12 }, (_, i) => `${i}: ${"联".repeat(150)}`);
    const text = paragraphs.join("\n");
    const pieces = splitForRows(text, 300, FONT);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join("\n")).toBe(text);
    for (const piece of pieces) expect(estimateHeight(piece, 300, FONT)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  });

  it("leaves text that fits as one piece", () => {
    expect(splitForRows("Short text.\nSecond line.", 300, FONT)).toEqual(["Short text.\nSecond line."]);
    expect(splitForRows("", 300, FONT)).toEqual([""]);
  });
});
