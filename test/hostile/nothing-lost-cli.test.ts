/**
 * Nothing lost, through the CLI: the input file is never written; a copy with generated sheets keeps every
 * cell (values and formats) of every sheet of the input, and every part of the package byte for byte except
 * the four that list the sheets; generating again replaces the generated sheets instead of adding more.
 */
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempFolder } from "../xlsx/read/fixtures";
import { writeRichRegister } from "./rich-register";
import { cli, STACK_LINE } from "./run-cli";
import { packageParts, sheetFingerprints } from "./workbook-hash";

const SAMPLE = join(__dirname, "..", "..", "samples", "wipo-2023.xlsx");
/** The parts the writer may change: the workbook's sheet list, its relationships, content types and styles. */
const LISTING_PARTS = new Set([
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "[Content_Types].xml",
  "xl/styles.xml",
]);

type Command = readonly string[];
const COMMANDS: readonly (readonly [string, (input: string, output: string) => Command])[] = [
  ["validate", (input) => ["validate", input]],
  ["validate --json", (input) => ["validate", input, "--json"]],
  ["summary", (input) => ["summary", input]],
  ["summary -o", (input, output) => ["summary", input, "-o", output]],
  ["summary -o --lang zh", (input, output) => ["summary", input, "-o", output, "--lang", "zh"]],
  ["annex -o", (input, output) => ["annex", input, "-o", output]],
  ["annex -o --lang zh", (input, output) => ["annex", input, "-o", output, "--lang", "zh"]],
];

describe.each([
  ["a formatted register with notes, formulas, filters and a second sheet", "rich"],
  ["the sample register", "sample"],
])("nothing lost: %s", (_what, which) => {
  const folder = tempFolder("jiu-hostile-lost-");
  let input = "";
  let inputBytes = Buffer.alloc(0);
  let inputPrints: ReadonlyMap<string, string> = new Map();
  let inputParts = new Map<string, Buffer>();
  beforeAll(async () => {
    input = folder.path("register.xlsx");
    if (which === "rich") await writeRichRegister(input);
    else copyFileSync(SAMPLE, input);
    inputBytes = readFileSync(input);
    inputPrints = await sheetFingerprints(input);
    inputParts = await packageParts(input);
  });
  afterAll(() => folder.dispose());

  it.each(COMMANDS.map(([name, args]) => [name, args] as const))(
    "%s",
    async (name, args) => {
      const output = folder.path(`${name.replace(/\W+/g, "-")}.xlsx`);
      const run = await cli(...args(input, output));
      expect(run.stderr).not.toMatch(STACK_LINE);
      expect(run.code).toBe(0);
      // The input file is byte for byte what it was.
      expect(readFileSync(input).equals(inputBytes)).toBe(true);
      if (!args(input, output).includes("-o")) return;

      const outputPrints = await sheetFingerprints(output);
      for (const [sheet, print] of inputPrints)
        expect([sheet, outputPrints.get(sheet)]).toEqual([sheet, print]);
      const outputParts = await packageParts(output);
      for (const [part, bytes] of inputParts) {
        if (LISTING_PARTS.has(part)) continue;
        expect([part, outputParts.get(part)?.equals(bytes)]).toEqual([part, true]);
      }
    },
    30_000,
  );

  it("generating again on the generated copy replaces the sheets, never duplicates them", async () => {
    const once = folder.path("once.xlsx");
    const twice = folder.path("twice.xlsx");
    const thrice = folder.path("thrice.xlsx");
    expect((await cli("annex", input, "-o", once)).code).toBe(0);
    const again = await cli("annex", once, "-o", twice);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("'Annex I' (replaced), 'Annex II' (replaced), 'Annex III' (replaced)");
    expect((await cli("summary", twice, "-o", thrice)).code).toBe(0);

    const [first, second, third] = await Promise.all([once, twice, thrice].map(sheetFingerprints));
    const names = [...(inputPrints.keys() ?? [])];
    expect([...(first?.keys() ?? [])]).toEqual([...names, "Annex I", "Annex II", "Annex III"]);
    expect([...(second?.keys() ?? [])]).toEqual([...(first?.keys() ?? [])]);
    expect([...(third?.keys() ?? [])]).toEqual([...names, "Annex I", "Annex II", "Annex III", "Summary"]);
    for (const name of ["Annex I", "Annex II", "Annex III"]) expect(second?.get(name)).toBe(first?.get(name));
    for (const name of names) expect(third?.get(name)).toBe(inputPrints.get(name));
  }, 30_000);
});

describe("the workbook fingerprint", () => {
  const folder = tempFolder("jiu-hostile-print-");
  afterAll(() => folder.dispose());

  it.each([
    ["a value", (sheet: ExcelJS.Worksheet) => (sheet.getCell("B4").value = "Review of something else")],
    ["a number format", (sheet: ExcelJS.Worksheet) => (sheet.getCell("N4").numFmt = "yyyy-mm-dd")],
    ["a border", (sheet: ExcelJS.Worksheet) => (sheet.getCell("H4").border = {})],
    ["a note", (sheet: ExcelJS.Worksheet) => (sheet.getCell("G4").note = "Changed")],
    ["a column width", (sheet: ExcelJS.Worksheet) => (sheet.getColumn(6).width = 20)],
    ["a hidden row", (sheet: ExcelJS.Worksheet) => (sheet.getRow(5).hidden = false)],
  ])("sees a change of %s (so that the tests above can fail)", async (_what, change) => {
    const original = await writeRichRegister(folder.path("original.xlsx"));
    // Both copies go through ExcelJS, so that only the change differs between them.
    const copy = async (path: string, edit: (sheet: ExcelJS.Worksheet) => unknown) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(original);
      const sheet = workbook.getWorksheet("Register");
      if (!sheet) throw new Error("no Register sheet");
      edit(sheet);
      await workbook.xlsx.writeFile(path);
      return sheetFingerprints(path);
    };
    const same = await copy(folder.path("same.xlsx"), () => undefined);
    const changed = await copy(folder.path("changed.xlsx"), change);
    expect(changed.get("Register")).not.toBe(same.get("Register"));
    expect(changed.get("Notes")).toBe(same.get("Notes"));
  });
});
