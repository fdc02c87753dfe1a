import { readableTextColor, wholeNumberStep } from "../../src/layout/chart-style";

describe("wholeNumberStep", () => {
  it.each([
    [0, 1],
    [3, 1],
    [8, 1],
    [9, 2],
    [16, 2],
    [17, 5],
    [40, 5],
    [41, 10],
    [170, 50],
    [7_999, 1_000],
  ])("steps an axis up to %d by %d", (highest, step) => {
    expect(wholeNumberStep(highest)).toBe(step);
    expect(highest / step).toBeLessThanOrEqual(8);
  });
});

describe("readableTextColor", () => {
  it.each([
    ["#2F5597", "#FFFFFF"],
    ["#C00000", "#FFFFFF"],
    ["#7F7F7F", "#FFFFFF"],
    ["#8FAADC", "#000000"],
    ["#F4B183", "#000000"],
    ["#bfbfbf", "#000000"],
    ["not a colour", "#000000"],
  ])("writes on %s in %s", (fill, text) => {
    expect(readableTextColor(fill)).toBe(text);
  });
});
