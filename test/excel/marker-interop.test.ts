/**
 * One marker for generated sheets (src/layout/generated-marker.ts): a workbook the CLI wrote and then opened
 * in Excel gets its sheets replaced by the add-in, and the other way round, never "Annex I (2)" beside them.
 * Sheets marked by the CLI's earlier, sheet-scoped scheme are recognised too.
 */
import { readFile, writeFile } from "node:fs/promises";
import JSZip from "jszip";
import type { IsoDate } from "../../src/core/grid";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { createExcelRegisterApi } from "../../src/excel";
import { layoutAnnexes } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { createMemoryExcel, type MemoryExcel, type MemoryWorkbookInit } from "../../dev/memory-excel";
import { readWorkbookGrid } from "../../src/xlsx/read-workbook";
import { addSheetsToXlsx, writeWorkbookWithSheets } from "../../src/xlsx/write";
import { registerSheet, specToGrid } from "../hostile/workbook-spec";
import { writeSpecXlsx } from "../hostile/write-xlsx";
import { tempFolder } from "../xlsx/read/fixtures";
import { problemText } from "../fixtures/problem";

const asOf = "2023-02-28" as IsoDate;
const ANNEXES = ["Annex I", "Annex II", "Annex III"];
const register = registerSheet([
  { reportSymbol: "JIU/REP/2021/6", recommendationNumber: 1, implementation: "In progress" },
  { reportSymbol: "JIU/REP/2020/7", recommendationNumber: 2, addressee: "Legislative body" },
]);
const registerCells = specToGrid({ sheets: [register] }).sheets[0]?.cells ?? [];

function annexLayouts(): SheetLayout[] {
  const parsed = parseWorkbook(specToGrid({ sheets: [register] }));
  if (!parsed.ok) throw new Error(problemText(parsed.problem).message);
  return layoutAnnexes(parsed.register, summarize(parsed.register, asOf), "en");
}

interface DefinedName {
  readonly name: string;
  readonly localSheetId: number | null;
  readonly comment: string | null;
  readonly hidden: boolean;
  readonly formula: string;
}

/** The defined names of an .xlsx package, as workbook.xml lists them. */
async function definedNames(xlsx: Uint8Array): Promise<DefinedName[]> {
  const xml = (await (await JSZip.loadAsync(xlsx)).file("xl/workbook.xml")?.async("string")) ?? "";
  const unescape = (text: string) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map(
    ([, attributes = "", text = ""]) => {
      const attribute = (name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1];
      const scope = attribute("localSheetId");
      return {
        name: attribute("name") ?? "",
        localSheetId: scope === undefined ? null : Number(scope),
        comment: attribute("comment") === undefined ? null : unescape(attribute("comment") as string),
        hidden: attribute("hidden") === "1",
        formula: unescape(text),
      };
    },
  );
}

/** The workbook in a file as Excel would hold it when opened: its sheets' cells and its defined names. */
async function openedInExcel(path: string): Promise<MemoryExcel> {
  const grid = await readWorkbookGrid(path);
  const names = await definedNames(await readFile(path));
  const init: MemoryWorkbookInit = {
    sheets: grid.sheets.map(({ name, cells, origin }) => ({ name, cells, origin })),
    activeSheet: grid.sheets[0]?.name,
    names: names
      .filter((name) => !name.name.startsWith("_xlnm."))
      .map((name) => ({
        name: name.name,
        reference: `=${name.formula}`,
        ...(name.comment === null ? {} : { comment: name.comment }),
        ...(name.localSheetId === null ? {} : { scope: grid.sheets[name.localSheetId]?.name ?? "" }),
        visible: !name.hidden,
      })),
  };
  return createMemoryExcel(init, { limits: { requestBytes: null, responseBytes: null } });
}

