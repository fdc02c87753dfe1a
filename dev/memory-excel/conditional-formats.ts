import type {
  XlConditionalFormat,
  XlConditionalFormatCollection,
  XlConditionalFormatPath,
} from "../../src/excel/excel-api";
import { type Box, intersects } from "./address";
import { MemoryCollection } from "./collection";
import { MemoryCustomConditionalFormat } from "./custom-conditional-format";
import { invalidArgument, itemNotFound, MemoryExcelError } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { ConditionalFormatState, SheetState, WorkbookState } from "./state";

interface ScopeTarget {
  readonly state: WorkbookState;
  readonly sheet: SheetState;
  readonly box: Box;
}

interface RuleTarget {
  readonly sheet: SheetState;
  readonly rule: ConditionalFormatState;
}

const TYPES = [
  "Custom",
  "DataBar",
  "ColorScale",
  "IconSet",
  "TopBottom",
  "PresetCriteria",
  "ContainsText",
  "CellValue",
];

/** The conditional formats that touch a range, in priority order (Excel's `Range.conditionalFormats`). */
export class MemoryConditionalFormatCollection
  extends MemoryCollection<ScopeTarget, ConditionalFormatState, MemoryConditionalFormat>
  implements XlConditionalFormatCollection
{
  constructor(queue: ActionQueue, path: string, resolver: () => ScopeTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "ConditionalFormatCollection";
  }

  protected readScalar(_target: ScopeTarget, name: string): unknown {
    return unknownProperty("ConditionalFormatCollection", name);
  }

  protected listItems({ sheet, box }: ScopeTarget): readonly ConditionalFormatState[] {
    return sheet.conditionalFormats.filter((rule) => rule.ranges.some((range) => intersects(range, box)));
  }

  protected itemProxy(rule: ConditionalFormatState, index: number): MemoryConditionalFormat {
    return new MemoryConditionalFormat(this.queue, `${this.path}.items[${index}]`, () => ({
      sheet: this.target().sheet,
      rule,
    }));
  }

  add(type: XlConditionalFormat["type"]): MemoryConditionalFormat {
    let created: RuleTarget | null = null;
    const proxy = new MemoryConditionalFormat(this.queue, `${this.path}.add(${JSON.stringify(type)})`, () => {
      if (!created) throw itemNotFound("a conditional format whose add() failed");
      return created;
    });
    this.enqueueCall("add", [type], ({ state, sheet, box }) => {
      if (!TYPES.includes(String(type))) throw invalidArgument(`Conditional format type "${String(type)}".`);
      const rule: ConditionalFormatState = {
        id: `{CF-${state.nextId++}}`,
        type: String(type),
        ranges: [box],
        stopIfTrue: false,
        formula: null,
        fill: null,
        fontColor: null,
        fontBold: null,
      };
      // A new rule goes on top, as in Excel's rules manager.
      sheet.conditionalFormats.unshift(rule);
      created = { sheet, rule };
    });
    return proxy;
  }

  getItem(id: string): MemoryConditionalFormat {
    return new MemoryConditionalFormat(this.queue, `${this.path}.getItem(${JSON.stringify(id)})`, () => {
      const { sheet } = this.target();
      const rule = sheet.conditionalFormats.find((candidate) => candidate.id === id);
      if (!rule) throw itemNotFound(`conditional format ${id}`);
      return { sheet, rule };
    });
  }

  load(propertyNames: XlConditionalFormatPath[]): MemoryConditionalFormatCollection {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

export class MemoryConditionalFormat extends MemoryProxy<RuleTarget> implements XlConditionalFormat {
  #custom: MemoryCustomConditionalFormat | undefined;
  #customOrNull: MemoryCustomConditionalFormat | undefined;

  constructor(queue: ActionQueue, path: string, resolver: () => RuleTarget) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "ConditionalFormat";
  }

  protected override checkAlive({ sheet, rule }: RuleTarget): void {
    if (sheet.deleted || !sheet.conditionalFormats.includes(rule))
      throw itemNotFound("a deleted conditional format");
  }

  protected readScalar({ sheet, rule }: RuleTarget, name: string): unknown {
    switch (name) {
      case "id":
        return rule.id;
      case "type":
        return rule.type;
      case "priority":
        return sheet.conditionalFormats.indexOf(rule);
      case "stopIfTrue":
        return rule.stopIfTrue;
      default:
        return unknownProperty("ConditionalFormat", name);
    }
  }

  protected override navigation(name: string): MemoryProxy<unknown> | null {
    return name === "custom" ? this.custom : name === "customOrNullObject" ? this.customOrNullObject : null;
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): XlConditionalFormat["type"] {
    return this.loadedValue("type");
  }

  get priority(): number {
    return this.loadedValue("priority");
  }
  set priority(value: number) {
    this.enqueueSet("priority", value, ({ sheet, rule }) => {
      const list = sheet.conditionalFormats.filter((candidate) => candidate !== rule);
      list.splice(Math.max(0, Math.min(list.length, Math.trunc(value))), 0, rule);
      sheet.conditionalFormats = list;
    });
  }

  get stopIfTrue(): boolean {
    return this.loadedValue("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.enqueueSet("stopIfTrue", value, ({ rule }) => (rule.stopIfTrue = value));
  }

  get custom(): MemoryCustomConditionalFormat {
    this.#custom ??= new MemoryCustomConditionalFormat(this.queue, `${this.path}.custom`, () => {
      const target = this.target();
      if (target.rule.type !== "Custom")
        throw new MemoryExcelError(
          "InvalidArgument",
          `The conditional format is of type ${target.rule.type}, not Custom.`,
        );
      return target.rule;
    });
    return this.#custom;
  }

  get customOrNullObject(): MemoryCustomConditionalFormat {
    this.#customOrNull ??= new MemoryCustomConditionalFormat(
      this.queue,
      `${this.path}.customOrNullObject`,
      () => {
        const target = this.target();
        return target.rule.type === "Custom" ? target.rule : null;
      },
    );
    return this.#customOrNull;
  }

  delete(): void {
    this.enqueueCall("delete", [], ({ sheet, rule }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((candidate) => candidate !== rule);
    });
  }

  load(propertyNames: ("id" | "type" | "priority" | "stopIfTrue")[]): MemoryConditionalFormat {
    this.enqueueLoad(propertyNames);
    return this;
  }
}
