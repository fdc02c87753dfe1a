import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./manifest-support";

const SCRIPTS = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;
const STACK_LINE = /^\s+at .+[(:]/m;

function addinDebugging(action: string) {
  return spawnSync(process.execPath, [join(ROOT, "scripts", "addin-debugging.js"), action], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
}

/** Issue 13: the Office add-in templates' scripts, and what they do where Excel is not installed. */
describe("the add-in template's scripts", () => {
  it.each([
    "build",
    "build:dev",
    "watch",
    "start",
    "stop",
    "sideload",
    "lint",
    "lint:fix",
    "prettier",
    "validate",
  ])("has %s", (name) => {
    expect(SCRIPTS[name]).toEqual(expect.any(String));
  });

  it("builds the development pages with build:dev and watches with watch", () => {
    expect(SCRIPTS["build:dev"]).toBe("webpack --mode development");
    expect(SCRIPTS.watch).toBe("webpack --mode development --watch");
  });

  const installed = (() => {
    try {
      require.resolve("office-addin-debugging", { paths: [ROOT] });
      return true;
    } catch {
      return false;
    }
  })();
  const withoutExcel = installed ? it.skip : it;

  withoutExcel(
    "sideload says how to sideload by hand, and fails, when office-addin-debugging is absent",
    () => {
      const result = addinDebugging("sideload");
      expect(result.status).toBe(1);
      expect(result.stdout).toContain("office-addin-debugging is not installed");
      expect(result.stdout).toContain("Upload My Add-in");
      expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
    },
  );

  withoutExcel("stop says there is nothing to stop but npm start (Ctrl+C), and succeeds", () => {
    const result = addinDebugging("stop");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("Ctrl+C");
    expect(result.stdout + result.stderr).not.toMatch(STACK_LINE);
  });

  it("refuses an unknown action with its usage", () => {
    const result = addinDebugging("restart");
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("Usage: node scripts/addin-debugging.js sideload|stop\n");
  });
});
