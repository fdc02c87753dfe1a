import type { Finding } from "../../src/core/findings";
import { planMasks } from "../../src/excel/marks";
import { aSheet } from "../fixtures";

const finding = (
  sheet: string,
  row: number,
  columnNumber: number,
  severity: Finding["severity"],
): Finding => ({
  sheet,
  row,
  column: "",
  columnNumber,
  severity,
  rule: severity === "error" ? "E05-acceptance" : "W05-assessment-missing",
  messageId: "recommendation.duplicate",
  params: {},
});

describe("planMasks", () => {
  const grid = {
    sheets: [
      aSheet(
        "Register",
        Array.from({ length: 10 }, () => new Array(5).fill("x")),
        { row: 2, column: 2 },
      ),
      aSheet("Planned reviews", [["Code"], ["A1"], ["A1"]]),
    ],
  };

  it("covers the marked cells' bounding box, an error winning over a warning", () => {
    const masks = planMasks(
      [
        finding("Register", 4, 3, "warning"),
        finding("Register", 4, 3, "error"),
        finding("Register", 6, 5, "warning"),
      ],
      grid,
    );
    expect(masks).toEqual([
      {
        sheet: "Register",
        row: 3,
        column: 2,
        maskColumn: 0,
        values: [
          [2, 0, 0],
          [0, 0, 0],
          [0, 0, 1],
        ],
      },
    ]);
  });

  it("marks a whole-row finding across the sheet's columns, and puts each sheet's block beside the last", () => {
    const masks = planMasks(
      [finding("Register", 5, 0, "error"), finding("Planned reviews", 3, 1, "warning")],
      grid,
    );
    expect(masks).toEqual([
      { sheet: "Register", row: 4, column: 1, maskColumn: 0, values: [[2, 2, 2, 2, 2]] },
      { sheet: "Planned reviews", row: 2, column: 0, maskColumn: 5, values: [[1]] },
    ]);
  });

  it("marks nothing for no findings or a sheet it did not read", () => {
    expect(planMasks([], grid)).toEqual([]);
    expect(planMasks([finding("Elsewhere", 2, 2, "error")], grid)).toEqual([]);
  });
});
