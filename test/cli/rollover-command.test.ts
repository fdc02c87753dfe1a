/**
 * `jiu-register rollover` on the sample: every cell and format of the input is kept except the planned
 * ones, every package part but those the roll-over edits stays byte for byte, History grows by exactly the
 * register's row count, the same date is refused, and the next summary at the same as-of date proposes
 * nothing for closure with the same outstanding counts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import type { IsoDate } from "../../src/core/grid";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { REQUIRED_HEADERS } from "../fixtures/grid";
import { tempFolder, writeExcelJs } from "../xlsx/read/fixtures";
import { cli } from "../hostile/run-cli";
import { packageParts } from "../hostile/workbook-hash";

const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");
const AS_OF = "2023-02-28" as IsoDate;
const REGISTER = "建议登记册";
/** Columns of the sample's register that the roll-over writes: previous acceptance, previous implementation, assessment updated. */
const WRITTEN_HEADERS = ["之前接受情况", "之前落实情况", "评估已更新"];

async function workbook(path: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

function cellRecord(cell: ExcelJS.Cell): unknown {
  return [
    cell.type,
    cell.value,
    cell.numFmt,
    cell.font,
    cell.fill,
    cell.border,
    cell.alignment,
    cell.protection,
    cell.note,
  ];
}

function styleRecord(cell: ExcelJS.Cell): unknown {
  return [cell.numFmt, cell.font, cell.fill, cell.border, cell.alignment, cell.protection];
}

async function summaryOf(path: string) {
  const outcome = parseWorkbook(await readWorkbookGrid(path));
  if (!outcome.ok) throw new Error("not a register");
  return summarize(outcome.register, AS_OF);
}

describe("jiu-register rollover", () => {
  const folder = tempFolder("jiu-rollover-");
  const rolled = folder.path("rolled.xlsx");
  let run: Awaited<ReturnType<typeof cli>>;
  beforeAll(async () => {
    run = await cli("rollover", SAMPLE, "--as-of", AS_OF, "-o", rolled);
  }, 60_000);
  afterAll(() => folder.dispose());

  it("writes the copy and says what changed", () => {
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain('The sheet "报告历史" is created, with one row per recommendation: 24');
  });

  it("keeps every cell and format of every sheet, except the previous statuses and assessment updated", async () => {
    const before = await workbook(SAMPLE);
    const after = await workbook(rolled);
    expect(after.worksheets.map((s) => s.name)).toEqual([
      ...before.worksheets.map((s) => s.name),
      "报告历史",
    ]);
    let compared = 0;
    let changed = 0;
    for (const sheet of before.worksheets) {
      const other = after.getWorksheet(sheet.name);
      if (!other) throw new Error(sheet.name);
      const written = new Set<number>();
      if (sheet.name === REGISTER)
        sheet.getRow(1).eachCell((cell, column) => {
          if (WRITTEN_HEADERS.includes(String(cell.value))) written.add(column);
        });
      expect(written.size).toBe(sheet.name === REGISTER ? 3 : 0);
      sheet.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          compared++;
          const kept = other.getCell(r, c);
          if (r > 1 && written.has(c)) {
            expect(styleRecord(kept)).toEqual(styleRecord(cell));
            // ExcelJS, not Office.js: its cells are plain objects.
            // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
            if (kept.value !== cell.value) changed++;
          } else expect([cell.address, cellRecord(kept)]).toEqual([cell.address, cellRecord(cell)]);
        }),
      );
      expect(other.rowCount).toBe(sheet.rowCount);
      expect(other.columnCount).toBe(sheet.columnCount);
      const model = (s: ExcelJS.Worksheet) => {
        const m = s.model as unknown as Record<string, unknown>;
        return [
          m.merges,
          m.dataValidations,
          m.conditionalFormattings,
          s.views,
          s.autoFilter,
          s.properties,
          s.pageSetup,
        ];
      };
      expect(model(other)).toEqual(model(sheet));
      expect(other.columns?.map((c) => [c.width, c.hidden])).toEqual(
        sheet.columns?.map((c) => [c.width, c.hidden]),
      );
    }
    expect(compared).toBeGreaterThan(24 * 16);
    expect(changed).toBe(21 + 3);
  });

  it("changes no other part of the package", async () => {
    const before = await packageParts(SAMPLE);
    const after = await packageParts(rolled);
    const edited = ["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"];
    const registerPart = "xl/worksheets/sheet1.xml";
    for (const [name, bytes] of before) {
      if (edited.includes(name) || name === registerPart) continue;
      expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
    }
    expect(after.get(registerPart)?.equals(before.get(registerPart) ?? Buffer.alloc(0))).toBe(false);
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(["xl/worksheets/sheet4.xml"]);
  });

  it("records the cycle in History, one row per recommendation, as a real date", async () => {
    const history = (await workbook(rolled)).getWorksheet("报告历史");
    expect(history?.rowCount).toBe(1 + 24);
    expect(history?.getRow(1).values).toEqual([
      undefined,
      "周期截止日期",
      "报告",
      "建议",
      "对象",
      "接受情况",
      "落实情况",
      "评估",
      "负责方",
    ]);
    expect(history?.getCell("A2").value).toEqual(new Date("2023-02-28T00:00:00Z"));
    expect(history?.getCell("A2").numFmt).toBe("yyyy-mm-dd");
  });

  it("gives, at the same as-of date, a summary with nothing proposed for closure and the same outstanding counts", async () => {
    const before = await summaryOf(SAMPLE);
    const after = await summaryOf(rolled);
    expect(before.proposedForClosure.length).toBeGreaterThan(0);
    expect(after.proposedForClosure).toEqual([]);
    expect(after.outstanding).toEqual(before.outstanding);
    expect(after.total).toBe(before.total);
  });

  it("refuses a second roll-over for the same date and writes nothing", async () => {
    const again = folder.path("again.xlsx");
    const second = await cli("rollover", rolled, "--as-of", AS_OF, "-o", again);
    expect(second.code).toBe(1);
    expect(second.stderr).toBe(
      'The next cycle was not started: the sheet "报告历史" already holds the cycle as of 2023-02-28. A cycle is started once per date. No file was written.\n',
    );
    expect(() => readFileSync(again)).toThrow();
  });

  it("speaks the language of --lang: French lines for the copy and for a refusal", async () => {
    const french = folder.path("french.xlsx");
    const written = await cli("rollover", SAMPLE, "--as-of", AS_OF, "-o", french, "--lang", "fr");
    expect(written.code).toBe(0);
    expect(written.stdout).toMatch(
      /^Fichier .*french\.xlsx écrit\u00a0: une copie de .* où le cycle arrêté au 2023-02-28 est enregistré\.\n/,
    );
    expect(written.stdout).not.toContain("Wrote");
    const refused = await cli(
      "rollover",
      french,
      "--as-of",
      AS_OF,
      "-o",
      folder.path("x.xlsx"),
      "--lang",
      "fr",
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/ Aucun fichier n'a été écrit\.\n$/);
    expect(refused.stderr).not.toContain("No file was written");
  });

  it("appends exactly the register's row count at the next cycle, never rewriting earlier rows", async () => {
    const next = folder.path("next.xlsx");
    expect((await cli("rollover", rolled, "--as-of", "2024-02-29", "-o", next)).code).toBe(0);
    const first = (await workbook(rolled)).getWorksheet("报告历史");
    const second = (await workbook(next)).getWorksheet("报告历史");
    expect(second?.rowCount).toBe(1 + 24 + 24);
    for (let row = 1; row <= 25; row++) expect(second?.getRow(row).values).toEqual(first?.getRow(row).values);
    expect(second?.getCell("A26").value).toEqual(new Date("2024-02-29T00:00:00Z"));
  });

  it("asks for --confirm when the previous statuses differ from History's last cycle", async () => {
    const edited = folder.path("edited.xlsx");
    const book = await workbook(rolled);
    const history = book.getWorksheet("报告历史");
    if (!history) throw new Error("no History");
    history.getCell("F2").value = "正在落实";
    await book.xlsx.writeFile(edited);
    const refused = await cli("rollover", edited, "--as-of", "2024-02-29", "-o", folder.path("x.xlsx"));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /rows 2 of "建议登记册" differ from the cycle as of 2023-02-28.*Give --confirm to go ahead\. No file was written\./,
    );
    const confirmed = await cli(
      "rollover",
      edited,
      "--as-of",
      "2024-02-29",
      "-o",
      folder.path("y.xlsx"),
      "--confirm",
    );
    expect(confirmed.code).toBe(0);
  });

  it("creates the previous columns at the right of a table register, widening the table", async () => {
    const input = await writeExcelJs(folder.path("table.xlsx"), (book) => {
      const sheet = book.addWorksheet("Register");
      sheet.addTable({
        name: "Recs",
        ref: "A1",
        columns: REQUIRED_HEADERS.map((name) => ({ name })),
        rows: [
          [
            "JIU/REP/2021/3",
            "Cybersecurity",
            1,
            "Executive head",
            "Text",
            "Done.",
            "Accepted",
            "Implemented",
            "CIO",
          ],
          [
            "JIU/REP/2021/3",
            "Cybersecurity",
            2,
            "Executive head",
            "Text",
            "Doing.",
            "Accepted",
            "In progress",
            "CIO",
          ],
        ],
      });
    });
    const output = folder.path("table-rolled.xlsx");
    const done = await cli("rollover", input, "--as-of", AS_OF, "-o", output);
    expect(done.stdout).toContain(
      "Columns added at the register's right: Previous acceptance (J) and Previous implementation (K)",
    );
    const grid = await readWorkbookGrid(output);
    const outcome = parseWorkbook(grid);
    if (!outcome.ok) throw new Error("not a register");
    expect(outcome.register.table).toBe("Recs");
    expect(
      outcome.register.rows.map((r) => [
        r.recommendation.previousAcceptance,
        r.recommendation.previousImplementation,
      ]),
    ).toEqual([
      ["accepted", "implemented"],
      ["accepted", "inProgress"],
    ]);
    expect(grid.sheets[0]?.tables?.[0]).toMatchObject({
      name: "Recs",
      headerRow: 1,
      lastRow: 3,
      firstColumn: 1,
      lastColumn: 11,
    });
  });
});
