import type { ColumnId, ColumnRef } from "../../../src/core/model";
import { readStatus, statusLayout } from "../../../src/core/parse";
import {
  BUILT_IN_VOCABULARY,
  createVocabulary,
  parseMeans,
  readVocabulary,
  type VocabularyEntry,
} from "../../../src/core/vocabulary";
import { aSheet, vocabularySheet } from "../../fixtures";

describe("parseMeans: what a Vocabulary sheet's Means cell says", () => {
  it.each([
    ["Legislative body", { kind: "addressee", addressee: "legislative" }],
    ["行政首长", { kind: "addressee", addressee: "executiveHead" }],
    [
      "Under consideration",
      { kind: "status", status: { acceptance: "underConsideration", implementation: null } },
    ],
    ["已落实", { kind: "status", status: { acceptance: null, implementation: "implemented" } }],
    ["Closed", { kind: "status", status: { acceptance: "closed", implementation: null } }],
    [
      "Accepted; In progress",
      { kind: "status", status: { acceptance: "accepted", implementation: "inProgress" } },
    ],
    [
      "In progress; Accepted",
      { kind: "status", status: { acceptance: "accepted", implementation: "inProgress" } },
    ],
    [
      "已接受；尚未启动",
      { kind: "status", status: { acceptance: "accepted", implementation: "notStarted" } },
    ],
    [
      "Partially implemented",
      { kind: "status", status: { acceptance: "accepted", implementation: "inProgress" } },
    ],
  ])("%j means %j", (text, meaning) => {
    expect(parseMeans(text)).toEqual(meaning);
  });

  it.each([
    ["Legislative bodies of all kinds"],
    ["Accepted; Not accepted"],
    ["Implemented; In progress"],
    ["Not accepted; In progress"],
    ["Accepted; In progress; Implemented"],
    [""],
    [";"],
  ])("%j names no canonical value", (text) => {
    expect(parseMeans(text)).toBeNull();
  });
});

const entry = (row: number, word: string, means: string): VocabularyEntry => ({
  row,
  word,
  means,
  meaning: parseMeans(means),
});

describe("createVocabulary", () => {
  it("reads the built-in words in every register language, named bodies flagged", () => {
    expect(BUILT_IN_VOCABULARY.addressee("Coordination Committee")).toEqual({
      addressee: "legislative",
      named: true,
    });
    expect(BUILT_IN_VOCABULARY.addressee("GOVERNING BODIES")).toEqual({
      addressee: "legislative",
      named: false,
    });
    expect(BUILT_IN_VOCABULARY.addressee("总干事")).toEqual({ addressee: "executiveHead", named: true });
    expect(BUILT_IN_VOCABULARY.status("remain under consideration by these bodies")).toEqual({
      acceptance: "underConsideration",
      implementation: null,
    });
    expect(BUILT_IN_VOCABULARY.status("Plenary")).toBeNull();
  });

  it("puts the organization's words first, printed as written, and the first of two rows counts", () => {
    const vocabulary = createVocabulary([
      entry(2, "Plenary", "Legislative body"),
      entry(3, "Closed", "Implemented"),
      entry(4, "plenary", "Executive head"),
      entry(5, "Nonsense", "a meaning nobody knows"),
    ]);
    expect(vocabulary.addressee("PLENARY")).toEqual({ addressee: "legislative", named: true });
    // The organization's "Closed" means implemented: its word wins over the built-in one.
    expect(vocabulary.status("closed")).toEqual({ acceptance: null, implementation: "implemented" });
    expect(vocabulary.status("Nonsense")).toBeNull();
    expect(vocabulary.addressee("Council")).toEqual({ addressee: "legislative", named: true });
  });
});

