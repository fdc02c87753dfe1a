/**
 * Nothing lost, through the adapter on the in-memory Excel: no action changes a cell of the user's sheets
 * (values, formulas, formats, links, merges, sizes, tables); Clear marks restores the workbook exactly;
 * generating twice gives the same sheets, never duplicates; a failure injected at any request of a
 * generation leaves the user's sheets untouched and no visible half-written sheet, and the next generation
 * cleans up whatever was left.
 */
import { RegisterApiError, type RegisterApi } from "../../src/app/register-api";
import type { IsoDate } from "../../src/core/grid";
import { createExcelRegisterApi } from "../../src/excel";
import { createMemoryExcel, type MemoryExcel, type MemoryWorkbookInit } from "../../dev/memory-excel";
import { memoryInitOf } from "./memory-workbook";
import { AS_OF, STACK_LINE } from "./run-cli";
import { registerSheet } from "./workbook-spec";

const asOf = AS_OF as IsoDate;
const USER_SHEETS = ["Register", "Notes"];

/** A register with formatting, a formula, a link, a merged title, widths, a table of notes and a name. */
function richWorkbook(withErrors = false): MemoryWorkbookInit {
  const register = registerSheet(
    [
      {
        reportSymbol: "JIU/REP/2021/6",
        recommendationNumber: 1,
        implementation: "In progress",
        previousImplementation: "In progress",
      },
      {
        reportSymbol: "JIU/REP/2021/6",
        recommendationNumber: 2,
        acceptance: withErrors ? "Acepted" : "Accepted",
      },
      {
        reportSymbol: "JIU/REP/2020/7",
        recommendationNumber: 3,
        addressee: "Legislative body",
        implementation: "Not started",
        previousImplementation: "Not started",
      },
    ],
    { headerRow: 3 },
  );
  const [sheet] = memoryInitOf({ sheets: [register] }).sheets;
  const cells = [...(sheet?.cells ?? [])].map((row) => [...row]);
  cells[0] = ["Register of JIU recommendations"];
  cells[1] = [{ formula: '=TEXT(DATE(2023,2,28),"yyyy-mm-dd")', value: "2023-02-28" }];
  return {
    sheets: [
      {
        name: "Register",
        cells,
        merges: ["A1:F1"],
        formats: [
          { address: "A1", format: { bold: true, fontSize: 16, fontColor: "#1F4E79" } },
          { address: "A3:Q3", format: { bold: true, fill: "#DDEBF7", wrap: true } },
          {
            address: "H4:H6",
            format: { borderBottom: { style: "Double", weight: "Thick", color: "#FF0000" } },
          },
        ],
        conditionalFormats: [{ address: "I4:I100", formula: '=I4="Not started"', fill: "#FFC7CE" }],
        columnWidths: [90, 240, null, null, null, 360],
      },
      {
        name: "Notes",
        cells: [
          ["Meeting with the JIU focal point", null],
          [null, 0.425],
        ],
        numberFormats: [
          [null, null],
          [null, "0.0%"],
        ],
        tables: [{ name: "NotesTable", address: "A1:B2" }],
      },
    ],
    names: [{ name: "MyRate", reference: "=Notes!$B$2", comment: "kept by hand" }],
  };
}

function memory(withErrors = false): MemoryExcel {
  return createMemoryExcel(richWorkbook(withErrors), { limits: { requestBytes: null, responseBytes: null } });
}

const fingerprints = (excel: MemoryExcel) => USER_SHEETS.map((name) => excel.fingerprint(name));
const fullState = (excel: MemoryExcel) => ({
  sheets: excel.sheetNames(),
  snapshots: excel.sheetNames().map((name) => excel.snapshot(name)),
  names: excel.state.names.map((n) => ({
    name: n.name,
    comment: n.comment,
    visible: n.visible,
    reference: n.reference,
  })),
});

type Action = readonly [string, (api: RegisterApi) => Promise<unknown>];
const ACTIONS: readonly Action[] = [
  ["validate (with marks)", (api) => api.validate({ asOf, language: "en" })],
  ["clear marks", (api) => api.clearMarks()],
  ["generate the summary", (api) => api.generateSummary({ asOf, language: "en" })],
  ["generate the annexes", (api) => api.generateAnnex({ asOf, language: "zh" })],
  ["generate the annexes again", (api) => api.generateAnnex({ asOf, language: "zh" })],
  ["validate again", (api) => api.validate({ asOf, language: "zh" })],
  [
    "go to a finding",
    (api) =>
      api.goTo({
        sheet: "Register",
        row: 4,
        column: "Acceptance",
        columnNumber: 8,
        severity: "error",
        rule: "E05-acceptance",
        messageId: "recommendation.duplicate",
        params: {},
      }),
  ],
];

