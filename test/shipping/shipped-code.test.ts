/**
 * Only what ships lives in src/, and only src/ ships: the add-in bundle (`npm run build`) and the CLI build
 * (tsconfig.cli.json) hold no test machinery (dev/: the in-memory Excel, synthetic registers, the preview).
 * The preview build (`--env preview`) is checked too, so that the module list is known to name dev/ files.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import webpack, { type Configuration } from "webpack";

const ROOT = path.resolve(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config is CommonJS
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
  env: Record<string, boolean>,
  argv: { mode: string },
) => Configuration;

/** Every source module webpack put in the bundle, as a path from the repository root. */
async function bundledModules(env: Record<string, boolean>): Promise<string[]> {
  const out = mkdtempSync(path.join(tmpdir(), "jiu-bundle-"));
  const config = makeConfig(env, { mode: "production" });
  config.output = { ...config.output, path: out };
  try {
    const stats = await new Promise<webpack.Stats>((resolve, reject) =>
      webpack(config, (error, result) => (error || !result ? reject(error) : resolve(result))),
    );
    expect(stats.hasErrors()).toBe(false);
    const json = stats.toJson({ all: false, modules: true, nestedModules: true });
    const names = new Set<string>();
    const visit = (modules: webpack.StatsModule[] | undefined): void => {
      for (const module of modules ?? []) {
        if (module.name) names.add(module.name.replace(/^\.\//, "").replace(/ \+ \d+ modules$/, ""));
        visit(module.modules);
      }
    };
    visit(json.modules);
    return [...names].filter((name) => !name.includes("node_modules"));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const outsideSrc = (files: string[]) => files.filter((file) => !file.startsWith("src/"));

describe("what ships", () => {
  it("the add-in bundle is built from src/ alone", async () => {
    const modules = await bundledModules({});
    expect(modules).toEqual(expect.arrayContaining(["src/taskpane/index.tsx", "src/excel/index.ts"]));
    expect(outsideSrc(modules)).toEqual([]);
  }, 300_000);

  it("the preview build adds the preview and the in-memory Excel", async () => {
    const modules = await bundledModules({ preview: true });
    expect(modules).toEqual(expect.arrayContaining(["dev/preview/index.tsx", "dev/memory-excel/index.ts"]));
  }, 300_000);

  it("the CLI build compiles src/ alone", () => {
    const listed = execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json", "--listFilesOnly"],
      { cwd: ROOT, encoding: "utf8" },
    );
    const files = listed
      .split("\n")
      .map((line) => path.relative(ROOT, line.trim()))
      .filter((file) => file !== "" && !file.startsWith("node_modules") && !file.startsWith(".."));
    expect(files).toEqual(expect.arrayContaining(["src/cli/main.ts", "src/core/parse/index.ts"]));
    expect(outsideSrc(files)).toEqual([]);
  }, 120_000);
});
