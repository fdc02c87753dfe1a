/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop --
   these tests break the Office.js rules on purpose, to check that the in-memory Excel fails as Excel does. */
import { createMemoryExcel, type MemoryExcel } from "../../dev/memory-excel";
import type { XlRequestContext } from "../../src/excel/excel-api";

function register(): MemoryExcel {
  return createMemoryExcel({
    sheets: [
      {
        name: "Register",
        cells: [
          ["Report symbol", "Recommendation", "Deadline"],
          ["JIU/REP/2021/6", 4, { kind: "date", iso: "2023-02-28" as never }],
        ],
      },
    ],
  });
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? "no code";
  }
  return "no error";
}

describe("load and sync", () => {
  it("throws PropertyNotLoaded for a property read before load and sync, and reads it after", async () => {
    const excel = register();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Register").getRange("A1:C2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load(["values", "numberFormat", "address"]);
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const pending = context.sync();
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await pending;
      expect(range.values).toEqual([
        ["Report symbol", "Recommendation", "Deadline"],
        ["JIU/REP/2021/6", 4, 44985],
      ]);
      expect(range.numberFormat[1]).toEqual(["General", "General", "yyyy-mm-dd"]);
      expect(range.address).toBe("Register!A1:C2");
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("keeps what a load saw: a later change is not visible until loaded again", async () => {
    const excel = register();
    await excel.run(async (context) => {
      const cell = context.workbook.worksheets.getItem("Register").getRange("B2");
      cell.load(["values"]);
      cell.values = [[7]];
      await context.sync();
      expect(cell.values).toEqual([[4]]);
      cell.load(["values"]);
      await context.sync();
      expect(cell.values).toEqual([[7]]);
    });
  });

  it("queues actions and applies them at sync only", async () => {
    const excel = register();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Register").getRange("A3").values = [["new"]];
      expect(excel.snapshot("Register").cells.some((cell) => cell.value === "new")).toBe(false);
      await context.sync();
      expect(excel.snapshot("Register").cells.some((cell) => cell.value === "new")).toBe(true);
    });
  });

  it("sends what is still queued when the batch returns, as Excel.run does", async () => {
    const excel = register();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Register").getRange("A3").values = [["late"]];
    });
    expect(excel.stats.syncs).toBe(1);
    expect(excel.snapshot("Register").cells.find((cell) => cell.row === 2)?.value).toBe("late");
  });
});

describe("*OrNullObject", () => {
  it("gives isNullObject after a sync without a load, and fails actions on a null object", async () => {
    const excel = register();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("register");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      missing.getRange("A1").values = [["x"]];
      expect(await codeOf(context.sync())).toBe("ItemNotFound");
    });
  });

  it("treats an empty sheet's used range as a null object", async () => {
    const excel = createMemoryExcel({ sheets: [{ name: "Empty" }, { name: "Full", cells: [[null, "x"]] }] });
    await excel.run(async (context) => {
      const empty = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      const full = context.workbook.worksheets.getItem("Full").getUsedRangeOrNullObject(true);
      full.load(["address"]);
      await context.sync();
      expect(empty.isNullObject).toBe(true);
      expect(full.address).toBe("Full!B1");
    });
  });

  it("fails getItem of a missing sheet at sync with ItemNotFound", async () => {
    const excel = register();
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope").load(["name"]);
        await context.sync();
      }),
    );
    expect(code).toBe("ItemNotFound");
  });
});

describe("writing values", () => {
  const write = async (excel: MemoryExcel, values: unknown[][], numberFormat?: string) =>
    excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Register").getRange("D1");
      if (numberFormat) range.numberFormat = [[numberFormat]];
      range.values = values;
      range.load(["values", "formulas"]);
      await context.sync();
      return { values: range.values[0]?.[0] as unknown, formulas: range.formulas[0]?.[0] as unknown };
    });

  it.each([
    ["=1+1", { values: 0, formulas: "=1+1" }],
    ["+1+1", { values: 0, formulas: "=+1+1" }],
    ["-A1", { values: 0, formulas: "=-A1" }],
    ["@SUM(A1)", { values: 0, formulas: "=SUM(A1)" }],
    ["'=1+1", { values: "=1+1", formulas: "=1+1" }],
    ["'007", { values: "007", formulas: "007" }],
    ["12", { values: 12, formulas: 12 }],
    ["-3.5", { values: -3.5, formulas: -3.5 }],
    ["45%", { values: 0.45, formulas: 0.45 }],
    ["TRUE", { values: true, formulas: true }],
    ["#N/A", { values: "#N/A", formulas: "#N/A" }],
    ["2023-02-28", { values: 44985, formulas: 44985 }],
    ["\t=1+1", { values: "\t=1+1", formulas: "\t=1+1" }],
    ["plain text", { values: "plain text", formulas: "plain text" }],
  ])("reads %j back the way Excel would", async (input, expected) => {
    expect(await write(register(), [[input]])).toEqual(expected);
  });

  it("keeps any string as text in a cell formatted as Text", async () => {
    expect(await write(register(), [["=1+1"]], "@")).toEqual({ values: "=1+1", formulas: "=1+1" });
  });

  it("records a formula written from text as a formula", async () => {
    const excel = register();
    await write(excel, [['=HYPERLINK("http://x")']]);
    const cell = excel.snapshot("Register").cells.find((c) => c.row === 0 && c.column === 3);
    expect(cell?.formula).toBe('=HYPERLINK("http://x")');
  });

  it("refuses values of the wrong shape with InvalidArgument, keeping the actions before it", async () => {
    const excel = register();
    const code = await codeOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Register");
        sheet.getRange("A5").values = [["before"]];
        sheet.getRange("A6:B6").values = [["only one"]];
        sheet.getRange("A7").values = [["after"]];
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidArgument");
    const texts = excel.snapshot("Register").cells.map((cell) => cell.value);
    expect(texts).toContain("before");
    expect(texts).not.toContain("after");
  });

  it("leaves a cell unchanged for null and clears it for an empty string", async () => {
    const excel = register();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Register").getRange("A2:B2").values = [[null, ""]];
    });
    const row = excel.snapshot("Register").cells.filter((cell) => cell.row === 1);
    expect(row.find((cell) => cell.column === 0)?.value).toBe("JIU/REP/2021/6");
    expect(row.find((cell) => cell.column === 1)?.value).toBeNull();
  });
});

