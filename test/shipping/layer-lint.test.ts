/**
 * The layers are enforced by lint at any depth: a file planted three folders down in a layer, importing what
 * that layer must not, fails ESLint; its look-alike importing what is allowed passes. ESLint runs as the
 * project runs it (its CLI, the repository's eslint.config.mjs), once over all planted files.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
/** Unique folder names, so that a planted file never meets a real one. */
const PROBE = "probe-a";
const DEEP = path.join(PROBE, "probe-b", "probe-c");
const UP = "../../../../";

const importing = (target: string) => `import * as probe from "${target}";\nexport const used = probe;\n`;
const EXCEL_GLOBAL = "export const run = () => Excel.run(async () => undefined);\n";

const REJECTED: readonly (readonly [string, string])[] = [
  ["core", `${UP}excel`],
  ["core", `${UP}taskpane/TaskPane`],
  ["core", `${UP}labels/lookup`],
  ["core", `${UP}app/register-api`],
  ["core", `${UP}../dev/memory-excel`],
  ["layout", `${UP}xlsx/read-workbook`],
  ["layout", `${UP}excel`],
  ["labels", `${UP}layout/model`],
  ["taskpane", `${UP}excel`],
  ["taskpane", `${UP}core/findings`],
  ["cli", `${UP}../dev/synthetic/synthetic-register`],
];
const ACCEPTED: readonly (readonly [string, string])[] = [
  ["core", `${UP}core/grid`],
  ["layout", `${UP}core/grid`],
  ["layout", `${UP}labels/lookup`],
  ["labels", `${UP}core/findings`],
  ["taskpane", `${UP}app/register-api`],
  ["taskpane", `${UP}labels/lookup`],
];

/** Each planted file's path and the rules ESLint reported on it. */
const reported = new Map<string, string[]>();
const plantedFolders = new Set<string>();

function plant(layer: string, name: string, source: string): string {
  const folder = path.join(ROOT, "src", layer, DEEP);
  mkdirSync(folder, { recursive: true });
  plantedFolders.add(path.join(ROOT, "src", layer, PROBE));
  const file = path.join(folder, `${name}.ts`);
  writeFileSync(file, source);
  return file;
}

const fileOf = (kind: string, index: number, layer: string) =>
  path.join(ROOT, "src", layer, DEEP, `${kind}-${index}.ts`);

beforeAll(() => {
  const files = [
    ...REJECTED.map(([layer, target], index) => plant(layer, `rejected-${index}`, importing(target))),
    ...ACCEPTED.map(([layer, target], index) => plant(layer, `accepted-${index}`, importing(target))),
    plant("core", "global-0", EXCEL_GLOBAL),
    plant("excel", "global-1", EXCEL_GLOBAL),
  ];
  const eslint = path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js");
  const result = spawnSync(process.execPath, [eslint, "--format", "json", ...files], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  const reports = JSON.parse(result.stdout) as { filePath: string; messages: { ruleId: string | null }[] }[];
  for (const report of reports) {
    reported.set(
      report.filePath,
      report.messages.map((message) => message.ruleId ?? "fatal"),
    );
  }
}, 150_000);

afterAll(() => {
  for (const folder of plantedFolders) rmSync(folder, { recursive: true, force: true });
});

describe("the layer rule at depth 3", () => {
  it.each(REJECTED.map(([layer, target], index) => [layer, target, index] as const))(
    "rejects src/%s/probe-a/probe-b/probe-c importing %s",
    (layer, _target, index) => {
      expect(reported.get(fileOf("rejected", index, layer))).toContain("import/no-restricted-paths");
    },
  );

  it.each(ACCEPTED.map(([layer, target], index) => [layer, target, index] as const))(
    "accepts src/%s/probe-a/probe-b/probe-c importing %s",
    (layer, _target, index) => {
      expect(reported.get(fileOf("accepted", index, layer))).toEqual([]);
    },
  );

  it("rejects the Excel global outside src/excel, and accepts it inside", () => {
    expect(reported.get(fileOf("global", 0, "core"))).toContain("no-restricted-globals");
    expect(reported.get(fileOf("global", 1, "excel"))).toEqual([]);
  });
});
