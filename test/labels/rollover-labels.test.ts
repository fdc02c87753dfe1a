/** Every roll-over label is in all six UN languages, with the same placeholders in each. */
import { ROLLOVER_LABELS } from "../../src/labels/rollover-labels";
test("placeholders in six languages", () => {
  const bad = Object.entries(ROLLOVER_LABELS).filter(([, t]) => {
    const ph = (s: string) => (s.match(/\{[a-zA-Z]+\}/g) ?? []).sort().join(",");
    const all = Object.values(t as Record<string, string>).map(ph);
    return Object.keys(t).length !== 6 || all.some((x) => x !== all[0]);
  });
  expect(bad).toEqual([]);
});
