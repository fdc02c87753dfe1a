import { canSaveFromPane } from "../../src/excel/host-info";
import { reportFileName } from "../../src/taskpane/report/save-file";

describe("saving the report document from the pane", () => {
  it.each([
    ["OfficeOnline", true],
    ["PC", false],
    ["Mac", false],
    ["", false],
  ])("platform %s may download: %s", (platform, allowed) => {
    expect(canSaveFromPane(platform)).toBe(allowed);
  });

  it("names the file after the date and the language", () => {
    expect(reportFileName("2023-02-28", "zh")).toBe("jiu-report-2023-02-28-zh.docx");
  });
});
