/**
 * Issue 15: in Arabic sentences, Latin report symbols, dates and numbers put in by parameters are set apart
 * with Unicode isolates (FSI … PDI), so the bidirectional algorithm keeps their order and the punctuation
 * around them in place; left-to-right languages are untouched.
 */
import { bidiParams, FSI, isolated, PDI } from "../../src/labels/bidi";
import { fillPlaceholders, formatLabel } from "../../src/labels/lookup";

describe("isolated", () => {
  it.each([
    ["JIU/REP/2021/3", `${FSI}JIU/REP/2021/3${PDI}`],
    ["7", `${FSI}7${PDI}`],
    ["2, 5 و 8", `${FSI}2, 5 و 8${PDI}`],
    ["28 فبراير 2023", `${FSI}28 فبراير 2023${PDI}`],
    ["الجمعية العامة", "الجمعية العامة"],
    ["", ""],
    [`${FSI}JIU/REP/2021/3${PDI}`, `${FSI}JIU/REP/2021/3${PDI}`],
  ])("%j → %j", (value, expected) => {
    expect(isolated(value)).toBe(expected);
  });
});

describe("bidiParams", () => {
  const params = { symbol: "JIU/REP/2021/3", count: 3, body: "الجمعية العامة" };

  it("isolates Latin text and numbers in Arabic, not Arabic text", () => {
    expect(bidiParams(params, "ar")).toEqual({
      symbol: `${FSI}JIU/REP/2021/3${PDI}`,
      count: `${FSI}3${PDI}`,
      body: "الجمعية العامة",
    });
  });

  it.each(["en", "zh", "fr", "ru", "es"] as const)("leaves %s as it is", (lang) => {
    expect(bidiParams(params, lang)).toBe(params);
  });

  it("keeps an Arabic sentence's parts in logical order, each symbol whole inside its isolate", () => {
    const sentence = fillPlaceholders(
      "التوصية {number} من التقرير {symbol}.",
      bidiParams({ number: "3(a)", symbol: "JIU/REP/2021/3" }, "ar"),
    );
    expect(sentence).toBe(`التوصية ${FSI}3(a)${PDI} من التقرير ${FSI}JIU/REP/2021/3${PDI}.`);
  });

  it("is what formatLabel does: English labels get no isolates", () => {
    expect(formatLabel("annex.recommendation", "en", { number: 7 })).toBe("Recommendation 7");
  });
});
