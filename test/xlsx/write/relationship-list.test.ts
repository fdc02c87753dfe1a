import fc from "fast-check";
import { listRelationships, namespacedRelationships } from "../../../src/xlsx/write/relationship-list";
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

const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const attribute = fc.oneof(
  fc.constantFrom(
    'Id="rId1"',
    'Type="t&amp;u"',
    'Target="../a.xml"',
    'Target="https://x.org/?a=1&amp;b=2"',
    'TargetMode="External"',
    'r:Id="rId9"',
    `xmlns="${REL_NS}"`,
    'xmlns="urn:other"',
    'xmlns=""',
    `xmlns:r="${REL_NS}"`,
    'xmlns="http://www.w3.org/2000/xmlns/"',
    'xmlns="http://www.w3.org/XML/1998/namespace"',
    'xml:space="preserve"',
    'Id="&undefined;"',
    'Id="a" Id="b"',
  ),
);
const element = (names: readonly string[], inner: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom(...names), fc.array(attribute, { maxLength: 4 }), inner, fc.boolean())
    .map(([name, attributes, content, selfClosing]) => {
      const open = `<${[name, ...attributes].join(" ")}`;
      return selfClosing ? `${open}/>` : `${open}>${content}</${name}>`;
    });
const child = element(
  ["Relationship", "r:Relationship", "x:Relationship", "Other"],
  fc.constantFrom("", "text", '<Relationship Id="deep"/>', "<!-- c -->", "<![CDATA[x]]>"),
);
const document = fc
  .tuple(
    fc.constantFrom(
      "",
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<?pi data?>",
      "<?a:b data?>",
      "<!DOCTYPE r>",
    ),
    element(
      ["Relationships", "r:Relationships", "Other"],
      fc.array(child, { maxLength: 4 }).map((c) => c.join("")),
    ),
    fc.option(fc.nat(), { nil: undefined }),
  )
  .map(([prolog, root, cut]) => {
    const whole = `${prolog}${root}`;
    return cut === undefined ? whole : whole.slice(0, cut % (whole.length + 1));
  });

function outcome(read: () => unknown): unknown {
  try {
    return { ok: read() };
  } catch (error) {
    return { error: (error as Error).constructor.name, message: (error as Error).message };
  }
}

describe("listRelationships", () => {
  it("reads exactly what the namespace-aware parse reads, or refuses alike, for any document", () => {
    fc.assert(
      fc.property(document, (xml) => {
        expect(outcome(() => listRelationships(xml, "p.rels"))).toEqual(
          outcome(() => namespacedRelationships(xml, "p.rels")),
        );
      }),
      { numRuns: 3000 },
    );
  });
});
