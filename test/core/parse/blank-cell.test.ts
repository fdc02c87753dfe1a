import { isBlankCell } from "../../../src/core/parse/cell";

/** What a blank cell is: whitespace and invisible characters only (the definition the fast path must keep). */
const ONLY_INVISIBLE = /^[\s\u200B-\u200D\u2060\uFEFF\u00AD]*$/;

describe("isBlankCell", () => {
  it("agrees with the definition for every code unit, alone and followed by text, a space or a zero-width space", () => {
    const disagreements: string[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const first = String.fromCharCode(unit);
      for (const text of [first, `${first}a`, `${first} `, `${first}\u200b`]) {
        if (isBlankCell(text) !== ONLY_INVISIBLE.test(text)) disagreements.push(JSON.stringify(text));
      }
    }
    expect(disagreements).toEqual([]);
  });

  it("reads null, empty text and invisible text as blank, and anything else as not", () => {
    expect([null, undefined, "", " \u00a0\u3000", "\u200b\ufeff"].map(isBlankCell)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(
      ["a", " a", "联合国", 0, false, { kind: "error", code: "#N/A" } as const].map(isBlankCell),
    ).toEqual([false, false, false, false, false, false]);
  });
});
