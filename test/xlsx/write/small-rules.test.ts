import { looksLikeFormula } from "../../../src/xlsx/write/cell-format";
import { pointsToColumnWidth } from "../../../src/xlsx/write/column-width";
import { freeSheetName, sheetNameProblem } from "../../../src/xlsx/write/sheet-names";
import { webLinkTarget } from "../../../src/xlsx/write/web-link";

describe("webLinkTarget", () => {
  it.each([
    ["https://www.unjiu.org/reports", "https://www.unjiu.org/reports"],
    ["http://example.org/a?b=c&d=e", "http://example.org/a?b=c&d=e"],
    ["HTTPS://EXAMPLE.ORG/X", "https://example.org/X"],
  ])("links %s", (address, target) => {
    expect(webLinkTarget(address)).toBe(target);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript://example.org/%0Aalert(1)",
    "file:///C:/Windows/system32/calc.exe",
    "mailto:someone@example.org",
    "ftp://example.org/file",
    "//example.org/path",
    "/relative/path",
    "www.unjiu.org",
    "https://",
    "https://exa mple.org/",
    " https://example.org/",
    "https://example.org/\nmore",
    "data:text/html,<script>alert(1)</script>",
  ])("does not link %j", (address) => {
    expect(webLinkTarget(address)).toBeNull();
  });
});

describe("looksLikeFormula", () => {
  it.each(["=1+1", "+A1", "-2", "@SUM(A1)", "\t=x", "\r=x", "\n=x"])(
    "%j would be read as a formula if typed",
    (text) => {
      expect(looksLikeFormula(text)).toBe(true);
    },
  );
  it.each(["1+1", " =1", "JIU/REP/2020/8", "", "Implemented"])("%j would not", (text) => {
    expect(looksLikeFormula(text)).toBe(false);
  });
});

describe("pointsToColumnWidth", () => {
  it.each([
    [48, 9.140625],
    [0, 0],
    [21, 4],
    [90, 17.140625],
  ])("%d pt → %d characters", (points, width) => {
    expect(pointsToColumnWidth(points)).toBe(width);
  });
});

describe("sheet names", () => {
  it.each(["Summary", "摘要", "Annex III", "x".repeat(31), "Bob's"])("accepts %j", (name) => {
    expect(sheetNameProblem(name)).toBeNull();
  });
  it.each([
    "",
    "x".repeat(32),
    "a/b",
    "a:b",
    "a?b",
    "a*b",
    "a[b]",
    "a\\b",
    "'quoted",
    "History",
    "tab\tname",
  ])("refuses %j", (name) => {
    expect(sheetNameProblem(name)).not.toBeNull();
  });

  it("picks the first free name, case-insensitively, within 31 characters", () => {
    expect(freeSheetName("Summary", new Set(["register"]))).toBe("Summary");
    expect(freeSheetName("Summary", new Set(["summary"]))).toBe("Summary (2)");
    expect(freeSheetName("Summary", new Set(["summary", "summary (2)"]))).toBe("Summary (3)");
    const long = "L".repeat(31);
    expect(freeSheetName(long, new Set([long.toLowerCase()]))).toBe(`${"L".repeat(27)} (2)`);
  });
});
