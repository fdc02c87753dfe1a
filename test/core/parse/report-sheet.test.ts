import { mergeReportDetails, readReportDetails } from "../../../src/core/parse/report-sheet";
import { aGrid, aSheet } from "../../fixtures";

describe("the Report sheet", () => {
  it("reads the cover's fields and the secretariat's paragraphs, in English or Chinese, in any order", () => {
    const grid = aGrid([{}], {
      extraSheets: [
        aSheet("Report", [
          ["Symbol", "WO/PBC/35/2"],
          ["committee", "Program and Budget Committee"],
          ["届会", "第三十五届会议"],
          ["Place", "Geneva"],
          ["Dates", "May 22 to 26, 2023"],
          ["Previous report", "WO/PBC/34/6"],
          ["Paragraph 5", "Since the last report, the JIU issued one review."],
          ["第6段", "秘书处继续努力。"],
          ["Something else", "ignored"],
          ["Document date", ""],
        ]),
      ],
    });
    expect(readReportDetails(grid)).toEqual({
      symbol: "WO/PBC/35/2",
      committee: "Program and Budget Committee",
      session: "第三十五届会议",
      place: "Geneva",
      dates: "May 22 to 26, 2023",
      previousReport: "WO/PBC/34/6",
      paragraphs: { 5: "Since the last report, the JIU issued one review.", 6: "秘书处继续努力。" },
    });
  });

  it("gives nothing without the sheet, and the command line's fields win", () => {
    expect(readReportDetails(aGrid([{}]))).toEqual({});
    expect(mergeReportDetails({ committee: "A", place: "Geneva" }, { committee: "B" })).toEqual({
      committee: "B",
      place: "Geneva",
    });
  });
});
