import type { XlApplication, XlRequestContext } from "../../src/excel/excel-api";
import type { ActionQueue, QueuedAction } from "./proxy";
import type { WorkbookState } from "./state";
import { MemoryWorkbook } from "./workbook";

/** What a context needs from the in-memory Excel that owns the workbook. */
export interface SyncHost {
  readonly state: WorkbookState;
  execute(actions: readonly QueuedAction[], flags: SyncFlags): Promise<void>;
}

export interface SyncFlags {
  screenUpdatingSuspended: boolean;
  calculationSuspended: boolean;
}

class MemoryApplication implements XlApplication {
  constructor(private readonly flags: SyncFlags) {}

  suspendApiCalculationUntilNextSync(): void {
    this.flags.calculationSuspended = true;
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.flags.screenUpdatingSuspended = true;
  }
}

/** The request context of one `run`: it queues actions and sends them at `sync()`. */
export class MemoryRequestContext implements XlRequestContext, ActionQueue {
  readonly workbook: MemoryWorkbook;
  readonly application: XlApplication;
  #queue: QueuedAction[] = [];
  #flags: SyncFlags = { screenUpdatingSuspended: false, calculationSuspended: false };

  constructor(private readonly host: SyncHost) {
    this.application = new MemoryApplication(this.#flags);
    this.workbook = new MemoryWorkbook(this, () => host.state, this.application);
  }

  enqueue(action: QueuedAction): void {
    this.#queue.push(action);
  }

  get pendingActions(): number {
    return this.#queue.length;
  }

  async sync(): Promise<void> {
    const actions = this.#queue;
    const flags = { ...this.#flags };
    this.#queue = [];
    this.#flags.screenUpdatingSuspended = false;
    this.#flags.calculationSuspended = false;
    // Nothing is read or written before the promise settles, as with a real round trip.
    await Promise.resolve();
    await this.host.execute(actions, flags);
  }
}
