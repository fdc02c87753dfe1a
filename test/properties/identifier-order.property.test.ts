/**
 * Recommendation identifiers as the JIU writes them ("3", "3(a)", "3.1", "4 bis", "(b)", informal ones):
 * their order is a total order (what sorting needs), and it is the natural one (2 < 3 < 3(a) < 3(b) < 10).
 */
import fc from "fast-check";
import type { RecommendationId } from "../../src/core/model";
import { parseRecommendationId } from "../../src/core/parse";
import { compareRecommendationIds } from "../../src/core/recommendation-order";
import { NUM_RUNS } from "./runs";

/** What an identifier means, independently of how it is written: the model the natural order is checked against. */
type Meaning =
  | { readonly kind: "number"; readonly n: number }
  | { readonly kind: "decimal"; readonly n: number; readonly part: number }
  | { readonly kind: "latin"; readonly n: number; readonly rank: number }
  | { readonly kind: "letter"; readonly n: number; readonly letter: string }
  | { readonly kind: "letterOnly"; readonly letter: string }
  | { readonly kind: "unnumbered" };

const LATIN = ["bis", "ter", "quater"];
const letter = fc.constantFrom("a", "b", "c", "d", "e", "f");
const number = fc.integer({ min: 1, max: 30 });

/** A meaning and one of the ways a register writes it (case, spaces, brackets, full-width digits). */
const writtenId: fc.Arbitrary<readonly [Meaning, string]> = fc.oneof(
  fc
    .tuple(number, fc.boolean())
    .map(([n, wide]): [Meaning, string] => [
      { kind: "number", n },
      wide ? String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : String(n),
    ]),
  fc
    .tuple(number, fc.integer({ min: 1, max: 12 }))
    .map(([n, part]): [Meaning, string] => [{ kind: "decimal", n, part }, `${n}.${part}`]),
  fc
    .tuple(number, fc.integer({ min: 0, max: 2 }), fc.boolean())
    .map(([n, rank, upper]): [Meaning, string] => [
      { kind: "latin", n, rank },
      `${n} ${upper ? (LATIN[rank] ?? "").toUpperCase() : LATIN[rank]}`,
    ]),
  fc
    .tuple(number, letter, fc.constantFrom("(%)", " (%)", "%", "%)"), fc.boolean())
    .map(([n, l, form, upper]): [Meaning, string] => [
      { kind: "letter", n, letter: l },
      `${n}${form.replace("%", upper ? l.toUpperCase() : l)}`,
    ]),
  fc
    .tuple(letter, fc.constantFrom("(%)", "%)", "%"))
    .map(([l, form]): [Meaning, string] => [{ kind: "letterOnly", letter: l }, form.replace("%", l)]),
  fc
    .constantFrom("Informal recommendations", "informal", "Soft recommendations", "非正式建议")
    .map((text): [Meaning, string] => [{ kind: "unnumbered" }, text]),
);

/** The natural order of meanings: by number; the number alone, then its decimals, Latin suffixes, letters. */
function naturalOrder(a: Meaning, b: Meaning): number {
  const group = (m: Meaning) => (m.kind === "unnumbered" ? 2 : m.kind === "letterOnly" ? 1 : 0);
  if (group(a) !== group(b)) return group(a) - group(b);
  if (a.kind === "unnumbered" || b.kind === "unnumbered") return 0;
  if (a.kind === "letterOnly" || b.kind === "letterOnly") {
    return a.kind === "letterOnly" && b.kind === "letterOnly" ? a.letter.localeCompare(b.letter) : 0;
  }
  if (a.n !== b.n) return a.n - b.n;
  const sub = (m: Meaning): [number, number] => {
    switch (m.kind) {
      case "number":
        return [0, 0];
      case "decimal":
        return [1, m.part];
      case "latin":
        return [2, m.rank];
      case "letter":
        return [3, m.letter.charCodeAt(0)];
      default:
        return [9, 0];
    }
  };
  const [ka, va] = sub(a);
  const [kb, vb] = sub(b);
  return ka - kb || va - vb;
}

function idOf(text: string): RecommendationId {
  const id = parseRecommendationId(text);
  if (id === null) throw new Error(`not read: ${text}`);
  return id;
}

const sign = (n: number) => Math.sign(n);

describe("the order of recommendation identifiers, on 1,000 random triples", () => {
  it("is a total order: antisymmetric, transitive, equal only for the same identifier", () => {
    fc.assert(
      fc.property(writtenId, writtenId, writtenId, ([, a], [, b], [, c]) => {
        const [x, y, z] = [idOf(a), idOf(b), idOf(c)];
        expect(compareRecommendationIds(x, x)).toBe(0);
        expect(sign(compareRecommendationIds(x, y))).toBe(-sign(compareRecommendationIds(y, x)) || 0);
        expect(compareRecommendationIds(x, y) === 0).toBe(x.key === y.key);
        if (compareRecommendationIds(x, y) <= 0 && compareRecommendationIds(y, z) <= 0) {
          expect(compareRecommendationIds(x, z)).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("is the natural order (2 < 3 < 3.1 < 3 bis < 3(a) < 3(b) < 10 < (b) < informal), whatever the writing", () => {
    fc.assert(
      fc.property(writtenId, writtenId, ([meaningA, a], [meaningB, b]) => {
        const natural = sign(naturalOrder(meaningA, meaningB));
        if (natural !== 0) expect(sign(compareRecommendationIds(idOf(a), idOf(b)))).toBe(natural);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("sorts a list into the natural order", () => {
    fc.assert(
      fc.property(fc.array(writtenId, { maxLength: 30 }), (items) => {
        const sorted = [...items].sort(([, a], [, b]) => compareRecommendationIds(idOf(a), idOf(b)));
        for (let i = 1; i < sorted.length; i++) {
          expect(naturalOrder(sorted[i - 1]![0], sorted[i]![0])).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("orders the issue's example as it says", () => {
    const written = ["10", "3(b)", "2", "3(a)", "3", "4 bis", "3.1", "(b)", "Informal recommendations", "4"];
    const sorted = written
      .map(idOf)
      .sort(compareRecommendationIds)
      .map((id) => id.text);
    expect(sorted).toEqual([
      "2",
      "3",
      "3.1",
      "3(a)",
      "3(b)",
      "4",
      "4 bis",
      "10",
      "(b)",
      "Informal recommendations",
    ]);
  });
});
