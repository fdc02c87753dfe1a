import { ResponseWeights, rowWeights } from "../../src/excel/read-weights";
import { jsonBytes } from "../../src/excel/payload";

describe("ResponseWeights: a read block's response estimated sheet by sheet", () => {
  it("sizes each sheet from its own rows, not from all sheets' mean", () => {
    const weights = new ResponseWeights<string>(120);
    weights.record("Register", Array(250).fill(1_700), 17);
    weights.record("History", Array(250).fill(1_060), 8);
    expect(weights.bytesPerRow("Register", 17)).toBe(1_700);
    expect(weights.bytesPerRow("History", 8)).toBe(1_060);
  });

  it("adds two standard errors of the mean when rows differ, and follows a heavier last block", () => {
    const weights = new ResponseWeights<string>(120);
    const rows = Array.from({ length: 100 }, (_, i) => (i % 2 === 0 ? 500 : 1_500));
    weights.record("History", rows, 8);
    // Mean 1,000, standard deviation 500, standard error 50.
    expect(weights.bytesPerRow("History", 8)).toBeCloseTo(1_100, 6);
    weights.record("History", Array(100).fill(1_200), 8);
    expect(weights.bytesPerRow("History", 8)).toBeGreaterThan(1_200);
  });

  it("guesses a sheet not yet read from the others' bytes per cell, or the first guess", () => {
    const weights = new ResponseWeights<string>(120);
    expect(weights.measured).toBe(false);
    expect(weights.bytesPerRow("Other", 10)).toBe(1_200);
    weights.record("Register", [1_000, 1_000], 10);
    expect(weights.measured).toBe(true);
    expect(weights.bytesPerRow("Other", 4)).toBe(400);
  });

  it("weighs rows as their values and number formats in JSON: the block less its outer brackets", () => {
    const values = [
      ["JIU/REP/2019/5", 46_081, ""],
      ["JIU/NOTE/2020/1", 46_082, "报告"],
    ];
    const formats = [
      ["General", "yyyy-mm-dd", "General"],
      ["@", "yyyy-mm-dd", "General"],
    ];
    const rows = rowWeights(values, formats);
    expect(rows[0]).toBe(jsonBytes(values[0]) + jsonBytes(formats[0]) + 2);
    expect(rows.reduce((sum, bytes) => sum + bytes, 0) + 2).toBe(jsonBytes(values) + jsonBytes(formats));
  });
});
