import { propertyNotLoaded } from "./errors";
import { combine, MemoryProxy, type StagedLoad } from "./proxy";

/** A collection proxy: `items` is available after `load(["items/..."])` and a sync. */
/** What a collection needs of its item proxies. */
export interface LoadableItem {
  stageLoad(paths: readonly string[]): StagedLoad;
}

export abstract class MemoryCollection<T, Item, I extends LoadableItem> extends MemoryProxy<T> {
  #items: I[] | undefined;

  get items(): I[] {
    if (!this.#items) throw propertyNotLoaded("items");
    return this.#items;
  }

  protected abstract listItems(target: T): readonly Item[];

  protected abstract itemProxy(item: Item, index: number): I;

  protected override stageNested(target: T, head: string, rests: readonly string[]): StagedLoad {
    if (head !== "items") return super.stageNested(target, head, rests);
    const items = this.listItems(target).map((item, index) => this.itemProxy(item, index));
    return combine([
      ...items.map((item) => item.stageLoad(rests)),
      { bytes: 2 + items.length, commit: () => (this.#items = items) },
    ]);
  }
}
