import { HISTORY_HEADERS } from "../../src/core/history";
import { summarize } from "../../src/core/summarize";
import { layoutReportDocument, type DocBlock, type DocTable } from "../../src/layout/document";
import { aGrid, aSheet, dateCell, iso, parseRegister } from "../fixtures";

const AS_OF = iso("2023-02-28");

function documentOf(withHistory: boolean): readonly DocBlock[] {
  const history = aSheet("Reporting history", [
    Object.values(HISTORY_HEADERS.en),
    [dateCell("2022-02-28"), "JIU/REP/2021/3", 1, "Executive head", "Accepted", "In progress", "", ""],
  ]);
  const register = parseRegister(aGrid([{}, {}], withHistory ? { extraSheets: [history] } : {}));
  return layoutReportDocument(register, summarize(register, AS_OF), {}, "en").blocks;
}

const tableOf = (blocks: readonly DocBlock[], id: DocTable["id"]) =>
  blocks.find((block): block is DocTable => block.kind === "table" && block.id === id);
const cellText = (table: DocTable | undefined, row: number) =>
  table?.rows[row]?.cells.map((cell) =>
    cell.paragraphs.map((pieces) => pieces.map((p) => p.text).join("")).join("\n"),
  );

describe("the report document's changes and trend", () => {
  it("has Figure 3, the trend as a line chart, with a History sheet, and the changes after it", () => {
    const blocks = documentOf(true);
    const charts = blocks.filter((block) => block.kind === "chart");
    expect(charts.map((chart) => (chart.kind === "chart" ? chart.spec.type : null))).toEqual([
      "columnStacked",
      "columnStacked",
      "line",
    ]);
    const trend = charts[2];
    expect(trend?.kind === "chart" && trend.categories).toEqual(["28 February 2022", "28 February 2023"]);
    expect(cellText(tableOf(blocks, "changeCounts"), 1)).toEqual(["Newly implemented", "2"]);
    expect(cellText(tableOf(blocks, "changes"), 1)).toEqual([
      "JIU/REP/2021/3",
      "1",
      "In progress",
      "Implemented",
      "Executive head",
    ]);
    // Word joins adjacent tables: a paragraph stands between the counts and the list.
    const counts = blocks.indexOf(tableOf(blocks, "changeCounts")!);
    expect(blocks[counts + 1]?.kind).toBe("paragraph");
  });

  it("has no Figure 3 without a History sheet, and still the changes from the previous columns", () => {
    const blocks = documentOf(false);
    expect(blocks.filter((block) => block.kind === "chart")).toHaveLength(2);
    expect(tableOf(blocks, "changes")?.rows).toHaveLength(3);
  });
});
