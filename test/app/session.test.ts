import type {
  GridRequest,
  MarkWriter,
  PendingCells,
  RegisterPorts,
  SheetWriter,
  Validated,
} from "../../src/app/ports";
import { RegisterApiError } from "../../src/app/register-api";
import { RegisterSession, type SessionAction } from "../../src/app/session";
import type { Finding } from "../../src/core/findings";
import type { WorkbookGrid } from "../../src/core/grid";
import type { SheetLayout } from "../../src/layout/model";
import { aGrid, aSheet, iso, linkCell } from "../fixtures";

const AS_OF = iso("2023-02-28");
const BEFORE_LAST_UPDATE = iso("2022-12-31");
/** A register whose one row has an error (an acceptance no vocabulary knows). */
const WITH_ERROR = aGrid([{}, { acceptance: "Acepted" }]);
const CLEAN = aGrid([{}, {}]);
const NO_REGISTER: WorkbookGrid = { sheets: [aSheet("Notes", [["Nothing here"]])] };

/** The memory a fake reader hands back: which read it came from. */
interface Memory {
  readonly read: number;
}

/** A reader over hand-made grids, one per read (the last one repeated); it records what it was asked. */
function fakeReader(grids: readonly WorkbookGrid[], pending?: (grid: WorkbookGrid) => PendingCells | null) {
  const requests: GridRequest<Memory>[] = [];
  return {
    requests,
    read: async (request: GridRequest<Memory>) => {
      requests.push(request);
      const grid = grids[Math.min(requests.length, grids.length) - 1] as WorkbookGrid;
      return {
        grid,
        cut: [],
        settle: () => ({ grid: null, pending: pending?.(grid) ?? null, memory: { read: requests.length } }),
      };
    },
  };
}

function fakeSheets(): SheetWriter<string[]> & { written: SheetLayout[][] } {
  const written: SheetLayout[][] = [];
  return {
    written,
    write: async (layouts) => {
      written.push([...layouts]);
      return layouts.map((layout) => layout.name);
    },
  };
}

function fakeMarks(withWriteAndRead: boolean) {
  const log: string[] = [];
  const writes: (readonly Finding[])[] = [];
  const marks: MarkWriter = {
    write: async (validated: Validated) => {
      log.push("write");
      writes.push(validated.findings);
    },
    clear: async () => {
      log.push("clear");
    },
    settled: async () => {
      log.push("settled");
    },
  };
  if (withWriteAndRead)
    marks.writeAndRead = async (validated, pending) => {
      log.push("writeAndRead");
      writes.push(validated.findings);
      return pending.read();
    };
  return { marks, log, writes };
}

function action(overrides: Partial<SessionAction> = {}): SessionAction {
  return { asOf: AS_OF, outputLanguage: "en", ...overrides };
}

