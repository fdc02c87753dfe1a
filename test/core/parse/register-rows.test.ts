import { recommendationId } from "../../../src/core/parse";
import {
  ALL_COLUMNS,
  aGrid,
  dateCell,
  errorCell,
  linkCell,
  parseRegister,
  registerGrid,
  REQUIRED_HEADERS,
} from "../../fixtures";

describe("parseWorkbook: typed rows", () => {
  it("reads every field of a row", () => {
    const register = parseRegister(
      aGrid(
        [
          {
            organization: " WIPO ",
            reportSymbol: "jiu/rep/2020/7 ",
            reportLink: linkCell("链接", "https://www.unjiu.org/rep-2020-7"),
            recommendationNumber: "6",
            addressee: "立法机构",
            acceptance: "已接受",
            implementation: "正在落实",
            previousAcceptance: "Accepted",
            previousImplementation: "尚未启动",
            assessmentUpdated: "是",
            responsible: "  首席信息官 ",
            deadline: "2023-12-31",
            lastUpdated: dateCell("2023-02-01"),
            cebComments: linkCell("首协会评论意见", "https://unsceb.org/x"),
            otherDocuments: "https://www.unjiu.org/y",
          },
        ],
        { columns: ["organization", ...ALL_COLUMNS] },
      ),
    );
    const row = register.rows[0];
    expect(row?.recommendation).toEqual({
      row: 2,
      organization: "WIPO",
      report: { kind: "REP", year: 2020, number: 7, text: "JIU/REP/2020/7" },
      reportTitle: "Cybersecurity in the United Nations system organizations",
      reportLink: "https://www.unjiu.org/rep-2020-7",
      number: recommendationId(6),
      addressee: "legislative",
      addresseeName: null,
      text: "Executive heads should report on the cybersecurity framework of their organization.",
      assessment: "Reported to Member States in the 2020/21 Performance Report.",
      acceptance: "accepted",
      acceptanceInferred: false,
      implementation: "inProgress",
      previousAcceptance: "accepted",
      previousImplementation: "notStarted",
      firstReport: false,
      assessmentUpdated: true,
      responsible: "首席信息官",
      deadline: "2023-12-31",
      lastUpdated: "2023-02-01",
      cebComments: "https://unsceb.org/x",
      cebCommentsText: "首协会评论意见",
      otherDocuments: "https://www.unjiu.org/y",
      otherDocumentsText: null,
    });
    expect(row?.cells.recommendationNumber).toBe("6");
    expect(row?.cells.organization).toBe(" WIPO ");
  });

  it("leaves the previous status undefined when the register has no previous columns, null when blank", () => {
    const withoutColumns = parseRegister(
      registerGrid(REQUIRED_HEADERS, [
        ["JIU/REP/2021/3", "T", 1, "Executive head", "R", "A", "Accepted", "Implemented", "CSO"],
      ]),
    );
    expect(withoutColumns.rows[0]?.recommendation).toMatchObject({
      previousAcceptance: undefined,
      previousImplementation: undefined,
      assessmentUpdated: false,
      deadline: null,
      organization: null,
      reportLink: null,
    });
    const blank = parseRegister(aGrid([{ previousAcceptance: null, previousImplementation: " " }]));
    expect(blank.rows[0]?.recommendation).toMatchObject({
      previousAcceptance: null,
      previousImplementation: null,
    });
  });

  it("reads unreadable fields as null and keeps the raw cells for messages", () => {
    const register = parseRegister(
      aGrid([
        {
          reportSymbol: "JIU/REP/21/3",
          recommendationNumber: "four",
          acceptance: errorCell(),
          deadline: "28/02/2023",
          implementation: "不适用",
        },
      ]),
    );
    const row = register.rows[0];
    expect(row?.recommendation).toMatchObject({
      report: null,
      number: null,
      acceptance: null,
      deadline: null,
      implementation: null,
    });
    expect(row?.cells).toMatchObject({
      reportSymbol: "JIU/REP/21/3",
      acceptance: { kind: "error", code: "#N/A" },
      deadline: "28/02/2023",
    });
  });
});
