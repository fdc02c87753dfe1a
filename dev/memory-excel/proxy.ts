import { invalidArgument, itemNotFound, propertyNotLoaded } from "./errors";
import { jsonSize } from "./json-size";

/** A load's result, held back until the whole sync succeeds (a failed sync delivers nothing). */
export interface StagedLoad {
  readonly bytes: number;
  commit(): void;
}

/** An object an action needs: Office.js sends each object path once per request, however many actions use it. */
export interface PathObject {
  /** The path up to and including this object: the same object in two actions has the same key. */
  readonly key: string;
  readonly bytes: number;
}

export interface QueuedAction {
  /** What the action itself would weigh in Office.js's JSON request (its objects are counted apart). */
  readonly bytes: number;
  readonly objects: readonly PathObject[];
  /** e.g. "Range.values", reported as the error location like Excel's debugInfo. */
  readonly location: string;
  apply(): StagedLoad | void;
}

/** The queue a proxy writes to: the request context. */
export interface ActionQueue {
  enqueue(action: QueuedAction): void;
}

function isStagedLoad(value: unknown): value is StagedLoad {
  return typeof value === "object" && value !== null && "commit" in value && "bytes" in value;
}

export const NO_LOAD: StagedLoad = { bytes: 0, commit: () => undefined };

export function combine(loads: readonly StagedLoad[]): StagedLoad {
  return {
    bytes: loads.reduce((sum, load) => sum + load.bytes, 0),
    commit: () => loads.forEach((load) => load.commit()),
  };
}

/**
 * The base of every in-memory proxy, mirroring Office.js: setting a property or calling a method queues
 * an action; `load()` queues a read; nothing touches the workbook until `sync()`, and a property read
 * before it was loaded and synced throws PropertyNotLoaded.
 */
export abstract class MemoryProxy<T> {
  readonly #loaded = new Map<string, unknown>();
  #nullState: boolean | undefined;
  #bound: { readonly target: T | null } | undefined;

  protected constructor(
    protected readonly queue: ActionQueue,
    /** A readable object path, e.g. `worksheets.getItem("Register").getRange("A1:B2")`. */
    readonly path: string,
    private readonly resolver: () => T | null,
    /** Objects from *OrNullObject methods learn `isNullObject` at the next sync without a load. */
    nullable = false,
  ) {
    if (nullable)
      queue.enqueue({
        bytes: ACTION_BYTES,
        objects: this.objectPath(),
        location: `${this.typeName()}.isNullObject`,
        apply: () => {
          const target = this.resolve();
          return { bytes: 5, commit: () => (this.#nullState = target === null) };
        },
      });
  }

  protected abstract typeName(): string;

  /** A scalar property's current value in the workbook, for `load`. */
  protected abstract readScalar(target: T, name: string): unknown;

  /** Navigation properties reachable in a load path ("format/font/bold"). */
  protected navigation(_name: string): MemoryProxy<unknown> | null {
    return null;
  }

  /** Throws when the object was deleted since it was bound (a deleted sheet, say). */
  protected checkAlive(_target: T): void {}

  /** Binds the object at the first action that needs it, then keeps that identity, as Excel does. */
  resolve(): T | null {
    if (!this.#bound) this.#bound = { target: this.resolver() };
    const target = this.#bound.target;
    if (target !== null) this.checkAlive(target);
    return target;
  }

  /** The bound object; acting on a null object fails at sync. */
  target(): T {
    const target = this.resolve();
    if (target === null) throw itemNotFound(`${this.path} (a null object)`);
    return target;
  }

  get isNullObject(): boolean {
    if (this.#nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.#nullState;
  }

  protected loadedValue<V>(name: string): V {
    if (!this.#loaded.has(name)) throw propertyNotLoaded(name);
    return this.#loaded.get(name) as V;
  }

  /** Marks an object created from loaded collection items: it exists, and its values are what was loaded. */
  markLoaded(): void {
    this.#nullState = false;
  }

  #objects: readonly PathObject[] | undefined;

  /** The chain of objects from the workbook to this one, as Office.js would list them in a request. */
  objectPath(): readonly PathObject[] {
    this.#objects ??= pathObjects(this.path);
    return this.#objects;
  }

  protected enqueue(location: string, request: unknown, apply: () => StagedLoad | void): void {
    this.queue.enqueue({
      bytes: ACTION_BYTES + jsonSize(request),
      objects: this.objectPath(),
      location,
      apply,
    });
  }

  protected enqueueSet(property: string, value: unknown, apply: (target: T) => void): void {
    const copy: unknown = value === undefined ? undefined : structuredClone(value);
    this.enqueue(`${this.typeName()}.${property}`, { set: property, value: copy }, () => {
      apply(this.target());
    });
  }

  protected enqueueCall(
    method: string,
    args: readonly unknown[],
    apply: (target: T) => StagedLoad | void,
  ): void {
    this.enqueue(`${this.typeName()}.${method}`, { call: method, args }, () => {
      const result: unknown = apply(this.target());
      return isStagedLoad(result) ? result : undefined;
    });
  }

  protected enqueueLoad(paths: readonly string[]): void {
    const list = paths.flatMap((path) => path.split(",").map((part) => part.trim()));
    this.enqueue(`${this.typeName()}.load`, { load: list }, () => this.stageLoad(list));
  }

  /** Reads the requested paths now (inside the sync) and stages them for delivery. */
  stageLoad(paths: readonly string[]): StagedLoad {
    const target = this.resolve();
    const loads: StagedLoad[] = [{ bytes: 0, commit: () => (this.#nullState = target === null) }];
    if (target === null) return combine(loads);
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (head === undefined || head === "") continue;
      if (rest.length > 0) {
        nested.set(head, [...(nested.get(head) ?? []), rest.join("/")]);
        continue;
      }
      const child = this.navigation(head);
      if (child)
        throw invalidArgument(`Load "${head}" through its leaf properties, e.g. "${head}/<property>".`);
      const value = this.readScalar(target, head);
      loads.push({ bytes: jsonSize(value) + head.length + 3, commit: () => this.#loaded.set(head, value) });
    }
    for (const [head, rests] of nested) loads.push(this.stageNested(target, head, rests));
    return combine(loads);
  }

  protected stageNested(_target: T, head: string, rests: readonly string[]): StagedLoad {
    const child = this.navigation(head);
    if (!child) throw invalidArgument(`${this.typeName()} has no navigation property "${head}".`);
    return child.stageLoad(rests);
  }
}

/** Office.js wraps each action and each object path in about this much JSON (ids, types, names). */
export const ACTION_BYTES = 60;
const OBJECT_BYTES = 60;

/** Splits "workbook.worksheets.getItem(\"a.b\").getRange(\"A1\")" at the dots outside quotes and parentheses. */
export function pathObjects(path: string): PathObject[] {
  const objects: PathObject[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    const ch = path[i];
    if (quoted) {
      if (ch === "\\") i++;
      else if (ch === '"') quoted = false;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === "(" || ch === "[") depth++;
    else if (ch === ")" || ch === "]") depth--;
    else if ((ch === "." && depth === 0) || i === path.length) {
      objects.push({ key: path.slice(0, i), bytes: OBJECT_BYTES + jsonSize(path.slice(start, i)) });
      start = i + 1;
    }
  }
  return objects;
}

/** A scalar property the proxy does not model is a programming error in the caller. */
export function unknownProperty(type: string, name: string): never {
  throw invalidArgument(`${type} has no loadable property "${name}" in the in-memory Excel.`);
}
