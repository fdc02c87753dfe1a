import { errorCell, linkCell } from "../../fixtures";
import { findingsFor, OUTSTANDING } from "./helpers";

/** The finding for one faulty row: where it points and what it tells the person. */
describe("finding messages", () => {
  it("names the sheet, row, header as written, column number and severity", () => {
    const [finding] = findingsFor([{}, { acceptance: "Acepted" }], {
      headers: { acceptance: " Status of acceptance " },
    });
    expect(finding).toEqual({
      sheet: "Register",
      row: 3,
      column: "Status of acceptance",
      columnNumber: 8,
      severity: "error",
      rule: "E05-acceptance",
      message:
        "Acceptance 'Acepted' is not a known status; use Accepted, Not accepted, Under consideration or Not relevant, " +
        "or, if 'Acepted' is your organization's own word for one of them, add it to a sheet named Vocabulary " +
        "(Word: Acepted; Means: the status it stands for)",
      messageId: "unknownStatus",
      params: { field: "acceptance", value: "Acepted", choices: "acceptance" },
    });
  });

  it("keeps the Chinese header as written", () => {
    const [finding] = findingsFor([{ addressee: "Head" }], { headers: "zh" });
    expect(finding).toMatchObject({
      column: "提交对象",
      message:
        "Addressed to 'Head' is not known; use Legislative body or Executive head, or, if 'Head' is your " +
        "organization's own word for one of them, add it to a sheet named Vocabulary (Word: Head; Means: the word " +
        "it stands for)",
    });
  });

  it.each([
    [
      { reportSymbol: "JIU/REP/21/3" },
      "Report symbol 'JIU/REP/21/3' is not a JIU symbol; use JIU/REP/YYYY/N, JIU/NOTE/YYYY/N or JIU/ML/YYYY/N (two-digit years only before 2000, as in JIU/REP/98/3) (did you mean JIU/REP/2021/3?)",
    ],
    [
      { reportSymbol: null },
      "Report symbol is missing; type the JIU symbol of the report, e.g. JIU/REP/2021/6",
    ],
    [
      { recommendationNumber: "four" },
      "Recommendation no. 'four' is not a recommendation number; type it as the JIU report writes it, e.g. 4, 3(a), 3.1 or 4 bis, or Informal recommendations for the report's unnumbered ones",
    ],
    [
      { implementation: null, deadline: null },
      "Implementation is blank but the recommendation is Accepted; use Implemented, In progress or Not started",
    ],
    [
      { acceptance: "Not relevant" },
      "Implementation is 'Implemented' but the recommendation is Not relevant; clear the implementation or correct the acceptance",
    ],
    [
      { ...OUTSTANDING, responsible: null },
      "Responsible is missing for an outstanding recommendation; name the official or unit that will implement it",
    ],
    [
      { reportLink: "www.unjiu.org/x" },
      "Report link 'www.unjiu.org/x' is not a full web address; use the full address starting with https:// (https://www.unjiu.org/x)",
    ],
    [
      { cebComments: linkCell("CEB", "mailto:ceb@un.org") },
      "CEB comments links to 'mailto:ceb@un.org', not a web address; link it to the full address starting with https://",
    ],
    [
      { deadline: "28/02/2023" },
      "Deadline '28/02/2023' is not a date the register can read, since day and month order differ by locale; type it as 2023-02-28, or enter it as an Excel date",
    ],
    [
      { deadline: "02/28/2023" },
      "Deadline '02/28/2023' is not a date the register can read, since day and month order differ by locale; type it as 2023-02-28, or enter it as an Excel date",
    ],
    [
      { deadline: "03/02/2023" },
      "Deadline '03/02/2023' is not a date the register can read, since day and month order differ by locale; type it as YYYY-MM-DD (2023-02-03 or 2023-03-02?), or enter it as an Excel date",
    ],
    [
      { deadline: "2023-02-30" },
      "Deadline '2023-02-30' is not a real calendar date; check the month and day, and type the date as YYYY-MM-DD or enter it as an Excel date",
    ],
    [
      { lastUpdated: 44985 },
      "Last updated holds the number 44985, not a date; format the cell as a date (it would show 2023-02-28) or type the date as YYYY-MM-DD or enter it as an Excel date",
    ],
    [{ acceptance: errorCell("#N/A") }, "Acceptance: the cell shows #N/A; fix the formula or type the value"],
  ])("%j gives %j", (row, message) => {
    const findings = findingsFor([row]);
    expect(findings.map((finding) => finding.message)).toEqual([message]);
  });

  it("shortens long quoted values to one line", () => {
    const [finding] = findingsFor([{ acceptance: `Accepted\nwith ${"a very long remark ".repeat(10)}` }]);
    expect(finding?.message).toMatch(
      /^Acceptance 'Accepted with a very long remark .{40,}…' is not a known status/,
    );
    expect(finding?.message).not.toMatch(/\n/);
  });
});
