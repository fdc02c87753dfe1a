import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
/** The preview build (`webpack --env preview`): the add-in's pages plus the preview page. */
export const DIST = path.join(ROOT, "dist-preview");
/** Written last by the build (the size report), so its time says when dist/ was complete. */
const STAMP = path.join(DIST, "bundle-size.json");
const INPUTS = ["src", "dev", "samples", "assets", "webpack.config.js", "package-lock.json"];

function newestInput(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestInput(path.join(entry, name)));
  return newest;
}

/** Builds dist-preview/ in production mode unless it is newer than every source it is built from. */
export function ensureProductionBuild(): void {
  const stamp = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  const newest = Math.max(...INPUTS.map((input) => newestInput(path.join(ROOT, input))));
  if (stamp > newest && existsSync(path.join(DIST, "preview.html")) && builtFor() === "production") return;
  execFileSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--env", "preview"],
    {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}

function builtFor(): string | null {
  try {
    return (JSON.parse(readFileSync(STAMP, "utf8")) as { mode?: string }).mode ?? null;
  } catch {
    return null;
  }
}
