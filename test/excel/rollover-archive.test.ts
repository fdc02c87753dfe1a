/**
 * The archive option in Excel (the in-memory Excel): the closed rows appear on the Archive sheet exactly
 * once, with the register's header, values and formats; their rows are deleted from the register and every
 * other row is as the roll-over without archiving leaves it, moved up past them; the next summary matches; a failure injected
 * at any request leaves the workbook as it was.
 */
import { join } from "node:path";
import type { RolloverActionOptions } from "../../src/app/rollover";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { AS_OF, DESKTOP, excelWith, fingerprints } from "./support";

const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");
const REGISTER = "建议登记册";
const ARCHIVE = "存档";

function rollover(overrides: Partial<RolloverActionOptions> = {}): RolloverActionOptions {
  return { asOf: AS_OF, language: "en", archiveClosed: true, ...overrides };
}

/** The sample, with an Archive sheet from an earlier cycle when asked. */
async function opened(withArchive = false) {
  const grid = await readWorkbookGrid(SAMPLE);
  const earlier = { name: ARCHIVE, cells: [["报告"], ["JIU/REP/2015/1"]], origin: { row: 1, column: 1 } };
  return excelWith(withArchive ? { sheets: [...grid.sheets, earlier] } : grid, DESKTOP);
}

const withoutPosition = ({ row: _row, ...cell }: { row: number }) => cell;

describe("rollover in Excel with the archive option", () => {
  it("copies the closed rows to the Archive sheet once and deletes them from the register", async () => {
    const { excel, api } = await opened();
    const source = excel.snapshot(REGISTER).cells;
    const preview = await api.previewRollover(rollover());
    const archive = preview.plan?.archive;
    expect(preview.plan?.counts.archived).toBe(19);
    expect(archive).toMatchObject({ sheet: ARCHIVE, createSheet: true, firstRow: 1, headerRows: 1 });

    excel.resetStats();
    await api.rollover(rollover());
    // Read, note the cells to overwrite, write: archiving adds no round trip.
    expect(excel.stats.syncs).toBe(3);
    const moved = [1, ...(archive?.registerRows ?? [])].map((row) => row - 1);
    const copied = excel.snapshot(ARCHIVE).cells;
    moved.forEach((sourceRow, index) => {
      const from = source.filter((cell) => cell.row === sourceRow && (cell.value !== null || cell.format));
      const to = copied.filter((cell) => cell.row === index);
      expect(to.map(withoutPosition)).toEqual(
        expect.arrayContaining(
          from
            .filter((cell) => cell.value !== null)
            .map((cell) =>
              expect.objectContaining({
                column: cell.column,
                value: cell.value,
                format: cell.format,
                numberFormat: cell.numberFormat,
              }),
            ),
        ),
      );
    });
    expect(Math.max(...copied.map((cell) => cell.row))).toBe(19);

    // The archived rows are deleted: every other row is the plain roll-over's, moved up past them.
    const after = excel.snapshot(REGISTER).cells;
    const gone = [...(archive?.registerRows ?? [])].map((row) => row - 1);
    expect(gone).toHaveLength(19);
    const plain = await opened();
    await plain.api.rollover(rollover({ archiveClosed: false }));
    const expected = plain.excel
      .snapshot(REGISTER)
      .cells.filter((c) => !gone.includes(c.row))
      .map((c) => ({ ...c, row: c.row - gone.filter((row) => row < c.row).length }));
    expect(after).toEqual(expected);
  });

  it("lets Excel adjust a formula elsewhere: it follows its moved cell, or says #REF! for an archived one", async () => {
    const { excel, api } = await opened();
    await excel.run(async (context) => {
      const links = context.workbook.worksheets.add("Links");
      links.getRange("A1:A2").formulas = [[`='${REGISTER}'!A22`], [`='${REGISTER}'!A3`]];
      await context.sync();
    });
    const done = await api.rollover(rollover());
    const archived = done.plan?.archive?.registerRows ?? [];
    expect(archived).toContain(3);
    expect(archived).not.toContain(22);
    const moved = 22 - archived.filter((row) => row < 22).length;
    expect(excel.snapshot("Links").cells.map((cell) => cell.formula)).toEqual([
      `='${REGISTER}'!A${moved}`,
      `='${REGISTER}'!#REF!`,
    ]);
  });

  it("appends below an existing Archive sheet's rows, without the header", async () => {
    const { excel, api } = await opened(true);
    const done = await api.rollover(rollover());
    expect(done.plan?.archive).toMatchObject({ createSheet: false, firstRow: 3, headerRows: 0 });
    const rows = new Set(excel.snapshot(ARCHIVE).cells.map((cell) => cell.row));
    expect(rows.size).toBe(2 + 19);
    expect(excel.snapshot(ARCHIVE).cells.find((c) => c.row === 1 && c.column === 0)?.value).toBe(
      "JIU/REP/2015/1",
    );
  });

  it("leaves a register that validates clean, the Archive sheet not taken for a second register", async () => {
    const { api } = await opened();
    await api.rollover(rollover());
    const validated = await api.validate(rollover());
    expect(validated.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(validated.findings.map((f) => f.rule)).not.toContain("W10-other-register");
  });

  it.each([
    ["a new Archive sheet", false],
    ["an existing Archive sheet", true],
  ])(
    "leaves the workbook unchanged on a failure at any request, with %s",
    async (_what, existing) => {
      const open = async () => ({ ...(await opened(existing)), options: rollover() });
      const probe = await open();
      probe.excel.resetStats();
      const result = await probe.api.rollover(probe.options);
      expect(result.plan?.archive).toMatchObject({ createSheet: !existing, registerRows: expect.any(Array) });
      const records = probe.excel.stats.records;
      let failed = 0;
      for (const [index, record] of records.entries()) {
        for (const afterActions of new Set([
          0,
          Math.floor(record.actions / 2),
          record.actions - 1,
          record.actions,
        ])) {
          const { excel, api, options } = await open();
          const names = excel.sheetNames();
          const before = fingerprints(excel, names);
          excel.injectFailure({ atSync: index + 1, afterActions: Math.max(0, afterActions) });
          const outcome = await api.rollover(options).then(
            () => "completed",
            (error: Error) => error.name,
          );
          if (outcome === "completed") continue;
          expect(outcome).toBe("RegisterApiError");
          expect(excel.sheetNames()).toEqual(names);
          expect(fingerprints(excel, names)).toEqual(before);
          failed++;
        }
      }
      expect(failed).toBeGreaterThanOrEqual(records.length - 1);
    },
    120_000,
  );
});
