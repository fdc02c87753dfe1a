import { niceAxis, stackTotals } from "../../dev/preview/workbook/chart-scale";
import { legendLayout } from "../../dev/preview/workbook/StackedColumnChart";

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

describe("legendLayout", () => {
  it("keeps short names on one line", () => {
    expect(legendLayout(["A", "B"], 400)).toEqual({
      entries: [
        { x: 8, line: 0 },
        { x: 8 + 13 + 5.2 + 14, line: 0 },
      ],
      lines: 1,
    });
  });

  it("wraps to a new line rather than cutting a name", () => {
    const names = [
      "Implemented",
      "In progress",
      "Not started",
      "Under consideration",
      "Not accepted",
      "Not relevant",
    ];
    const { entries, lines } = legendLayout(names, 300);
    expect(lines).toBeGreaterThan(1);
    for (const [i, entry] of entries.entries()) {
      expect(entry.x + 13 + (names[i]?.length ?? 0) * 5.2).toBeLessThanOrEqual(300);
    }
  });

  it("needs no line for no series", () => {
    expect(legendLayout([], 300)).toEqual({ entries: [], lines: 0 });
  });
});
