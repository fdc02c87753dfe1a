/**
 * The case, end to end: `summary --json` on a register in its source's own words. Before, its rows
 * could not be read and a script got "0 outstanding"; now it gets the 3 the source states. Without the
 * Vocabulary sheet, the one row whose status phrase is the organization's own is left out, and the command
 * says so and exits 1: never a silent zero.
 */
import type { WorkbookGrid } from "../../src/core/grid";
import { cli, tempFolder } from "../cli/cli-fixtures";
import type { SpecCell } from "../hostile/workbook-spec";
import { writeSpecXlsx } from "../hostile/write-xlsx";
import { wipo2015English } from "./wipo-2015";

const folder = tempFolder("jiu-registers-");
afterAll(() => folder.dispose());

async function write(grid: WorkbookGrid, name: string): Promise<string> {
  const sheets = grid.sheets.map((sheet) => ({ name: sheet.name, cells: sheet.cells as SpecCell[][] }));
  return writeSpecXlsx({ sheets }, folder.path(name));
}

describe("jiu-register summary --json on WIPO's register of JIU/REP/2014/2 (WO/PBC/23/4)", () => {
  it("reads the 3 outstanding recommendations the source states, and exits 0", async () => {
    const file = await write(wipo2015English(), "wipo-2015.xlsx");
    const run = await cli("summary", file, "--json", "--as-of", "2015-05-11");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      total: 10,
      outstanding: { legislative: 2, executiveHead: 1 },
      proposedForClosure: [{ report: "JIU/REP/2014/2", recommendations: [2, 3, 4, 5, 8, 9, 10] }],
      rowsRead: 10,
      rowsSkipped: 0,
    });
  }, 30_000);

  it("without its Vocabulary sheet, says which row it left out and why, and exits 1", async () => {
    const grid = wipo2015English();
    const file = await write({ sheets: grid.sheets.slice(0, 1) }, "wipo-2015-no-vocabulary.xlsx");
    const run = await cli("summary", file, "--json", "--as-of", "2015-05-11");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as {
      outstanding: unknown;
      skipped: { row: number; unread: string[]; errors: string[] }[];
    };
    expect(json).toMatchObject({
      rowsRead: 10,
      rowsSkipped: 1,
      outstanding: { legislative: 2, executiveHead: 0 },
    });
    expect(json.skipped).toEqual([
      {
        row: 8,
        unread: ["acceptance"],
        errors: [
          expect.stringMatching(
            /^Status 'Remains subject to a legislative body recommendation \(recommendation 6\)' is not a known status; .*add it to a sheet named Vocabulary/,
          ),
        ],
      },
    ]);
    expect(run.stderr).toContain("1 of 10 rows cannot be read and are not counted");
  }, 30_000);
});