describe("one marker for the sheets the CLI and the add-in generate", () => {
  const folder = tempFolder("jiu-markers-");
  afterAll(() => folder.dispose());

  it("the add-in replaces the annexes the CLI wrote: same sheets, no '(2)'", async () => {
    const input = await writeSpecXlsx({ sheets: [register] }, folder.path("register.xlsx"));
    const output = folder.path("report.xlsx");
    await writeWorkbookWithSheets(input, output, annexLayouts());
    const excel = await openedInExcel(output);
    expect(excel.sheetNames()).toEqual(["Register", ...ANNEXES]);

    const outcome = await createExcelRegisterApi(excel.run).generateAnnex({ asOf, language: "en" });

    expect(outcome).toMatchObject({ sheets: ANNEXES, renamedFrom: [] });
    expect(excel.sheetNames()).toEqual(["Register", ...ANNEXES]);
    // One marker per sheet, the add-in's.
    expect(excel.state.names.map((name) => name.comment.split(" ")[0]).sort()).toEqual([
      "jiu-register:generated:annexI",
      "jiu-register:generated:annexII",
      "jiu-register:generated:annexIII",
    ]);
  });

  it("the add-in replaces annexes marked by earlier versions of the CLI (a sheet-scoped name)", async () => {
    const legacy: MemoryWorkbookInit = {
      sheets: [
        { name: "Register", cells: registerCells },
        ...ANNEXES.map((name) => ({ name, cells: [["old"]] })),
      ],
      names: [
        { name: "JiuRegister_Generated", reference: '="annexI"', scope: "Annex I", visible: false },
        { name: "JiuRegister_Generated", reference: '="annexII"', scope: "Annex II", visible: false },
        { name: "JiuRegister_Generated", reference: '="annexIII"', scope: "Annex III", visible: false },
      ],
    };
    const excel = createMemoryExcel(legacy, { limits: { requestBytes: null, responseBytes: null } });

    const outcome = await createExcelRegisterApi(excel.run).generateAnnex({ asOf, language: "en" });

    expect(outcome).toMatchObject({ sheets: ANNEXES, renamedFrom: [] });
    expect(excel.sheetNames()).toEqual(["Register", ...ANNEXES]);
    expect(excel.snapshot("Annex I").cells[0]?.value).not.toBe("old");
    // The legacy names went with the old sheets; each new sheet carries the one current marker.
    expect(excel.state.names.map((name) => [name.name.replace(/\d+$/, "n"), name.scopeSheetId])).toEqual(
      ANNEXES.map(() => ["JIU_Register_n", undefined]),
    );
  });

  it("the CLI replaces the annexes the add-in made in Excel: same sheets, no '(2)'", async () => {
    const excel = createMemoryExcel(
      { sheets: [{ name: "Register", cells: registerCells }] },
      { limits: { requestBytes: null, responseBytes: null } },
    );
    await createExcelRegisterApi(excel.run).generateAnnex({ asOf, language: "en" });
    // The workbook as Excel saves it: the sheets, and the add-in's hidden names with their comments.
    const saved = folder.path("saved.xlsx");
    await writeSpecXlsx(
      {
        sheets: excel.sheetNames().map((name) => ({
          name,
          cells:
            name === "Register"
              ? register.cells
              : ([[excel.snapshot(name).cells[0]?.value ?? null]] as never),
        })),
      },
      saved,
    );
    const zip = await JSZip.loadAsync(await readFile(saved));
    const names = excel.state.names
      .map((name) => {
        const sheet = excel.state.sheets.find(
          (s) => name.reference.kind === "range" && s.id === name.reference.sheetId,
        );
        return `<definedName name="${name.name}" comment="${name.comment}" hidden="1">'${sheet?.name ?? ""}'!$A$1</definedName>`;
      })
      .join("");
    const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    zip.file("xl/workbook.xml", xml.replace("</sheets>", `</sheets><definedNames>${names}</definedNames>`));
    await writeFile(saved, await zip.generateAsync({ type: "nodebuffer" }));

    const { xlsx, sheets } = await addSheetsToXlsx(await readFile(saved), annexLayouts());

    expect(sheets.map((sheet) => [sheet.name, sheet.replaced])).toEqual(ANNEXES.map((name) => [name, true]));
    const after = await definedNames(xlsx);
    expect(after.filter((name) => name.name.startsWith("JIU_Register_")).map((name) => name.formula)).toEqual(
      ANNEXES.map((name) => `'${name}'!$A$1`),
    );
  });
});
