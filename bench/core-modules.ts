/**
 * The core as the CLI ships it: the tsc build in build/ (npm run build:cli). Timing that rather than
 * the TypeScript sources under tsx matters: tsx's esbuild wraps every closure in a naming helper,
 * which makes hot loops in the core about a third slower than the shipped code.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

type ParseModule = typeof import("../src/core/parse");
type ValidateModule = typeof import("../src/core/validate");
type SummarizeModule = typeof import("../src/core/summarize");
type LayoutModule = typeof import("../src/layout");

export interface CoreModules {
  readonly parseWorkbook: ParseModule["parseWorkbook"];
  readonly validate: ValidateModule["validate"];
  readonly summarize: SummarizeModule["summarize"];
  readonly layoutSummarySheet: LayoutModule["layoutSummarySheet"];
  readonly layoutAnnexes: LayoutModule["layoutAnnexes"];
  /** "build": the compiled JavaScript in build/; "src": the TypeScript sources through tsx. */
  readonly source: "build" | "src";
}

const load = createRequire(__filename);
const ENTRY_POINTS = ["core/parse", "core/validate", "core/summarize", "layout"] as const;

export function loadCoreModules(root: string): CoreModules {
  const built = ENTRY_POINTS.every((entry) => existsSync(path.join(root, "build", entry, "index.js")));
  const base = built ? path.join(root, "build") : path.join(root, "src");
  const from = <T>(entry: (typeof ENTRY_POINTS)[number]): T => load(path.join(base, entry)) as T;
  const parse = from<ParseModule>("core/parse");
  const validate = from<ValidateModule>("core/validate");
  const summarize = from<SummarizeModule>("core/summarize");
  const layout = from<LayoutModule>("layout");
  return {
    parseWorkbook: parse.parseWorkbook,
    validate: validate.validate,
    summarize: summarize.summarize,
    layoutSummarySheet: layout.layoutSummarySheet,
    layoutAnnexes: layout.layoutAnnexes,
    source: built ? "build" : "src",
  };
}
