import type { ExcelRunner, XlRequestContext } from "../../src/excel/excel-api";
import { buildWorkbookState, emptyWorkbookState, type MemoryWorkbookInit } from "./build";
import { MemoryRequestContext, type SyncFlags, type SyncHost } from "./context";
import { MemoryExcelError } from "./errors";
import { typeInto } from "./events";
import type { QueuedAction, StagedLoad } from "./proxy";
import { liveSheets } from "./sheets";
import { fingerprintSheet, snapshotSheet, type SheetSnapshot } from "./snapshot";
import type { WorkbookState } from "./state";
import { flushRowDeletions } from "./row-delete";

/** Excel on the web's payload limits (5 MB each way); null switches a limit off. */
export interface MemoryExcelLimits {
  readonly requestBytes: number | null;
  readonly responseBytes: number | null;
}

export const EXCEL_ON_THE_WEB_LIMITS: MemoryExcelLimits = {
  requestBytes: 5_000_000,
  responseBytes: 5_000_000,
};

export interface MemoryExcelOptions {
  readonly limits?: Partial<MemoryExcelLimits>;
  /** Milliseconds each sync waits before it runs, so a preview shows progress as Excel on the web would. */
  readonly latencyMs?: number;
}

export interface SyncRecord {
  /** 1-based, over the life of this in-memory Excel (not reset by `resetStats`). */
  readonly index: number;
  readonly actions: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** The error code the sync failed with, or null. */
  readonly error: string | null;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
}

export interface MemoryExcelStats {
  readonly runs: number;
  readonly syncs: number;
  readonly records: readonly SyncRecord[];
  readonly maxRequestBytes: number;
  readonly maxResponseBytes: number;
}

/** A failure to inject: the `atSync`-th sync from now fails after applying `afterActions` actions (default 0). */
export interface InjectedFailure {
  readonly atSync: number;
  readonly afterActions?: number;
  readonly code?: string;
  readonly message?: string;
}

/**
 * A workbook in memory with the Excel JavaScript API's batch semantics: `run` hands the adapter a request
 * context whose proxies queue actions until `sync()`. Each sync is counted and weighed; one whose request
 * (or response) is over the limit fails with RequestPayloadSizeLimitExceeded (ResponsePayloadSizeLimitExceeded)
 * and changes nothing. Otherwise actions apply in order and, as in Excel, a failing action leaves the ones
 * before it applied.
 */
export class MemoryExcel implements SyncHost {
  readonly state: WorkbookState;
  readonly limits: MemoryExcelLimits;
  #records: SyncRecord[] = [];
  #runs = 0;
  #syncIndex = 0;
  #failures: { readonly index: number; readonly failure: InjectedFailure }[] = [];
  #cellEditMode = false;
  #listeners = new Set<() => void>();

  constructor(
    init: MemoryWorkbookInit | null,
    private readonly options: MemoryExcelOptions = {},
  ) {
    this.state = init ? buildWorkbookState(init) : emptyWorkbookState();
    this.limits = { ...EXCEL_ON_THE_WEB_LIMITS, ...options.limits };
  }

  /** The `Excel.run` of this workbook. */
  readonly run: ExcelRunner = async <T>(batch: (context: XlRequestContext) => Promise<T>): Promise<T> => {
    this.#runs++;
    const context = new MemoryRequestContext(this);
    const result = await batch(context);
    // Excel.run sends what is still queued when the batch returns.
    if (context.pendingActions > 0) await context.sync();
    return result;
  };

