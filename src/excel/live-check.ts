import { applyEdit, startLive, type LiveRegister } from "../app/live-register";
import type { LiveCheckEvent } from "../app/register-api";
import type { CellValue, IsoDate, WorkbookGrid } from "../core/grid";
import type { Finding } from "../core/findings";
import type { Register } from "../core/model";
import { toCellValue } from "./cell-values";
import type { DocumentSettings } from "./document-settings";
import type { ExcelRunner, XlClientResult, XlRequestContext } from "./excel-api";
import { marksOf, updateMarkSteps, type LiveMarks } from "./live-marks";
import type { SheetMask } from "./marks";
import { LINK_COLUMNS, withLinks } from "./read-links";
import { runSteps } from "./steps";

/** The document setting that keeps "Check as I type" on or off. */
export const CHECK_AS_YOU_TYPE_SETTING = "jiuRegister.checkAsYouType";
/** An edit of more rows than this (a large paste) is checked by a full validation instead. */
export const LIVE_ROW_LIMIT = 2_000;

/** What a full validation hands over for live checking. */
export interface LiveStart {
  readonly grid: WorkbookGrid;
  readonly register: Register;
  readonly findings: readonly Finding[];
  readonly asOf: IsoDate;
  readonly maskSheet: string;
  readonly masks: readonly SheetMask[];
}

interface Session {
  readonly live: LiveRegister;
  readonly sheetId: string;
  readonly marks: LiveMarks;
}

/**
 * "Check as I type": after a full validation (which hands over the register it read, its findings and
 * its marks), every edit of the register's sheet is read alone (its rows, in one round trip), checked
 * against the remembered register (src/app/live-register.ts), and its marks rewritten (one more round
 * trip); listeners get the new findings. An edit that changes what the register is (its header, inserted
 * or deleted rows or columns, a paste of more than `LIVE_ROW_LIMIT` rows) asks for a full validation.
 */
export class LiveChecker {
  #session: Session | null = null;
  #listening = false;
  #queue: Promise<void> = Promise.resolve();
  readonly #listeners = new Set<(event: LiveCheckEvent) => void>();

  constructor(
    private readonly run: ExcelRunner,
    private readonly settings: DocumentSettings,
  ) {}

  get enabled(): boolean {
    return this.settings.get(CHECK_AS_YOU_TYPE_SETTING) === true;
  }

  async setEnabled(on: boolean): Promise<void> {
    await this.settings.save(CHECK_AS_YOU_TYPE_SETTING, on);
    if (!on) this.#session = null;
  }

  /** Stops checking edits until the next validation (the marks were cleared). */
  forget(): void {
    this.#session = null;
  }

  subscribe(listener: (event: LiveCheckEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Called by a full validation while checking is on: remembers it, and listens (one round trip). */
  async remember(context: XlRequestContext, start: LiveStart): Promise<void> {
    const sheet = context.workbook.worksheets.getItem(start.register.sheet);
    sheet.load(["id"]);
    if (!this.#listening)
      context.workbook.worksheets.onChanged.add((event) => this.#enqueue(() => this.#onChanged(event)));
    await context.sync();
    this.#listening = true;
    this.#session = {
      live: startLive(start.grid, start.register, start.findings, start.asOf),
      sheetId: sheet.id,
      marks: marksOf(start.maskSheet, start.masks, start.register.sheet),
    };
  }

  /** Edits are checked one after the other, in the order they came. */
  #enqueue(work: () => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(work, work);
    return this.#queue;
  }

  #emit(event: LiveCheckEvent): void {
    for (const listener of this.#listeners) listener(event);
  }

  async #onChanged(event: Excel.WorksheetChangedEventArgs): Promise<void> {
    const session = this.#session;
    if (!session || !this.enabled || event.worksheetId !== session.sheetId) return;
    const rows = event.changeType === "RangeEdited" ? rowSpan(event.address) : null;
    if (!rows || rows.count > LIVE_ROW_LIMIT) return this.#needsFullCheck();
    try {
      await this.run((context) => this.#update(context, session, rows));
    } catch (error) {
      this.#session = null;
      this.#emit({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  #needsFullCheck(): void {
    this.#session = null;
    this.#emit({ kind: "needsFullCheck" });
  }

  async #update(
    context: XlRequestContext,
    session: Session,
    rows: { first: number; count: number },
  ): Promise<void> {
    const cells = await readRows(context, session.live, rows);
    const update = applyEdit(session.live, { firstRow: rows.first, cells });
    if (update.kind === "needsFullCheck") return this.#needsFullCheck();
    const { live } = update;
    const span = { first: live.originColumn - 1, count: live.width };
    const marks = updateMarkSteps(
      context,
      live.register.sheet,
      live.findings,
      update.affectedRows,
      session.marks,
      span,
    );
    await runSteps(context, marks.steps);
    this.#session = { ...session, live, marks: marks.marks };
    this.#emit({
      kind: "updated",
      outcome: { sheet: live.register.sheet, rows: live.register.rows.length, findings: live.findings },
      rows: update.affectedRows,
    });
  }
}

/**
 * The edited rows' cells, in one round trip: their values and number formats across the register's
 * columns, and the hyperlinks of its link columns.
 */
async function readRows(
  context: XlRequestContext,
  live: LiveRegister,
  rows: { first: number; count: number },
): Promise<CellValue[][]> {
  const { register, originColumn, width } = live;
  const sheet = context.workbook.worksheets.getItem(register.sheet);
  const range = sheet.getRangeByIndexes(rows.first - 1, originColumn - 1, rows.count, width);
  range.load(["values", "numberFormat"]);
  const links = LINK_COLUMNS.flatMap((id) => {
    const ref = register.columns[id];
    if (!ref) return [];
    const cells = sheet.getRangeByIndexes(rows.first - 1, originColumn - 1 + ref.index, rows.count, 1);
    const result: XlClientResult<Excel.CellProperties[][]> = cells.getCellProperties({ hyperlink: true });
    return [{ index: ref.index, result }];
  });
  await context.sync();
  const formats = range.numberFormat;
  const values = range.values.map((row, i) => row.map((value, j) => toCellValue(value, formats[i]?.[j])));
  const found = new Map<string, string>();
  for (const { index, result } of links)
    result.value.forEach((row, i) => {
      const address = row[0]?.hyperlink?.address;
      if (address) found.set(`${rows.first + i}:${index}`, address);
    });
  const grid = {
    sheets: [{ name: register.sheet, cells: values, origin: { row: rows.first, column: originColumn } }],
  };
  return withLinks(grid, register.sheet, found).sheets[0]?.cells.map((row) => [...row]) ?? values;
}

/**
 * The rows an edit's address covers ("C5", "C5:D7", "5:7"); null for whole columns or an address that
 * is not one rectangle.
 *
 * @example rowSpan("B7:D9") // { first: 7, count: 3 }
 */
export function rowSpan(address: string): { first: number; count: number } | null {
  const match = /^\$?[A-Z]*\$?(\d+)(?::\$?[A-Z]*\$?(\d+))?$/.exec(address.replace(/^.*!/, "").toUpperCase());
  if (!match) return null;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first >= 1 && last >= first ? { first, count: last - first + 1 } : null;
}
