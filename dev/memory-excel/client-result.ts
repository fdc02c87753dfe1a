import type { XlClientResult } from "../../src/excel/excel-api";
import { propertyNotLoaded } from "./errors";
import { jsonSize } from "./json-size";
import type { StagedLoad } from "./proxy";

/** A value a method returns (`getCellProperties`), delivered at the sync that reads it. */
export class MemoryClientResult<T> implements XlClientResult<T> {
  #value: { readonly value: T } | undefined;

  get value(): T {
    if (!this.#value) throw propertyNotLoaded("value");
    return this.#value.value;
  }

  stage(value: T): StagedLoad {
    return { bytes: jsonSize(value), commit: () => (this.#value = { value }) };
  }
}