describe("RegisterSession", () => {
  it("validates as of the date each action brings, typed, and summarizes as of it too", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const ports = { reader: fakeReader([CLEAN]) };
    const now = await session.summary(ports, action());
    const earlier = await session.summary(ports, action({ asOf: BEFORE_LAST_UPDATE }));
    expect(now.checked.findings.filter((finding) => finding.rule.startsWith("E"))).toEqual([]);
    expect(now.summary.asOf).toBe(AS_OF);
    expect(earlier.summary.asOf).toBe(BEFORE_LAST_UPDATE);
    // Last updated 2023-01-15: in the future as of 31 December 2022, not as of 28 February 2023.
    const future = (findings: readonly Finding[]) =>
      findings.filter((finding) => finding.messageId === "lastUpdated.future");
    expect(future(now.checked.findings)).toEqual([]);
    expect(future(earlier.checked.findings)).toHaveLength(2);
  });

  it("writes sheets in the output language and speaks the UI's language, two separate settings", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const sheets = fakeSheets();
    const result = await session.generate(
      "annex",
      { reader: fakeReader([CLEAN]), sheets },
      action({ outputLanguage: "zh" }),
    );
    expect(result.kind).toBe("written");
    expect(sheets.written[0]?.map((layout) => layout.name)).toEqual(["附件一", "附件二", "附件三"]);

    const unusable = session.generate(
      "annex",
      { reader: fakeReader([NO_REGISTER]), sheets },
      action({ outputLanguage: "zh" }),
    );
    await expect(unusable).rejects.toThrow(RegisterApiError);
    await expect(unusable).rejects.toThrow(/^No register found/);
    const chinese = new RegisterSession<Memory>({ uiLanguage: "zh" });
    const inChinese = chinese.check({ reader: fakeReader([NO_REGISTER]) }, action({ outputLanguage: "en" }));
    await expect(inChinese).rejects.toMatchObject({ code: "no-register", problem: { code: "no-register" } });
    await expect(inChinese).rejects.toThrow(/[\u4e00-\u9fff]/);
    await expect(inChinese).rejects.not.toThrow(/No register found/);
  });

  it("refuses to write from a register with errors, and writes it when forced", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const sheets = fakeSheets();
    const refused = await session.generate("summary", { reader: fakeReader([WITH_ERROR]), sheets }, action());
    expect(refused.kind).toBe("refused");
    expect(refused.kind === "refused" && refused.errors.map((finding) => finding.row)).toEqual([3]);
    expect(sheets.written).toEqual([]);

    const forced = await session.generate(
      "summary",
      { reader: fakeReader([WITH_ERROR]), sheets },
      action({ force: true }),
    );
    expect(forced.kind).toBe("written");
    expect(forced.kind === "written" && forced.written).toEqual(["Summary"]);
    const report = await session.report({ reader: fakeReader([WITH_ERROR]) }, action());
    expect(report.kind).toBe("refused");
  });

  it("lets the caller vet the validated register before anything is refused or written", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const sheets = fakeSheets();
    const vetted: number[] = [];
    const stop = action({ force: true, vet: (checked) => (vetted.push(checked.findings.length), undefined) });
    await session.generate("annex", { reader: fakeReader([WITH_ERROR]), sheets }, stop);
    expect(vetted.length).toBe(1);
    const throwing = action({
      vet: () => {
        throw new Error("none of the rows can be counted");
      },
    });
    await expect(
      session.generate("annex", { reader: fakeReader([WITH_ERROR]), sheets }, throwing),
    ).rejects.toThrow("none of the rows");
    expect(sheets.written).toHaveLength(1);
  });

  it("remembers what the reader learnt between actions, and keeps it when a read finds no register", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const reader = fakeReader([CLEAN, NO_REGISTER, CLEAN]);
    const ports: RegisterPorts<Memory> = { reader };
    await session.check(ports, action());
    await expect(session.check(ports, action())).rejects.toThrow(RegisterApiError);
    await session.check(ports, action());
    expect(reader.requests.map((request) => request.memory)).toEqual([null, { read: 1 }, { read: 1 }]);
    const other = new RegisterSession<Memory>({ uiLanguage: "en" });
    await other.check(ports, action());
    expect(reader.requests.at(-1)?.memory).toBeNull();
  });

  it("marks a validation once; an unusable workbook's old marks are cleared", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    const { marks, log, writes } = fakeMarks(true);
    const reader = fakeReader([WITH_ERROR, NO_REGISTER]);
    const checked = await session.validate({ reader, marks }, action());
    expect(log).toEqual(["write", "settled"]);
    expect(writes[0]).toEqual(checked.findings);
    expect(reader.requests[0]?.forMarks).toBe(true);
    await expect(session.validate({ reader, marks }, action())).rejects.toThrow(/^No register found/);
    expect(log).toEqual(["write", "settled", "clear"]);
  });

  it("marks findings on pending cells only once those are read, in one request when the port can", async () => {
    // The report link shows text: the reader could not bring its address. Read, it is a web address.
    const shown = aGrid([{ reportLink: "Report" }]);
    const linked = aGrid([{ reportLink: linkCell("Report", "https://www.unjiu.org/content/reports/x") }]);
    const pending = (): PendingCells => ({
      mayChange: (finding) => finding.rule === "E11-link",
      read: async () => linked,
    });
    const unread = await new RegisterSession<Memory>({ uiLanguage: "en" }).check(
      { reader: fakeReader([shown]) },
      action(),
    );
    expect(unread.findings.filter((finding) => finding.rule === "E11-link")).toHaveLength(1);
    for (const capable of [true, false]) {
      const session = new RegisterSession<Memory>({ uiLanguage: "en" });
      const { marks, log, writes } = fakeMarks(capable);
      const checked = await session.validate({ reader: fakeReader([shown], pending), marks }, action());
      expect(log).toEqual(capable ? ["writeAndRead", "write", "settled"] : ["write", "settled"]);
      expect(writes.flat().filter((finding) => finding.rule === "E11-link")).toEqual([]);
      expect(checked.grid).toBe(linked);
      expect(checked.findings.filter((finding) => finding.rule === "E11-link")).toEqual([]);
    }
  });

  it("reads pending cells for the annexes (they show links), not for a summary that goes ahead", async () => {
    const session = new RegisterSession<Memory>({ uiLanguage: "en" });
    let reads = 0;
    const pending = (): PendingCells => ({
      mayChange: () => false,
      read: async () => (reads++, CLEAN),
    });
    await session.generate(
      "summary",
      { reader: fakeReader([CLEAN], pending), sheets: fakeSheets() },
      action(),
    );
    expect(reads).toBe(0);
    await session.generate("annex", { reader: fakeReader([CLEAN], pending), sheets: fakeSheets() }, action());
    expect(reads).toBe(1);
  });
});
