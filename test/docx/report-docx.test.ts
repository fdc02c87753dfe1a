import { annexContentsByAddressee } from "../../src/core/summarize";
import type { Addressee } from "../../src/core/model";
import { formatLabel, label, statusLabel } from "../../src/labels/labels";
import type { Language } from "../../src/labels/language";
import { decisionText, figureStatuses, outstandingSentence } from "../../src/layout";
import {
  bodyParagraphs,
  bodyTables,
  C,
  cellsOf,
  children,
  elements,
  hasRowProperty,
  rowKeptWithNext,
  rowsOf,
  sampleReport,
  textOf,
  W,
  xmlPart,
  type WrittenReport,
} from "./docx-reading";
import type { Element } from "@xmldom/xmldom";
import { ITU_AS_OF } from "../../samples/itu-2022-data";

const AS_OF = "2023-02-28";
const DETAILS = { committee: "Program and Budget Committee", symbol: "WO/PBC/35/2" };

/** The seed's Annexes I and II (WO/PBC/35/2): report and recommendation, in the document's order. */
const SEED_ANNEX_I = ["2021/3 2", "2021/2 7", "2020/7 1", "2020/7 6", "2020/6 4"];
const SEED_ANNEX_II = [
  "2021/6 4",
  "2021/5 3",
  "2021/5 4",
  "2021/3 1",
  "2021/2 1",
  "2020/8 1",
  "2020/8 5",
  "2020/8 8",
  "2020/8 9",
  "2020/7 2",
  "2020/7 3",
  "2020/7 4",
  "2020/2 3",
  "2020/2 6",
  "2019/8 4",
  "2019/5 1",
  "2018/6 1",
  "2018/6 4",
  "2018/4 10",
];

function numberedParagraph(report: WrittenReport, number: number): string {
  const found = bodyParagraphs(report.document)
    .map(textOf)
    .find((text) => text.startsWith(`${number}.\t`));
  if (found === undefined) throw new Error(`no paragraph ${number}`);
  return found;
}

function annexTable(report: WrittenReport, addressee: Addressee, lang: Language): Element {
  const heading = label(addressee === "legislative" ? "annexI.heading" : "annexII.heading", lang);
  const table = bodyTables(report.document).find((t) => textOf(rowsOf(t)[0] as Element).includes(heading));
  if (!table) throw new Error(`no annex table for ${addressee}`);
  return table;
}

/** Whether the row starts a recommendation's block: its note cell begins a merge down. */
function startsBlock(row: Element): boolean {
  return cellsOf(row).some((tc) =>
    elements(tc, W, "vMerge").some((m) => m.getAttributeNS(W, "val") === "restart"),
  );
}

/** "2021/3 2" for each block, under the report line above it. */
function blocksOf(table: Element): string[] {
  let report = "";
  const found: string[] = [];
  for (const row of rowsOf(table)) {
    const text = textOf(row);
    const symbol = /^JIU\/[A-Z]+\/(\d{4}\/\d+)/.exec(text);
    if (symbol && cellsOf(row).length === 1) report = symbol[1] ?? "";
    if (startsBlock(row)) {
      const number = /(\d+)/.exec(textOf(cellsOf(row)[0] as Element));
      found.push(`${report} ${number?.[1] ?? "?"}`);
    }
  }
  return found;
}

function expectedBlocks(report: WrittenReport, addressee: Addressee): string[] {
  return annexContentsByAddressee(report.register)[addressee].flatMap((year) =>
    year.reports.flatMap((group) =>
      group.recommendations.map(
        (rec) => `${group.report.text.replace(/^JIU\/[A-Z]+\//, "")} ${rec.number?.text}`,
      ),
    ),
  );
}

