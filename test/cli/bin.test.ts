import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE, sha256, STACK_LINE, tempFolder } from "./cli-fixtures";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "jiu-register.js");
const BUILT_MAIN = join(ROOT, "build", "cli", "main.js");
/** The folders tsconfig.cli.json compiles. */
const CLI_SOURCES = ["core", "labels", "layout", "xlsx", "app", "cli"].map((folder) =>
  join(ROOT, "src", folder),
);

function newestSource(folder: string): number {
  let newest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
}

/** The real launcher, as `node bin/jiu-register.js` runs it after `npm install` (whose "prepare" builds the CLI). */
describe("bin/jiu-register.js", () => {
  const folder = tempFolder("jiu-cli-bin-");
  beforeAll(() => {
    const stale =
      !existsSync(BUILT_MAIN) ||
      Math.max(...CLI_SOURCES.filter(existsSync).map(newestSource)) > statSync(BUILT_MAIN).mtimeMs;
    if (stale) execFileSync("npm", ["run", "--silent", "build:cli"], { cwd: ROOT, stdio: "pipe" });
  }, 180_000);
  afterAll(() => folder.dispose());

  it("validates the sample register end to end", () => {
    const result = run("validate", SAMPLE, "--as-of", "2023-02-28");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "24 recommendations read from table 'Register' on sheet '建议登记册'; 0 errors",
    );
  });

  it("writes the annexes and leaves the input unchanged", () => {
    const before = sha256(SAMPLE);
    const output = folder.path("annex.xlsx");
    const result = run("annex", SAMPLE, "-o", output, "--as-of", "2023-02-28");
    expect(result.status).toBe(0);
    expect(existsSync(output)).toBe(true);
    expect(sha256(SAMPLE)).toBe(before);
  });

  it("exits 2 with one line and no stack trace for a missing file", () => {
    const result = run("summary", folder.path("missing.xlsx"), "--json");
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^Cannot find the file '.*missing\.xlsx'; check the path and try again\.\n$/,
    );
    expect(result.stderr).not.toMatch(STACK_LINE);
  });
});
