/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- ExcelJS cells, not Office.js proxies */
/**
 * `jiu-register rollover --archive-closed` on the sample: the closed recommendations appear on the Archive
 * sheet exactly once with their values and formats, under the register's header; their rows are deleted
 * from the register (the rows below move up with their formats, see archive-deletion.ts), so the
 * register loses exactly them; every other cell is kept; the next summary has the outstanding counts of a
 * roll-over without archiving and nothing proposed for closure.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { validate } from "../../src/core/validate";
import type { IsoDate } from "../../src/core/grid";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { tempFolder } from "../xlsx/read/fixtures";
import { cli } from "../hostile/run-cli";

const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");
const AS_OF = "2023-02-28" as IsoDate;
const REGISTER = "建议登记册";
const WRITTEN_HEADERS = ["之前接受情况", "之前落实情况", "评估已更新"];

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

const style = (cell: ExcelJS.Cell) => [cell.numFmt, cell.font, cell.fill, cell.border, cell.alignment];
const record = (cell: ExcelJS.Cell) => [cell.type, cell.value, ...style(cell)];

async function registerOf(path: string) {
  const grid = await readWorkbookGrid(path);
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error("not a register");
  return outcome.register;
}

describe("jiu-register rollover --archive-closed", () => {
  const folder = tempFolder("jiu-archive-");
  const archived = folder.path("archived.xlsx");
  const plain = folder.path("plain.xlsx");
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli("rollover", SAMPLE, "--as-of", AS_OF, "-o", archived, "--archive-closed");
    await cli("rollover", SAMPLE, "--as-of", AS_OF, "-o", plain);
  }, 60_000);
  afterAll(() => folder.dispose());

  it("says how many rows move and how", () => {
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain(
      'Closed recommendations moved to the sheet "存档", their rows deleted from the register: 19',
    );
  });

  it("copies each closed row to the Archive sheet exactly once, values and formats, under the header", async () => {
    const before = await workbook(SAMPLE);
    const after = await workbook(archived);
    const source = before.getWorksheet(REGISTER);
    const archive = after.getWorksheet("存档");
    if (!source || !archive) throw new Error("sheets");
    expect(after.worksheets.map((s) => s.name).slice(-2)).toEqual(["报告历史", "存档"]);
    const closed = (await registerOf(SAMPLE)).rows
      .filter((row) =>
        ["implemented", "notAccepted", "notRelevant", "closed"].includes(
          row.recommendation.implementation ?? "",
        ),
      )
      .map((row) => row.recommendation.row);
    expect(closed).toHaveLength(19);
    expect(archive.rowCount).toBe(1 + 19);
    [1, ...closed].forEach((sourceRow, index) => {
      source.getRow(sourceRow).eachCell({ includeEmpty: true }, (cell, column) => {
        const copy = archive.getCell(index + 1, column);
        expect([copy.address, record(copy)]).toEqual([copy.address, record(cell)]);
      });
    });
    // Read back as a register, the Archive sheet holds each closed recommendation once.
    const outcome = parseWorkbook(await readWorkbookGrid(archived), { sheet: "存档" });
    if (!outcome.ok) throw new Error("the Archive sheet is not a register");
    const key = (rec: { report: { text: string } | null; number: { text: string } | null }) =>
      `${rec.report?.text ?? ""} ${rec.number?.text ?? ""}`;
    const keys = outcome.register.rows.map((row) => key(row.recommendation));
    const closedKeys = (await registerOf(SAMPLE)).rows
      .filter((row) => closed.includes(row.recommendation.row))
      .map((row) => key(row.recommendation));
    expect(new Set(keys).size).toBe(19);
    expect(keys).toEqual(closedKeys);
  });

  it("deletes exactly those rows from the register: the rows below move up with their formats", async () => {
    const before = (await workbook(SAMPLE)).getWorksheet(REGISTER);
    const after = (await workbook(archived)).getWorksheet(REGISTER);
    if (!before || !after) throw new Error("sheets");
    const written = new Set<number>();
    before.getRow(1).eachCell((cell, column) => {
      if (WRITTEN_HEADERS.includes(String(cell.value))) written.add(column);
    });
    const kept = new Set((await registerOf(archived)).rows.map((row) => row.recommendation.row));
    expect(kept.size).toBe(5);
    const closed = new Set(
      (await registerOf(SAMPLE)).rows
        .filter((row) =>
          ["implemented", "notAccepted", "notRelevant", "closed"].includes(
            row.recommendation.implementation ?? "",
          ),
        )
        .map((row) => row.recommendation.row),
    );
    expect(closed.size).toBe(19);
    expect(after.rowCount).toBe(before.rowCount - 19);
    let movedCells = 0;
    before.eachRow({ includeEmpty: true }, (row, r) => {
      if (closed.has(r)) return;
      const to = r - [...closed].filter((gone) => gone < r).length;
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const moved = after.getCell(to, c);
        expect([cell.address, style(moved)]).toEqual([cell.address, style(cell)]);
        if (!(r > 1 && written.has(c)))
          expect([cell.address, moved.value]).toEqual([cell.address, cell.value]);
        if (to !== r) movedCells++;
      });
    });
    expect(movedCells).toBeGreaterThan(0);
  });

  it("gives the next summary of a roll-over without archiving: same outstanding counts, nothing to close", async () => {
    const withArchive = await registerOf(archived);
    const without = await registerOf(plain);
    const next = summarize(withArchive, AS_OF);
    expect(withArchive.rows).toHaveLength(24 - 19);
    expect(next.outstanding).toEqual(summarize(without, AS_OF).outstanding);
    expect(next.proposedForClosure).toEqual([]);
    expect(next.activeReports).toEqual(summarize(without, AS_OF).activeReports);
    // The Archive sheet repeats the register's header; it is not reported as a second register.
    expect(validate(withArchive, AS_OF).map((finding) => finding.rule)).not.toContain("W10-other-register");
  });
});