describe("nothing lost through the adapter", () => {
  it.each([false, true])(
    "no action changes a cell of the user's sheets (register with errors: %s)",
    async (withErrors) => {
      const excel = memory(withErrors);
      const before = fingerprints(excel);
      const api = createExcelRegisterApi(excel.run);
      for (const [name, act] of ACTIONS) {
        await act(api);
        expect([name, fingerprints(excel)]).toEqual([name, before]);
      }
    },
  );

  it("Clear marks puts the workbook back exactly as it was, conditional formats and names included", async () => {
    const excel = memory(true);
    const original = fullState(excel);
    const api = createExcelRegisterApi(excel.run);
    const { findings } = await api.validate({ asOf, language: "en" });
    expect(findings.length).toBeGreaterThan(0);
    expect(fullState(excel)).not.toEqual(original);
    await api.clearMarks();
    expect(fullState(excel)).toEqual(original);
  });

  it("generating twice gives the same sheets, in place, never duplicates", async () => {
    const excel = memory();
    const api = createExcelRegisterApi(excel.run);
    const first = await api.generateAnnex({ asOf, language: "en" });
    await api.generateSummary({ asOf, language: "en" });
    const names = excel.sheetNames();
    const prints = names.map((name) => excel.fingerprint(name));
    const second = await api.generateAnnex({ asOf, language: "en" });
    await api.generateSummary({ asOf, language: "en" });
    expect(second.sheets).toEqual(first.sheets);
    expect(second.renamedFrom).toEqual([]);
    expect(excel.sheetNames()).toEqual(names);
    expect(names.filter((name) => / \(\d+\)$/.test(name))).toEqual([]);
    expect(excel.sheetNames().map((name) => excel.fingerprint(name))).toEqual(prints);
  });
});