describe.each([
  ["wipo-2023.xlsx", "zh"],
  ["wipo-2023-en.xlsx", "en"],
] as const)("the report document of %s (%s)", (file, lang) => {
  let report: WrittenReport;
  beforeAll(async () => {
    report = await sampleReport(file, AS_OF, lang, DETAILS);
  });

  it("says in paragraph 8 what the summary counts: 1 outstanding to legislative bodies, 4 to the executive head", () => {
    expect(report.summary.outstanding).toEqual({ legislative: 1, executiveHead: 4 });
    expect(numberedParagraph(report, 8)).toContain(outstandingSentence(report.summary, lang));
  });

  it("lists in paragraph 10 the summary's closures, in its order, after the committee and the symbol", () => {
    const paragraphs = bodyParagraphs(report.document).map(textOf);
    const ten = paragraphs.findIndex((text) => text.startsWith("10.\t"));
    expect(paragraphs[ten]).toContain(DETAILS.committee);
    const items = paragraphs
      .slice(ten)
      .filter((text) => text.startsWith("-\t"))
      .map((text) => text.slice(2));
    expect(items).toEqual(decisionText(report.summary, lang));
    expect(items).toHaveLength(9);
    expect(paragraphs.slice(ten, ten + 3).join(" ")).toContain(DETAILS.symbol);
  });

  it("shows every recommendation of Annexes I and II once, in the seed's order", () => {
    expect(blocksOf(annexTable(report, "legislative", lang))).toEqual(SEED_ANNEX_I);
    expect(blocksOf(annexTable(report, "executiveHead", lang))).toEqual(SEED_ANNEX_II);
    expect(expectedBlocks(report, "legislative")).toEqual(SEED_ANNEX_I);
  });

  it("repeats the annexes' heading rows on each page and splits no row and no block", () => {
    for (const addressee of ["legislative", "executiveHead"] as const) {
      const rows = rowsOf(annexTable(report, addressee, lang));
      expect(hasRowProperty(rows[0] as Element, "tblHeader")).toBe(true);
      expect(rows.slice(1).some((row) => hasRowProperty(row, "tblHeader"))).toBe(false);
      expect(rows.every((row) => hasRowProperty(row, "cantSplit"))).toBe(true);
      // Within a block, each row is kept with the next; the block's last row is not (the next block may move).
      // A block runs from its first row to the row before the next block or heading (a one-cell row).
      const blocks: Element[][] = [];
      for (const row of rows.slice(1)) {
        if (startsBlock(row)) blocks.push([row]);
        else if (cellsOf(row).length === 1) blocks.push([]);
        else blocks[blocks.length - 1]?.push(row);
      }
      const recBlocks = blocks.filter((block) => block.length > 0);
      expect(recBlocks.length).toBeGreaterThan(0);
      for (const block of recBlocks) {
        expect(block.map(rowKeptWithNext)).toEqual(block.map((_, i) => i < block.length - 1));
      }
    }
    const annexIII = bodyTables(report.document).find((t) => textOf(t).includes(label("annexIII.ceb", lang)));
    expect(hasRowProperty(rowsOf(annexIII as Element)[0] as Element, "tblHeader")).toBe(true);
  });

  it("has two native charts holding the summary's counts, each with its embedded workbook", async () => {
    const statuses = figureStatuses(report.summary);
    for (const [index, addressee] of (["legislative", "executiveHead"] as const).entries()) {
      const chart = await xmlPart(report.zip, `word/charts/chart${index + 1}.xml`);
      expect(elements(chart, C, "grouping")[0]?.getAttribute("val")).toBe("stacked");
      const rows = report.summary.byYear
        .filter((row) => row.addressee === addressee)
        .sort((a, b) => a.year - b.year);
      const series = elements(chart, C, "ser").map((ser) => ({
        name: textOfChart(children(ser, C, "tx")[0]),
        values: elements(children(ser, C, "val")[0] as Element, C, "v").map((v) => Number(v.textContent)),
      }));
      expect(series.map((s) => s.name)).toEqual(statuses.map((status) => statusLabel(status, lang)));
      statuses.forEach((status, i) => expect(series[i]?.values).toEqual(rows.map((row) => row[status])));
      expect(elements(chart, C, "externalData")).toHaveLength(1);
      const rels = await report.zip.file(`word/charts/_rels/chart${index + 1}.xml.rels`)?.async("string");
      expect(rels).toMatch(/embeddings\/[^"]+\.xlsx/);
    }
    expect(report.zip.file(/^word\/charts\/chart\d+\.xml$/)).toHaveLength(2);
  });

  it("holds text only: no fields, macros or external references other than http(s) links", async () => {
    for (const local of ["fldSimple", "fldChar", "instrText", "altChunk", "attachedTemplate"]) {
      expect(elements(report.document, W, local)).toHaveLength(0);
    }
    expect(report.zip.file(/vbaProject|\.bin$/)).toHaveLength(0);
    for (const rels of report.zip.file(/\.rels$/)) {
      const text = await rels.async("string");
      for (const match of text.matchAll(
        /Target="([^"]*)" TargetMode="External"|TargetMode="External"[^>]*Target="([^"]*)"/g,
      )) {
        expect(match[1] ?? match[2]).toMatch(/^https?:\/\//);
      }
    }
  });

  it("is A4 portrait and closes each annex with its end marker", () => {
    const size = elements(report.document, W, "pgSz")[0];
    expect([size?.getAttributeNS(W, "w"), size?.getAttributeNS(W, "h")]).toEqual(["11906", "16838"]);
    const paragraphs = bodyParagraphs(report.document).map(textOf);
    for (const id of [
      "document.follows.annexes",
      "document.follows.annexII",
      "document.follows.annexIII",
      "document.end",
    ] as const) {
      expect(paragraphs).toContain(label(id, lang));
    }
  });
});

function textOfChart(tx: Element | undefined): string {
  return tx
    ? elements(tx, C, "v")
        .map((v) => v.textContent ?? "")
        .join("")
    : "";
}

describe("the report document without details", () => {
  it("leaves what only the secretariat knows as marked placeholders, never invented", async () => {
    const report = await sampleReport("wipo-2023-en.xlsx", AS_OF, "en");
    const highlighted = elements(report.document, W, "highlight").map((h) =>
      textOf(h.parentNode?.parentNode as Element),
    );
    expect(highlighted).toEqual(
      expect.arrayContaining([
        label("document.placeholder.committee", "en"),
        label("document.placeholder.symbol", "en"),
      ]),
    );
    expect(numberedParagraph(report, 5)).toMatch(/^5\.\t\[Secretariat:/);
    expect(formatLabel("document.para10.lead", "en", { committee: "X" })).toBe("The X:");
  });

  it("takes the secretariat's own paragraph from the Report sheet's details instead of the placeholder", async () => {
    const own = "Since the last report, the JIU issued one review, which does not concern WIPO.";
    const report = await sampleReport("wipo-2023-en.xlsx", AS_OF, "en", { paragraphs: { 5: own } });
    expect(numberedParagraph(report, 5)).toBe(`5.\t${own}`);
  });
});

/** "JIU/REP/2021/5 Recommendation 3(a)" for each block: the report line above it and its first label. */
function labelledBlocks(table: Element): string[] {
  let report = "";
  const found: string[] = [];
  for (const row of rowsOf(table)) {
    const symbol = /^JIU\/[A-Z]+\/\d{4}\/\d+/.exec(textOf(row));
    if (symbol && cellsOf(row).length === 1) report = symbol[0];
    if (startsBlock(row)) found.push(`${report} ${textOf(cellsOf(row)[0] as Element)}`);
  }
  return found;
}

describe("the report document of ITU's register (named bodies, informal recommendations, a first report)", () => {
  it("has paragraph 8's and 10's figures and every annex recommendation once, in the summary's order", async () => {
    const report = await sampleReport("itu-2022.xlsx", ITU_AS_OF, "en");
    expect(numberedParagraph(report, 8)).toContain(outstandingSentence(report.summary, "en"));
    const paragraphs = bodyParagraphs(report.document).map(textOf);
    const items = paragraphs.filter((text) => text.startsWith("-\t")).map((text) => text.slice(2));
    expect(items).toEqual(decisionText(report.summary, "en"));
    const contents = annexContentsByAddressee(report.register);
    for (const addressee of ["legislative", "executiveHead"] as const) {
      const expected = contents[addressee].flatMap((year) =>
        year.reports.flatMap((group) =>
          group.recommendations.map(
            (rec) =>
              `${group.report.text} ${
                rec.number?.unnumbered
                  ? label("annex.unnumbered", "en")
                  : formatLabel("annex.recommendation", "en", { number: rec.number?.text ?? "" })
              }`,
          ),
        ),
      );
      expect(labelledBlocks(annexTable(report, addressee, "en"))).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });
});
