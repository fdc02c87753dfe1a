import fc from "fast-check";
import { listRelationships } from "../../../src/xlsx/write/relationship-list";
import {
  relationshipsAsRead,
  relationshipsXml,
  type Relationship,
} from "../../../src/xlsx/write/relationships-part";

/**
 * The package check trusts `relationshipsAsRead` for the relationships parts the writer makes from a
 * list, instead of parsing them: it must be exactly what the parser reads back from the written XML.
 */
const anyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom("", "a&b<c>\"d'e", "tab\tnew\nline\rcr", "\u0000\u0007\uFFFE\uFFFF", "\uD800 \uDC00 😀"),
);
const relationship: fc.Arbitrary<Relationship> = fc.record({
  id: anyText,
  type: anyText,
  target: anyText,
  external: fc.boolean(),
});

describe("relationshipsAsRead", () => {
  it("is what parsing relationshipsXml gives back, for any text in any field", () => {
    fc.assert(
      fc.property(fc.array(relationship, { maxLength: 8 }), (relationships) => {
        const parsed = listRelationships(relationshipsXml(relationships), "x.rels");
        expect(relationshipsAsRead(relationships)).toEqual(parsed);
      }),
      { numRuns: 500 },
    );
  });

  it("replaces what XML cannot carry, as the parser reads it", () => {
    const [read] = relationshipsAsRead([
      { id: "rId1", type: "t", target: "https://x.org/a\u0001b\uD800", external: true },
    ]);
    expect(read?.target).toBe("https://x.org/a\uFFFDb\uFFFD");
  });
});