  get stats(): MemoryExcelStats {
    const records = [...this.#records];
    return {
      runs: this.#runs,
      syncs: records.length,
      records,
      maxRequestBytes: Math.max(0, ...records.map((r) => r.requestBytes)),
      maxResponseBytes: Math.max(0, ...records.map((r) => r.responseBytes)),
    };
  }

  resetStats(): void {
    this.#records = [];
    this.#runs = 0;
  }

  injectFailure(failure: InjectedFailure): void {
    this.#failures.push({ index: this.#syncIndex + failure.atSync, failure });
  }

  /** While on, every sync fails with InvalidOperationInCellEditMode, as Excel does without delayForCellEdit. */
  setCellEditMode(on: boolean): void {
    this.#cellEditMode = on;
  }

  /** Called after every sync that carried actions; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * A person typing or pasting into cells: the values go in, then every `worksheets.onChanged` handler
   * runs, and is awaited. Not a sync: it counts no round trip.
   */
  typeInto(
    sheetName: string,
    address: string,
    values: readonly (readonly (string | number | boolean)[])[],
  ): Promise<void> {
    return typeInto(this.state, sheetName, address, values);
  }

  sheetNames(): string[] {
    return liveSheets(this.state).map((sheet) => sheet.name);
  }

  snapshot(sheetName: string): SheetSnapshot {
    return snapshotSheet(this.state, sheetName);
  }

  fingerprint(sheetName: string): string {
    return fingerprintSheet(this.state, sheetName);
  }

  async execute(actions: readonly QueuedAction[], flags: SyncFlags): Promise<void> {
    const index = ++this.#syncIndex;
    const requestBytes = measureRequest(actions);
    let responseBytes = 0;
    let error: string | null = null;
    if (this.options.latencyMs) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    try {
      if (this.#cellEditMode && actions.length > 0)
        throw new MemoryExcelError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      if (this.limits.requestBytes !== null && requestBytes > this.limits.requestBytes)
        throw new MemoryExcelError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.limits.requestBytes} bytes).`,
        );
      const failure = this.#takeFailure(index);
      const staged: StagedLoad[] = [];
      actions.forEach((action, i) => {
        if (failure && i === (failure.afterActions ?? 0)) throw injected(failure);
        if (action.location !== "Range.delete") flushRowDeletions();
        staged.push(applyAction(action) ?? { bytes: 0, commit: () => undefined });
      });
      flushRowDeletions();
      if (failure) throw injected(failure);
      responseBytes = staged.reduce((sum, load) => sum + load.bytes, 0);
      if (this.limits.responseBytes !== null && responseBytes > this.limits.responseBytes)
        throw new MemoryExcelError(
          "ResponsePayloadSizeLimitExceeded",
          `The response payload size (${responseBytes} bytes) has exceeded the limit (${this.limits.responseBytes} bytes).`,
        );
      staged.forEach((load) => load.commit());
    } catch (caught) {
      // What was done before the failure stays done, as in Excel.
      flushRowDeletions();
      error = caught instanceof MemoryExcelError ? caught.code : "GeneralException";
      throw caught;
    } finally {
      this.#records.push({
        index,
        actions: actions.length,
        requestBytes,
        responseBytes,
        error,
        screenUpdatingSuspended: flags.screenUpdatingSuspended,
        calculationSuspended: flags.calculationSuspended,
      });
      if (actions.length > 0) this.#listeners.forEach((listener) => listener());
    }
  }

  #takeFailure(index: number): InjectedFailure | null {
    const found = this.#failures.find((entry) => entry.index === index);
    if (!found) return null;
    this.#failures = this.#failures.filter((entry) => entry !== found);
    return found.failure;
  }
}

/** Actions, plus each object path they use counted once, as in Office.js's request JSON. */
function measureRequest(actions: readonly QueuedAction[]): number {
  const seen = new Set<string>();
  let bytes = 2;
  for (const action of actions) {
    bytes += action.bytes + 1;
    for (const object of action.objects)
      if (!seen.has(object.key)) {
        seen.add(object.key);
        bytes += object.bytes + 1;
      }
  }
  return bytes;
}

function applyAction(action: QueuedAction): StagedLoad | void {
  try {
    return action.apply();
  } catch (caught) {
    if (caught instanceof MemoryExcelError)
      throw new MemoryExcelError(caught.code, caught.message, action.location);
    // A JavaScript error inside the model is a bug here or a call Excel would reject: report it as Excel would.
    const message = caught instanceof Error ? caught.message : String(caught);
    throw new MemoryExcelError(
      "GeneralException",
      `An internal error has occurred: ${message}`,
      action.location,
    );
  }
}

function injected(failure: InjectedFailure): MemoryExcelError {
  return new MemoryExcelError(
    failure.code ?? "GeneralException",
    failure.message ?? "An internal error has occurred (injected by the test).",
  );
}

/**
 * A new in-memory Excel holding the described workbook (a `WorkbookGrid` is a valid description).
 *
 * @example
 * const excel = createMemoryExcel({ sheets: [{ name: "Register", cells: [["Report symbol"], ["JIU/REP/2021/6"]] }] });
 * await excel.run(async (context) => { context.workbook.worksheets.getItem("Register").getRange("B1").values = [["x"]]; });
 * excel.stats.syncs; // 1
 */
export function createMemoryExcel(
  init?: MemoryWorkbookInit | null,
  options?: MemoryExcelOptions,
): MemoryExcel {
  return new MemoryExcel(init ?? null, options);
}
