import { compareRecommendationIds } from "../../../src/core/recommendation-order";
import fc from "fast-check";
import type { Recommendation } from "../../../src/core/model";
import { currentStanding, isOutstanding, previousStanding } from "../../../src/core/status";
import { annexContents, newestReportFirst, STATUSES, summarize } from "../../../src/core/summarize";
import { aRecommendation, aRegister, date } from "./builders";

const asOf = date("2023-02-28");
const maybe = <T>(values: readonly T[]) => fc.constantFrom<T | null>(...values, null);

/** Recommendations over few reports and numbers, so that groups, ties and unreadable rows all occur. */
const recommendationArb: fc.Arbitrary<Recommendation> = fc
  .record({
    kind: fc.constantFrom("REP", "NOTE"),
    year: fc.integer({ min: 2016, max: 2022 }),
    reportNumber: fc.integer({ min: 1, max: 4 }),
    reportReadable: fc.boolean(),
    number: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.constant(null)),
    addressee: maybe(["legislative", "executiveHead"] as const),
    acceptance: maybe(["accepted", "notAccepted", "underConsideration", "notRelevant"] as const),
    implementation: maybe(["implemented", "inProgress", "notStarted"] as const),
    previousAcceptance: fc.constantFrom("accepted", "underConsideration", "notRelevant", null, undefined),
    previousImplementation: fc.constantFrom("implemented", "inProgress", "notStarted", null, undefined),
  })
  .map((fields) => {
    const text = `JIU/${fields.kind}/${fields.year}/${fields.reportNumber}`;
    return aRecommendation({
      ...fields,
      report: fields.reportReadable ? text : null,
      reportTitle: `Title of ${text}`,
    });
  });

const registerArb = fc.array(recommendationArb, { maxLength: 60 });

const usable = (rec: Recommendation) =>
  rec.report !== null && rec.number !== null && rec.addressee !== null && rec.acceptance !== null;

describe("summary properties", () => {
  it("byYear counts add up to the total, and the total to the usable rows", () => {
    fc.assert(
      fc.property(registerArb, (recs) => {
        const summary = summarize(aRegister(recs), asOf);
        const counted = summary.byYear.reduce(
          (sum, row) => sum + STATUSES.reduce((s, st) => s + row[st], 0),
          0,
        );
        expect(counted).toBe(summary.total);
        expect(summary.total).toBe(recs.filter(usable).length);
        expect(summary.rates.overall.total).toBe(summary.total);
        expect(summary.rates.legislative.total + summary.rates.executiveHead.total).toBe(summary.total);
      }),
    );
  });

  it("every outstanding recommendation appears exactly once in its annex; a closed one only if it was outstanding before", () => {
    fc.assert(
      fc.property(registerArb, (recs) => {
        const register = aRegister(recs);
        for (const addressee of ["legislative", "executiveHead"] as const) {
          const shown = annexContents(register, addressee).flatMap((year) =>
            year.reports.flatMap((group) => group.recommendations),
          );
          expect(new Set(shown).size).toBe(shown.length);
          for (const rec of recs.filter((r) => usable(r) && r.addressee === addressee && isOutstanding(r))) {
            expect(shown).toContain(rec);
          }
          for (const rec of shown) {
            expect(rec.addressee).toBe(addressee);
            if (currentStanding(rec) === "closed") expect(previousStanding(rec)).toBe("outstanding");
          }
        }
      }),
    );
  });

  it("outstanding counts match the active reports' counts", () => {
    fc.assert(
      fc.property(registerArb, (recs) => {
        const summary = summarize(aRegister(recs), asOf);
        const fromReports = summary.activeReports.reduce(
          (sum, report) => ({
            legislative: sum.legislative + report.legislative,
            executiveHead: sum.executiveHead + report.executiveHead,
          }),
          { legislative: 0, executiveHead: 0 },
        );
        expect(fromReports).toEqual(summary.outstanding);
        for (const report of summary.activeReports)
          expect(report.legislative + report.executiveHead).toBeGreaterThan(0);
      }),
    );
  });

  it("orders reports newest first and numbers strictly ascending", () => {
    fc.assert(
      fc.property(registerArb, (recs) => {
        const summary = summarize(aRegister(recs), asOf);
        const groups = summary.proposedForClosure;
        for (let i = 1; i < groups.length; i++) {
          expect(newestReportFirst(groups[i - 1]!.report, groups[i]!.report)).toBeLessThan(0);
        }
        for (const group of groups) {
          group.recommendations.forEach(
            (n, i) =>
              i > 0 && expect(compareRecommendationIds(group.recommendations[i - 1]!, n)).toBeLessThan(0),
          );
        }
        const years = summary.byYear.map((row) => row.year);
        expect(years).toEqual([...years].sort((a, b) => b - a));
      }),
    );
  });

  it("does not depend on the order of the rows", () => {
    fc.assert(
      fc.property(
        registerArb.chain((recs) =>
          fc.tuple(
            fc.constant(recs),
            fc.shuffledSubarray(recs, { minLength: recs.length, maxLength: recs.length }),
          ),
        ),
        ([recs, shuffled]) => {
          expect(summarize(aRegister(shuffled), asOf)).toEqual(summarize(aRegister(recs), asOf));
          expect(annexContents(aRegister(shuffled), "executiveHead")).toEqual(
            annexContents(aRegister(recs), "executiveHead"),
          );
        },
      ),
    );
  });
});
