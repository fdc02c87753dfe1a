import {
  escapeXmlAttribute,
  escapeXmlText,
  MAX_CELL_TEXT_LENGTH,
  spreadsheetText,
} from "../../../src/xlsx/write/xml-text";
import { parseXml } from "./xml";

describe("escapeXmlText", () => {
  it.each([
    ["a & b < c > d", "a &amp; b &lt; c &gt; d"],
    ["line\r\nbreak", "line&#xD;\nbreak"],
    ["tab\tkept", "tab\tkept"],
    ["bell\u0007", "bell\uFFFD"],
    ["lone \uD800 surrogate", "lone \uFFFD surrogate"],
    ["pair 😀 kept", "pair 😀 kept"],
  ])("%j → %j", (text, escaped) => {
    expect(escapeXmlText(text)).toBe(escaped);
  });
});

describe("escapeXmlAttribute", () => {
  it("escapes quotes and the whitespace parsers would normalise, and round-trips through a parser", () => {
    const value = `it's "quoted" & <tagged>\tand\nbroken`;
    const document = parseXml(`<a v="${escapeXmlAttribute(value)}"/>`);
    expect(document.documentElement?.getAttribute("v")).toBe(value);
  });
});

describe("spreadsheetText", () => {
  it.each([
    ["plain", "plain"],
    ["=1+1", "=1+1"],
    ["literal _x0041_ stays literal", "literal _x005F_x0041_ stays literal"],
    ["vertical\u000Btab", "vertical_x000B_tab"],
    ["nul\u0000char", "nul_x0000_char"],
    ["a < b", "a &lt; b"],
  ])("%j → %j", (text, written) => {
    expect(spreadsheetText(text)).toBe(written);
  });

  it("cuts text longer than Excel accepts in one cell", () => {
    expect(spreadsheetText("x".repeat(MAX_CELL_TEXT_LENGTH + 10))).toHaveLength(MAX_CELL_TEXT_LENGTH);
    expect(spreadsheetText("x".repeat(MAX_CELL_TEXT_LENGTH))).toHaveLength(MAX_CELL_TEXT_LENGTH);
  });
});