describe("payload limits and round trips", () => {
  const bigText = "x".repeat(1_000_000);

  it("fails a sync whose request is over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing", async () => {
    const excel = register();
    const before = excel.fingerprint("Register");
    const code = await codeOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Register");
        sheet.getRange("A10").values = [["small"]];
        sheet.getRange("A11:A16").values = Array.from({ length: 6 }, () => [bigText.slice(0, 32_000)]);
        for (let i = 0; i < 6; i++)
          sheet.getRange(`B${20 + i}`).hyperlink = { address: `https://x/${bigText}` };
        await context.sync();
      }),
    );
    expect(code).toBe("RequestPayloadSizeLimitExceeded");
    expect(excel.fingerprint("Register")).toBe(before);
    expect(excel.stats.records[0]?.requestBytes).toBeGreaterThan(5_000_000);
  });

  it("accepts the same content split over syncs under the limit", async () => {
    const excel = register();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Register");
      for (let i = 0; i < 6; i++) {
        sheet.getRange(`B${20 + i}`).hyperlink = { address: `https://x/${bigText}` };
        await context.sync();
      }
    });
    expect(excel.stats.syncs).toBe(6);
    expect(excel.stats.maxRequestBytes).toBeGreaterThan(1_000_000);
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });

  it("fails a read whose response is over the limit, and allows it when that limit is off", async () => {
    const cells = Array.from({ length: 200 }, () => ["y".repeat(30_000)]);
    const read = (excel: MemoryExcel) =>
      excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem("Big").getUsedRangeOrNullObject(true);
        range.load(["values"]);
        await context.sync();
        return range.values.length;
      });
    expect(await codeOf(read(createMemoryExcel({ sheets: [{ name: "Big", cells }] })))).toBe(
      "ResponsePayloadSizeLimitExceeded",
    );
    const desktop = createMemoryExcel(
      { sheets: [{ name: "Big", cells }] },
      { limits: { responseBytes: null } },
    );
    expect(await read(desktop)).toBe(200);
    expect(desktop.stats.maxResponseBytes).toBeGreaterThan(6_000_000);
  });

  it("counts syncs, runs and the suspend flags", async () => {
    const excel = register();
    await excel.run(async (context: XlRequestContext) => {
      context.application.suspendScreenUpdatingUntilNextSync();
      context.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Register").getRange("A9").values = [["a"]];
      await context.sync();
      await context.sync();
    });
    expect(excel.stats).toMatchObject({ runs: 1, syncs: 2 });
    expect(excel.stats.records.map((r) => [r.screenUpdatingSuspended, r.calculationSuspended])).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it("injects a failure at the n-th sync after some actions, leaving those applied", async () => {
    const excel = register();
    excel.injectFailure({ atSync: 2, afterActions: 1 });
    const code = await codeOf(
      excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Register");
        sheet.getRange("A20").values = [["one"]];
        await context.sync();
        sheet.getRange("A21").values = [["two"]];
        sheet.getRange("A22").values = [["three"]];
        await context.sync();
      }),
    );
    expect(code).toBe("GeneralException");
    const values = excel.snapshot("Register").cells.map((cell) => cell.value);
    expect(values).toEqual(expect.arrayContaining(["one", "two"]));
    expect(values).not.toContain("three");
  });

  it("fails every sync in cell-edit mode", async () => {
    const excel = register();
    excel.setCellEditMode(true);
    const code = await codeOf(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Register").getRange("A1").load(["values"]);
        await context.sync();
      }),
    );
    expect(code).toBe("InvalidOperationInCellEditMode");
  });
});

describe("compile-time subset", () => {
  it("rejects a call that Excel does not have", async () => {
    const excel = register();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Register").getRange("A1");
      // @ts-expect-error Excel's method is autofitColumns, on range.format; the subset has neither spelling here.
      expect(range.autoFitColumns).toBeUndefined();
    });
  });
});
