import type {
  XlConditionalFormatRule,
  XlConditionalRangeFormat,
  XlCustomConditionalFormat,
} from "../../src/excel/excel-api";
import { invalidArgument } from "./errors";
import { MemoryProxy, type ActionQueue, unknownProperty } from "./proxy";
import type { ConditionalFormatState } from "./state";

/** A custom conditional format's rule (its formula) and format (fill and font), as Excel's proxies. */
export class MemoryCustomConditionalFormat
  extends MemoryProxy<ConditionalFormatState>
  implements XlCustomConditionalFormat
{
  readonly rule: MemoryConditionalFormatRule;
  readonly format: MemoryConditionalRangeFormat;

  constructor(queue: ActionQueue, path: string, resolver: () => ConditionalFormatState | null) {
    super(queue, path, resolver);
    this.rule = new MemoryConditionalFormatRule(queue, `${path}.rule`, () => this.target());
    this.format = new MemoryConditionalRangeFormat(queue, `${path}.format`, () => this.target());
  }

  protected typeName(): string {
    return "CustomConditionalFormat";
  }

  protected readScalar(_target: ConditionalFormatState, name: string): unknown {
    return unknownProperty("CustomConditionalFormat", name);
  }

  protected override navigation(name: string): MemoryProxy<unknown> | null {
    return name === "rule" ? this.rule : null;
  }
}

export class MemoryConditionalFormatRule
  extends MemoryProxy<ConditionalFormatState>
  implements XlConditionalFormatRule
{
  constructor(queue: ActionQueue, path: string, resolver: () => ConditionalFormatState) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return "ConditionalFormatRule";
  }

  protected readScalar(rule: ConditionalFormatState, name: string): unknown {
    if (name === "formula") return rule.formula ?? "";
    return unknownProperty("ConditionalFormatRule", name);
  }

  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(value: string) {
    this.enqueueSet("formula", value, (rule) => {
      if (!value.startsWith("=")) throw invalidArgument(`A rule formula starts with "=": "${value}".`);
      rule.formula = value;
    });
  }

  load(propertyNames: "formula"[]): MemoryConditionalFormatRule {
    this.enqueueLoad(propertyNames);
    return this;
  }
}

class SetOnlyProxy extends MemoryProxy<ConditionalFormatState> {
  constructor(
    queue: ActionQueue,
    path: string,
    resolver: () => ConditionalFormatState,
    private readonly type: string,
  ) {
    super(queue, path, resolver);
  }

  protected typeName(): string {
    return this.type;
  }

  protected readScalar(_target: ConditionalFormatState, name: string): unknown {
    return unknownProperty(this.type, name);
  }

  set(property: string, value: unknown, apply: (rule: ConditionalFormatState) => void): void {
    this.enqueueSet(property, value, apply);
  }

  read<V>(property: string): V {
    return this.loadedValue(property);
  }
}

export class MemoryConditionalRangeFormat implements XlConditionalRangeFormat {
  readonly fill: { color: string };
  readonly font: { color: string; bold: boolean };

  constructor(queue: ActionQueue, path: string, resolver: () => ConditionalFormatState) {
    const fill = new SetOnlyProxy(queue, `${path}.fill`, resolver, "ConditionalRangeFill");
    const font = new SetOnlyProxy(queue, `${path}.font`, resolver, "ConditionalRangeFont");
    this.fill = {
      get color(): string {
        return fill.read("color");
      },
      set color(value: string) {
        fill.set("color", value, (rule) => (rule.fill = value.toUpperCase()));
      },
    };
    this.font = {
      get color(): string {
        return font.read("color");
      },
      set color(value: string) {
        font.set("color", value, (rule) => (rule.fontColor = value.toUpperCase()));
      },
      get bold(): boolean {
        return font.read("bold");
      },
      set bold(value: boolean) {
        font.set("bold", value, (rule) => (rule.fontBold = value));
      },
    };
  }
}
