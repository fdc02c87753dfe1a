import { niceAxis, stackTotals } from "../../src/preview/workbook/chart-scale";

describe("niceAxis", () => {
  it.each([
    [17, 5, { step: 5, top: 20 }],
    [4, 5, { step: 1, top: 4 }],
    [1, 5, { step: 1, top: 1 }],
    [230, 5, { step: 50, top: 250 }],
    [0, 5, { step: 1, top: 1 }],
  ])("axis for %p with at most %p steps", (max, ticks, axis) => {
    expect(niceAxis(max, ticks)).toEqual(axis);
  });
});

describe("stackTotals", () => {
  it("adds the series per category, ignoring negative and missing values", () => {
    expect(stackTotals([{ values: [1, 2, 3] }, { values: [4, -1] }], 3)).toEqual([5, 2, 3]);
  });
});
