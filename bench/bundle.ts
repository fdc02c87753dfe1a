/**
 * The gzipped size of the production task pane's JavaScript: every local script that
 * dist/taskpane.html loads (office.js comes from Office's host and is not ours to count).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

export interface BundleResult {
  readonly taskpaneGzipBytes: number | null;
  readonly files: readonly string[];
  readonly note: string | null;
}

export function measureBundle(root: string, build: boolean, log: (line: string) => void): BundleResult {
  const dist = path.join(root, "dist");
  const page = path.join(dist, "taskpane.html");
  if (!isProductionBuild(dist) || !existsSync(page) || isStale(dist, path.join(root, "src"))) {
    if (!build)
      return {
        taskpaneGzipBytes: null,
        files: [],
        note: "dist/ is missing, not a production build, or older than src/ (run npm run build)",
      };
    log("Building the production bundle (webpack --mode production)...");
    const result = spawnSync("npx", ["webpack", "--mode", "production"], { cwd: root, encoding: "utf8" });
    if (result.status !== 0 || !existsSync(page)) {
      const reason = `${result.stdout}\n${result.stderr}`.split("\n").find((line) => /error/i.test(line));
      return {
        taskpaneGzipBytes: null,
        files: [],
        note: `webpack failed: ${reason?.trim() ?? "see npm run build"}`,
      };
    }
  }
  // Minified HTML may leave attribute values unquoted: src=taskpane.1234abcd.js
  const scripts = [
    ...readFileSync(page, "utf8").matchAll(/<script\b[^>]*?\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g),
  ]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? "")
    .filter((src) => src !== "" && !/^[a-z]+:\/\//i.test(src));
  if (scripts.length === 0)
    return { taskpaneGzipBytes: null, files: [], note: "taskpane.html loads no local script" };
  let gzip = 0;
  for (const src of scripts) gzip += zlib.gzipSync(readFileSync(path.join(dist, src)), { level: 9 }).length;
  return { taskpaneGzipBytes: gzip, files: scripts, note: null };
}

/** dist/bundle-size.json (written by the webpack config) says which mode built dist/. */
function isProductionBuild(dist: string): boolean {
  const report = path.join(dist, "bundle-size.json");
  if (!existsSync(report)) return false;
  try {
    const parsed: unknown = JSON.parse(readFileSync(report, "utf8"));
    return parsed !== null && typeof parsed === "object" && "mode" in parsed && parsed.mode === "production";
  } catch {
    return false;
  }
}

/** A dist/ older than any source file would measure yesterday's task pane. */
function isStale(dist: string, sources: string): boolean {
  const built = statSync(path.join(dist, "bundle-size.json")).mtimeMs;
  const newer = (dir: string): boolean =>
    readdirSync(dir, { withFileTypes: true }).some((entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? newer(full) : statSync(full).mtimeMs > built;
    });
  return existsSync(sources) && newer(sources);
}
