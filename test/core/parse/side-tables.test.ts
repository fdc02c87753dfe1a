import {
  dateCell,
  errorCell,
  aGrid,
  aSheet,
  parseRegister,
  plannedReviewsSheet,
  requestsSheet,
} from "../../fixtures";

describe("parseWorkbook: planned reviews and requests", () => {
  it("reads a Planned reviews sheet found by its headers, in English or Chinese", () => {
    const register = parseRegister(
      aGrid([{}], {
        extraSheets: [
          aSheet("Notes", [["Code", "Title"]]),
          plannedReviewsSheet(
            [
              ["A457", "审查联合国系统内防止和处理种族主义和种族歧视的政策", "2021 年工作计划"],
              [],
              [" A463 ", "联合国系统各组织的灵活工作安排", 2022],
              ["A468", "Non-staff personnel", "2022 work plan"],
              ["A999", "Unknown year", "soon"],
            ],
            ["代码", "标题", "工作计划年份"],
            "表 2",
          ),
        ],
      }),
    );
    expect(register.plannedReviewsSheet).toBe("表 2");
    expect(register.plannedReviewsColumns?.title).toEqual({ index: 1, header: "标题", columnNumber: 2 });
    expect(register.plannedReviews.map(({ row, code, workPlanYear }) => [row, code, workPlanYear])).toEqual([
      [2, "A457", 2021],
      [4, "A463", 2022],
      [5, "A468", 2022],
      [6, "A999", null],
    ]);
  });

  it("reads a Requests sheet and its request kinds and dates", () => {
    const register = parseRegister(
      aGrid([{}], {
        extraSheets: [
          requestsSheet(
            [
              ["A466", "问卷", dateCell("2022-10-01"), "2022-10-31", "2022-10-28"],
              ["A467", "Comments on draft report", "2022-11-01", "2022-11-15", null],
              ["A468", "Phone call", "01/11/2022", errorCell(), null],
            ],
            ["审查代码", "请求", "收到日期", "答复截止日期", "答复日期"],
          ),
        ],
      }),
    );
    expect(register.requestsSheet).toBe("Requests");
    expect(
      register.requests.map(({ row, reviewCode, kind, received, due, answered }) => ({
        row,
        reviewCode,
        kind,
        received,
        due,
        answered,
      })),
    ).toEqual([
      {
        row: 2,
        reviewCode: "A466",
        kind: "questionnaire",
        received: "2022-10-01",
        due: "2022-10-31",
        answered: "2022-10-28",
      },
      {
        row: 3,
        reviewCode: "A467",
        kind: "draftComments",
        received: "2022-11-01",
        due: "2022-11-15",
        answered: null,
      },
      { row: 4, reviewCode: "A468", kind: null, received: null, due: null, answered: null },
    ]);
  });

  it("does not take the register's own sheet, or a sheet lacking a column, as a side table", () => {
    const register = parseRegister(
      aGrid([{}], {
        extraSheets: [
          aSheet("Plans", [
            ["Code", "Title"],
            ["A1", "x"],
          ]),
        ],
      }),
    );
    expect(register.plannedReviewsSheet).toBeNull();
    expect(register.plannedReviews).toEqual([]);
    expect(register.requestsSheet).toBeNull();
  });

  it("keeps the register's Deadline (截止日期) apart from a request's date due (答复截止日期)", () => {
    const register = parseRegister(aGrid([{ deadline: "2023-12-31" }], { headers: "zh" }));
    expect(register.columns.deadline?.header).toBe("截止日期");
    expect(register.rows[0]?.recommendation.deadline).toBe("2023-12-31");
  });
});
