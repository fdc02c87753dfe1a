import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";
import type { CellValue, WorkbookGrid } from "../../../src/core/grid";
import { parseWorkbook } from "../../../src/core/parse";
import { validate } from "../../../src/core/validate";
import type { LayoutValidation, SheetLayout } from "../../../src/layout/model";
import { layoutRegisterTemplate, templateLanguages } from "../../../src/layout/template/register-template";
import { readWorkbookGrid } from "../../../src/xlsx/read-workbook";
import { writeNewWorkbook } from "../../../src/xlsx/write/new-workbook";
import { runCli } from "../../../src/cli/main";
import { iso } from "../../fixtures";

const run = promisify(execFile);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jiu-new-register-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function written(language: "en" | "zh"): Promise<{ path: string; layouts: SheetLayout[] }> {
  const layouts = layoutRegisterTemplate({ language });
  const path = join(dir, `new-${language}-${Math.random().toString(36).slice(2)}.xlsx`);
  await writeNewWorkbook(path, layouts);
  return { path, layouts };
}

function parsed(grid: WorkbookGrid) {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(`not a register: ${outcome.problem.code}`);
  return outcome.register;
}

/** The first word of each dropdown of the register's layout, by column; a date where dates are checked. */
function rowFromDropdowns(layout: SheetLayout): CellValue[] {
  const headers = layout.values[0] ?? [];
  return headers.map((_, column): CellValue => {
    const validation: LayoutValidation | undefined = (layout.validations ?? []).find(
      (v) => v.range.column === column,
    );
    if (validation?.rule.kind === "list") return validation.rule.words[0] ?? null;
    if (validation?.rule.kind === "date") return { kind: "date", iso: iso("2024-06-30") };
    return null;
  });
}

describe.each(["en", "zh"] as const)("a new register in %s", (language) => {
  test("reads back as a register in its table, with every column, no row and no finding", async () => {
    const { path } = await written(language);
    const register = parsed(await readWorkbookGrid(path));
    expect(register.table).toBe("JIU_Register");
    expect(register.rows).toEqual([]);
    expect(Object.keys(register.columns)).toHaveLength(18);
    expect(register.plannedReviewsSheet).not.toBeNull();
    expect(register.requestsSheet).not.toBeNull();
    expect(register.vocabulary?.sheet).not.toBeNull();
    expect(validate(register, iso("2025-01-31"))).toEqual([]);
  });

  test("a row filled in from the dropdowns validates clean", async () => {
    const { path, layouts } = await written(language);
    const grid = await readWorkbookGrid(path);
    const layout = layouts[0] as SheetLayout;
    const row = rowFromDropdowns(layout);
    const headers = layout.values[0] ?? [];
    const set = (header: string, value: CellValue) => {
      const index = headers.indexOf(header);
      if (index >= 0) row[index] = value;
    };
    const names =
      language === "en"
        ? [
            "Report symbol",
            "Report title",
            "Recommendation no.",
            "Recommendation",
            "Management assessment",
            "Responsible",
          ]
        : ["报告文号", "报告标题", "建议编号", "建议", "管理层/联络点评估", "负责人"];
    [
      "JIU/REP/2023/1",
      "Review of ethics",
      1,
      "Adopt a policy.",
      "Policy in preparation.",
      "Ethics Office",
    ].forEach((value, i) => set(names[i] as string, value));
    const sheets = grid.sheets.map((sheet) =>
      sheet.name === layout.name ? { ...sheet, cells: [sheet.cells[0] ?? [], row] } : sheet,
    );
    const register = parsed({ sheets });
    expect(register.rows).toHaveLength(1);
    expect(validate(register, iso("2024-07-31"))).toEqual([]);
  });

  test("the file holds the table, the dropdowns, the date checks and the frozen header", async () => {
    const { path, layouts } = await written(language);
    const zip = await JSZip.loadAsync(await readFile(path));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    const acceptance = language === "en" ? "Accepted,Not accepted" : "已接受,未接受";
    expect(sheet).toContain(`<formula1>"${acceptance}`);
    expect(sheet).toMatch(/<dataValidation type="date" operator="greaterThan"[^>]*sqref="K2:K5001"/);
    expect(sheet).toContain('state="frozen"');
    expect(sheet).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts>/);
    const tables = Object.keys(zip.files).filter((name) => name.startsWith("xl/tables/"));
    expect(tables).toHaveLength(layouts.length);
    const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    expect(types).toContain("spreadsheetml.table+xml");
  });
});

test("languages offered are those the parser reads and the labels have", () => {
  expect(templateLanguages()).toEqual(expect.arrayContaining(["en", "zh"]));
});

test("jiu-register new never overwrites a file, and says so with exit 2", async () => {
  const path = join(dir, "taken.xlsx");
  await writeFile(path, "mine");
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } };
  expect(await runCli(["new", "-o", path], io)).toBe(2);
  expect(err.join("")).toContain("already exists");
  expect(await readFile(path, "utf8")).toBe("mine");
  const fresh = join(dir, "fresh.xlsx");
  expect(await runCli(["new", "-o", fresh, "--lang", "zh", "--register-only"], io)).toBe(0);
  expect(out.join("")).toContain("'登记册'");
  expect((await readWorkbookGrid(fresh)).sheets.map((sheet) => sheet.name)).toEqual(["登记册"]);
});

const describeWithLibreOffice = existsSync("/usr/bin/soffice") ? describe : describe.skip;

describeWithLibreOffice("LibreOffice", () => {
  test("opens the new register and keeps its table and dropdowns when saving it again", async () => {
    const { path } = await written("en");
    const profile = await mkdtemp(join(tmpdir(), "jiu-lo-profile-"));
    const out = join(dir, "lo");
    try {
      await run(
        "soffice",
        [
          `-env:UserInstallation=file://${profile}`,
          "--headless",
          "--norestore",
          "--convert-to",
          "xlsx",
          "--outdir",
          out,
          path,
        ],
        { timeout: 120_000 },
      );
    } finally {
      await rm(profile, { recursive: true, force: true });
    }
    const saved = join(out, path.split("/").pop() as string);
    const zip = await JSZip.loadAsync(await readFile(saved));
    const sheet = (await zip.file("xl/worksheets/sheet1.xml")?.async("string")) ?? "";
    expect(sheet).toContain("Accepted,Not accepted");
    expect(Object.keys(zip.files).some((name) => name.startsWith("xl/tables/"))).toBe(true);
    expect(parsed(await readWorkbookGrid(saved)).table).not.toBeNull();
  }, 180_000);
});
