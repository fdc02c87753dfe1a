import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
/** The preview build (`webpack --env preview`): the add-in's pages plus the preview page. */
export const DIST = path.join(ROOT, "dist-preview");
/** Written last by the build (the size report), so its time says when dist/ was complete. */
const STAMP = path.join(DIST, "bundle-size.json");
/** Held while one process builds dist-preview/ (beside it, so that a clean build does not remove it). */
const LOCK = path.join(ROOT, ".dist-preview.lock");
const INPUTS = ["src", "dev", "samples", "assets", "webpack.config.js", "package-lock.json"];

function newestInput(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(entry)) newest = Math.max(newest, newestInput(path.join(entry, name)));
  return newest;
}

function isBuilt(): boolean {
  const stamp = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  const newest = Math.max(...INPUTS.map((input) => newestInput(path.join(ROOT, input))));
  return stamp > newest && existsSync(path.join(DIST, "preview.html")) && builtFor() === "production";
}

/**
 * Builds dist-preview/ in production mode unless it is newer than every source it is built from. Jest runs
 * the e2e suites in parallel workers: one builds while the others wait on a lock folder, then find it built.
 */
export function ensureProductionBuild(): void {
  if (isBuilt()) return;
  const release = takeBuildLock();
  try {
    if (!isBuilt()) buildPreview();
  } finally {
    release();
  }
}

/** Waits (up to 10 minutes) to create the lock folder; a lock older than that is a dead build's and taken. */
function takeBuildLock(): () => void {
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(LOCK);
      return () => rmSync(LOCK, { recursive: true, force: true });
    } catch {
      const age = existsSync(LOCK) ? Date.now() - statSync(LOCK).mtimeMs : 0;
      if (age > 600_000 || Date.now() - started > 600_000) rmSync(LOCK, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
}

function buildPreview(): void {
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
