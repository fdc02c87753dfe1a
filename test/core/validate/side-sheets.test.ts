import { dateCell, errorCell, plannedReviewsSheet, requestsSheet } from "../../fixtures";
import { findingsFor } from "./helpers";

describe("W07 planned reviews", () => {
  it("flags the seed's A460, given to two different reviews, on the Planned reviews sheet", () => {
    const extraSheets = [
      plannedReviewsSheet([
        ["A457", "审查联合国系统内防止和处理种族主义和种族歧视的政策", "2021 年工作计划"],
        ["A460", "审查联合国系统各组织工作人员可用的法庭前内部阶段上诉机制", "2021 年工作计划"],
        ["A460", "审查联合国系统各组织的问责制框架", "2021 年工作计划"],
        ["A463", "联合国系统各组织的灵活工作安排", 2022],
      ]),
    ];
    expect(findingsFor([{}], { extraSheets })).toEqual([
      {
        sheet: "Planned reviews",
        row: 4,
        column: "Code",
        columnNumber: 1,
        severity: "warning",
        rule: "W07-planned-review-code",
        message:
          "Code A460 is also given on row 3 to a different review ('审查联合国系统各组织工作人员可用的法庭前内部阶段上诉机制'); check the JIU programme of work and give each review its own code",
        messageId: "plannedReview.codeReused",
        params: {
          code: "A460",
          firstRow: 3,
          title: "审查联合国系统各组织工作人员可用的法庭前内部阶段上诉机制",
        },
      },
    ]);
  });

  it("says when one review is listed twice, whatever the case of the code", () => {
    const extraSheets = [
      plannedReviewsSheet([
        ["A468", "Non-staff personnel", 2022],
        [" a468 ", "non-staff  personnel", 2022],
      ]),
    ];
    const [finding] = findingsFor([{}], { extraSheets });
    expect(finding).toMatchObject({
      row: 3,
      message: "Review a468 is listed twice (also on row 2); remove one of the rows",
    });
  });

  it("accepts distinct codes and Chinese headers", () => {
    const extraSheets = [
      plannedReviewsSheet(
        [
          ["A463", "x", 2022],
          ["A464", "y", 2022],
        ],
        ["代码", "标题", "工作计划年份"],
        "计划审查",
      ),
    ];
    expect(findingsFor([{}], { extraSheets })).toEqual([]);
  });

  it("reports formula errors on the sheet", () => {
    const extraSheets = [plannedReviewsSheet([["A463", errorCell(), 2022]])];
    expect(findingsFor([{}], { extraSheets })).toMatchObject([
      { sheet: "Planned reviews", row: 2, column: "Title", columnNumber: 2, rule: "W09-formula-error" },
    ]);
  });
});

describe("Requests sheet", () => {
  it("flags dates that are not dates, on the Requests sheet, after the register's findings", () => {
    const extraSheets = [
      requestsSheet([
        ["A466", "Questionnaire", dateCell("2022-10-01"), "2022-10-31", "28/10/2022"],
        ["A467", "访谈", "2022-11-01", "2022-11-15", null],
      ]),
    ];
    const findings = findingsFor([{ acceptance: "?" }], { extraSheets });
    expect(findings.map(({ sheet, row, column, rule }) => [sheet, row, column, rule])).toEqual([
      ["Register", 2, "Acceptance", "E05-acceptance"],
      ["Requests", 2, "Date answered", "E12-date"],
    ]);
    expect(findings[1]?.message).toMatch(
      /^Date answered '28\/10\/2022' is not a date .*type it as 2022-10-28/,
    );
  });
});