describe("a failure in the middle of generating", () => {
  /** A clean generation of the annexes (after a first one when `again`): the actions of each request, and the sheets. */
  async function cleanRun(
    again: boolean,
  ): Promise<{ actions: readonly number[]; sheets: ReadonlyMap<string, string> }> {
    const excel = memory();
    const api = createExcelRegisterApi(excel.run);
    if (again) await api.generateAnnex({ asOf, language: "en" });
    excel.resetStats();
    await api.generateAnnex({ asOf, language: "en" });
    const sheets = new Map(
      excel
        .sheetNames()
        .filter((name) => !USER_SHEETS.includes(name))
        .map((name) => [name, excel.fingerprint(name)]),
    );
    return { actions: excel.stats.records.map((r) => r.actions), sheets };
  }

  function markerOf(excel: MemoryExcel, sheetName: string): string | undefined {
    const sheet = excel.state.sheets.find((s) => s.name === sheetName && !s.deleted);
    return excel.state.names.find((n) => n.reference.kind === "range" && n.reference.sheetId === sheet?.id)
      ?.comment;
  }

  /** Generates (after a first generation when `again`) with a failure injected; returns the API for a retry. */
  async function failingGeneration(again: boolean, sync: number, afterActions: number) {
    const excel = memory();
    const original = fingerprints(excel);
    const api = createExcelRegisterApi(excel.run);
    if (again) await api.generateAnnex({ asOf, language: "en" });
    excel.injectFailure({ atSync: sync, afterActions });
    let failure: unknown = null;
    try {
      await api.generateAnnex({ asOf, language: "en" });
    } catch (error) {
      failure = error;
    }
    return { excel, api, original, failure };
  }

  /**
   * After a failure: the user's sheets are untouched; what is left is either whole (the very sheet a clean run
   * makes) or hidden and marked incomplete.
   */
  function expectNothingHalfWritten(
    excel: MemoryExcel,
    original: readonly string[],
    clean: ReadonlyMap<string, string>,
  ): void {
    expect(fingerprints(excel)).toEqual(original);
    for (const name of excel.sheetNames().filter((n) => !USER_SHEETS.includes(n))) {
      if (excel.snapshot(name).visibility === "Visible")
        expect([name, excel.fingerprint(name)]).toEqual([name, clean.get(name)]);
      else
        expect([name, markerOf(excel, name)]).toEqual([
          name,
          expect.stringMatching(/^jiu-register:incomplete/),
        ]);
    }
  }

  /** The next generation succeeds and keeps the user's sheets; returns the sheet names it ends with. */
  async function retry(
    excel: MemoryExcel,
    api: RegisterApi,
    original: readonly string[],
    clean: ReadonlyMap<string, string>,
  ) {
    const outcome = await api.generateAnnex({ asOf, language: "en" });
    expect(outcome.refusedFindings).toBeNull();
    expect(fingerprints(excel)).toEqual(original);
    const names = excel.sheetNames();
    for (const [name, print] of clean) {
      if (names.includes(name)) expect([name, excel.fingerprint(name)]).toEqual([name, print]);
    }
    return names;
  }

  const EXPECTED_SHEETS = [...USER_SHEETS, "Annex I", "Annex II", "Annex III"];

  /** Failure positions: every action of the last request (where sheets are shown and named), a few elsewhere. */
  function positions(actions: readonly number[]): [number, number][] {
    return actions.flatMap((count, i) => {
      const sync = i + 1;
      const at =
        sync === actions.length
          ? [
              0,
              Math.floor(count / 2),
              ...Array.from({ length: Math.min(count, 20) }, (_, k) => count - 1 - k),
            ]
          : [0, Math.floor(count / 2), Math.max(0, count - 1)];
      return [...new Set(at)].map((afterActions): [number, number] => [sync, afterActions]);
    });
  }

  /**
   * Injects a failure at each position in turn and checks what is left; returns the positions after which the
   * next generation did not end with exactly the expected sheets. Run once per flavour, shared by the tests.
   */
  const sweeps = new Map<boolean, Promise<string[]>>();
  function sweep(again: boolean): Promise<string[]> {
    const cached = sweeps.get(again);
    if (cached) return cached;
    const run = (async () => {
      const problems: string[] = [];
      const { actions, sheets: clean } = await cleanRun(again);
      // At least one request that reads and one that writes.
      expect(actions.length).toBeGreaterThanOrEqual(2);
      for (const [sync, afterActions] of positions(actions)) {
        const { excel, api, original, failure } = await failingGeneration(again, sync, afterActions);
        expectNothingHalfWritten(excel, original, clean);
        if (failure === null) {
          // The adapter recovered from this one (a read it could repeat): the sheets must then be complete.
          expect([sync, afterActions, excel.sheetNames()]).toEqual([sync, afterActions, EXPECTED_SHEETS]);
          continue;
        }
        expect([sync, afterActions, failure]).toEqual([sync, afterActions, expect.any(RegisterApiError)]);
        expect((failure as Error).message).not.toMatch(STACK_LINE);
        const names = await retry(excel, api, original, clean);
        if (names.join("|") !== EXPECTED_SHEETS.join("|")) {
          problems.push(
            `${again ? "again" : "first"}, request ${sync}, after ${afterActions} actions: ${names.join(", ")}`,
          );
        }
      }
      return problems;
    })();
    sweeps.set(again, run);
    return run;
  }

  it.each([
    ["on a first generation", false],
    ["when generating again over earlier annexes", true],
  ])(
    "%s: at any request, before or amid its actions, the user's sheets are untouched and no sheet is half-written",
    async (_when, again) => {
      await sweep(again);
    },
    60_000,
  );

  // The last request moves each new sheet into place, deletes the sheets they replace, then names, shows and
  // marks each new sheet: whatever part of it applies before a failure, the next generation recognises what is
  // left (an unfinished sheet frees its name) and ends with each sheet once, under its name, in its place.
  it("after a failure at any of those positions, the next generation ends with each sheet once, under its name", async () => {
    expect([...(await sweep(false)), ...(await sweep(true))]).toEqual([]);
  }, 60_000);

  it("even when the clean-up fails too, what is left is hidden, marked incomplete, and removed next time", async () => {
    const { actions, sheets: clean } = await cleanRun(false);
    const count = actions[actions.length - 1] ?? 0;
    const excel = memory();
    const original = fingerprints(excel);
    const api = createExcelRegisterApi(excel.run);
    // Fail the last request halfway through writing the sheets, and the clean-up after it.
    excel.injectFailure({ atSync: actions.length, afterActions: Math.floor(count / 2) });
    excel.injectFailure({ atSync: actions.length + 1 });
    await expect(api.generateAnnex({ asOf, language: "en" })).rejects.toBeInstanceOf(RegisterApiError);
    const left = excel.sheetNames().filter((name) => !USER_SHEETS.includes(name));
    expect(left.length).toBeGreaterThan(0);
    expectNothingHalfWritten(excel, original, clean);
    expect(left.every((name) => excel.snapshot(name).visibility !== "Visible")).toBe(true);
    expect(await retry(excel, api, original, clean)).toEqual(EXPECTED_SHEETS);
  });
});
