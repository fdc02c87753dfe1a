import fc from "fast-check";
import type { RuleId } from "../../src/core/findings";
import type { IsoDate } from "../../src/core/grid";
import type { Addressee, Recommendation, Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { isFirstReport, isOutstanding, previousStanding } from "../../src/core/status";
import { annexContents, STATUSES, summarize, usableRecommendations } from "../../src/core/summarize";
import { validate } from "../../src/core/validate";
import { layoutAnnexes } from "../../src/layout";
import { annexBlocks } from "../layout/annex-reading";
import { asOfArb, registerArb, registerGridOf } from "./arbitraries";
import { NUM_RUNS } from "./runs";
import { problemText } from "../fixtures/problem";

function parsed(random: Parameters<typeof registerGridOf>[0]): Register {
  const outcome = parseWorkbook(registerGridOf(random));
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

const ADDRESSEES: readonly Addressee[] = ["legislative", "executiveHead"];
const idText = (rec: Recommendation) =>
  rec.number === null ? "?" : rec.number.unnumbered ? "(unnumbered)" : rec.number.text;
const key = (rec: Recommendation) => `${rec.report?.text ?? "?"}#${idText(rec)}`;
/** Closed now, and outstanding before or reported for the first time: what the closure list and annexes add. */
const closing = (rec: Recommendation) =>
  !isOutstanding(rec) && (previousStanding(rec) === "outstanding" || isFirstReport(rec));
const sorted = (items: readonly string[]) => [...items].sort();

/** Rules whose error leaves the row uncounted: it has no readable report, number, addressee or acceptance. */
const UNCOUNTED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  "E01-report-symbol",
  "E02-recommendation-number",
  "E04-addressee",
  "E05-acceptance",
]);

describe("the annexes, on 1,000 random registers", () => {
  it("show every outstanding recommendation exactly once, and a closed one only if it was outstanding before or is reported for the first time", () => {
    fc.assert(
      fc.property(
        registerArb(30, "medium"),
        asOfArb,
        fc.constantFrom("en", "zh") as fc.Arbitrary<"en" | "zh">,
        (random, asOf, lang) => {
          const register = parsed(random);
          const usable = usableRecommendations(register);
          const shown = new Map<Addressee, Recommendation[]>(
            ADDRESSEES.map((addressee) => [
              addressee,
              annexContents(register, addressee).flatMap((year) =>
                year.reports.flatMap((report) => [...report.recommendations]),
              ),
            ]),
          );
          const rowsShown = [...shown.values()].flat().map((rec) => rec.row);
          for (const rec of usable.filter(isOutstanding)) {
            expect(rowsShown.filter((row) => row === rec.row)).toHaveLength(1);
            expect(shown.get(rec.addressee)?.some((other) => other.row === rec.row)).toBe(true);
          }
          for (const [addressee, recs] of shown) {
            for (const rec of recs) {
              expect(rec.addressee).toBe(addressee);
              expect(isOutstanding(rec) || closing(rec)).toBe(true);
            }
          }

          // The laid-out Annexes I and II hold the same blocks, and Annex III names every active report.
          const summary = summarize(register, asOf as IsoDate);
          const [annexI, annexII, annexIII] = layoutAnnexes(register, summary, lang);
          expect(sorted(annexBlocks(annexI!))).toEqual(sorted((shown.get("legislative") ?? []).map(key)));
          expect(sorted(annexBlocks(annexII!))).toEqual(sorted((shown.get("executiveHead") ?? []).map(key)));
          const annexIIIText = annexIII!.values.flat().filter((v) => typeof v === "string");
          for (const active of summary.activeReports) expect(annexIIIText).toContain(active.report.text);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });
});

describe("the summary, on 1,000 random registers", () => {
  it("counts add up: to the usable rows, across years and statuses, addressees, rates and active reports", () => {
    fc.assert(
      fc.property(registerArb(30, "medium"), asOfArb, (random, asOf) => {
        const register = parsed(random);
        const summary = summarize(register, asOf as IsoDate);
        const findings = validate(register, asOf as IsoDate);

        // Every row is either counted or carries an error saying why it cannot be. An Implementation column
        // alone stands for the status: an unreadable one leaves the row uncounted too.
        const standsAlone =
          register.columns.acceptance === undefined && register.columns.status === undefined;
        const uncounted = new Set(
          findings
            .filter(
              (f) =>
                UNCOUNTED_RULES.has(f.rule) ||
                (standsAlone &&
                  f.rule === "E06-implementation" &&
                  f.messageId !== "implementation.blankWhileAccepted"),
            )
            .map((f) => f.row),
        );
        expect(summary.total + uncounted.size).toBe(register.rows.length);

        const sum = (statuses: readonly (typeof STATUSES)[number][], addressee?: Addressee) =>
          summary.byYear
            .filter((row) => addressee === undefined || row.addressee === addressee)
            .reduce((total, row) => total + statuses.reduce((s, status) => s + row[status], 0), 0);
        expect(sum(STATUSES)).toBe(summary.total);
        const outstanding = ["inProgress", "notStarted", "underConsideration"] as const;
        expect(sum(outstanding, "legislative")).toBe(summary.outstanding.legislative);
        expect(sum(outstanding, "executiveHead")).toBe(summary.outstanding.executiveHead);

        const { overall, legislative, executiveHead } = summary.rates;
        expect(overall.total).toBe(summary.total);
        expect(legislative.total + executiveHead.total).toBe(summary.total);
        expect(overall.accepted).toBe(sum(["implemented", "inProgress", "notStarted"]));
        expect(overall.implemented).toBe(sum(["implemented"]));
        for (const rates of [overall, legislative, executiveHead]) {
          for (const rate of [rates.acceptance, rates.implementation]) {
            if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          }
        }

        const active = summary.activeReports.reduce(
          (totals, report) => ({
            legislative: totals.legislative + report.legislative,
            executiveHead: totals.executiveHead + report.executiveHead,
          }),
          { legislative: 0, executiveHead: 0 },
        );
        expect(active).toEqual(summary.outstanding);
        const closureCount = summary.proposedForClosure.reduce(
          (n, group) => n + group.recommendations.length,
          0,
        );
        const closable = usableRecommendations(register).filter(closing);
        expect(closureCount).toBeLessThanOrEqual(closable.length);
        expect(
          new Set(
            summary.proposedForClosure.flatMap((g) =>
              g.recommendations.map((n) => `${g.report.text}#${n.unnumbered ? "(unnumbered)" : n.text}`),
            ),
          ),
        ).toEqual(new Set(closable.map(key)));
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