describe("readVocabulary: the sheet named Vocabulary (or 词汇)", () => {
  it.each([
    ["Vocabulary", ["Word", "Means"]],
    ["词汇", ["词语", "含义"]],
    [" glossary ", ["Our word", "Meaning"]],
  ])("reads sheet %j with headers %j", (name, headers) => {
    const vocabulary = readVocabulary([vocabularySheet([["Plenary", "Legislative body"]], headers, name)]);
    expect(vocabulary.sheet).toBe(name);
    expect(vocabulary.entries).toEqual([entry(2, "Plenary", "Legislative body")]);
    expect(vocabulary.addressee("Plenary")?.addressee).toBe("legislative");
  });

  it("leaves a sheet with another name alone, and one without a Word and Means header", () => {
    expect(
      readVocabulary([vocabularySheet([["Plenary", "Legislative body"]], ["Word", "Means"], "Notes")]),
    ).toBe(BUILT_IN_VOCABULARY);
    expect(readVocabulary([aSheet("Vocabulary", [["Term list"], ["Plenary"]])])).toBe(BUILT_IN_VOCABULARY);
  });
});

const ref = (index: number): ColumnRef => ({ index, header: "", columnNumber: index + 1 });
const columnsOf = (...ids: ColumnId[]) => Object.fromEntries(ids.map((id, index) => [id, ref(index)]));

describe("statusLayout and readStatus: one status column or two", () => {
  it.each([
    [
      "two columns",
      ["acceptance", "implementation"],
      { Acceptance: "acceptance", Implementation: "implementation", Phrase: null },
    ],
    [
      "two columns and a Status of the register's own",
      ["acceptance", "implementation", "status"],
      { Acceptance: "acceptance", Implementation: "implementation", Phrase: null },
    ],
    ["one Status column", ["status"], { Acceptance: null, Implementation: null, Phrase: "status" }],
    [
      "Implementation alone",
      ["implementation"],
      { Acceptance: null, Implementation: null, Phrase: "implementation" },
    ],
    [
      "Acceptance and Status",
      ["acceptance", "status"],
      { Acceptance: "acceptance", Implementation: null, Phrase: "status" },
    ],
  ] as const)("%s", (_name, ids, expected) => {
    const layout = statusLayout(columnsOf(...ids), "now");
    expect({
      Acceptance: layout.acceptance,
      Implementation: layout.implementation,
      Phrase: layout.phrase,
    }).toEqual(expected);
  });

  const two = statusLayout(columnsOf("acceptance", "implementation"), "now");
  const single = statusLayout(columnsOf("status"), "now");
  const alone = statusLayout(columnsOf("implementation"), "now");
  it.each([
    [
      "two: both given",
      two,
      { acceptance: "Accepted", implementation: "In progress" },
      ["accepted", "inProgress", false],
    ],
    [
      "two: acceptance blank, implemented",
      two,
      { acceptance: null, implementation: "已落实" },
      ["accepted", "implemented", true],
    ],
    [
      "two: a phrase states the acceptance",
      two,
      { acceptance: null, implementation: "Partially implemented" },
      ["accepted", "inProgress", false],
    ],
    [
      "two: an unknown acceptance is not inferred",
      two,
      { acceptance: "Acepted", implementation: "Implemented" },
      [null, "implemented", false],
    ],
    ["single: implemented", single, { status: "Implemented" }, ["accepted", "implemented", false]],
    ["single: closed", single, { status: "Closed" }, ["closed", null, false]],
    ["single: no longer relevant", single, { status: "No longer relevant" }, ["notRelevant", null, false]],
    ["single: accepted alone", single, { status: "Accepted" }, ["accepted", null, false]],
    [
      "implementation alone: in progress",
      alone,
      { implementation: "In progress" },
      ["accepted", "inProgress", true],
    ],
    [
      "implementation alone: not accepted",
      alone,
      { implementation: "Not accepted" },
      ["notAccepted", null, false],
    ],
  ] as const)("%s", (_name, layout, cells, [acceptance, implementation, inferred]) => {
    expect(readStatus(cells, layout, BUILT_IN_VOCABULARY)).toMatchObject({
      acceptance,
      implementation,
      inferred,
    });
  });
});
