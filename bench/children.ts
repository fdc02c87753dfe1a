import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";

export interface ChildRun {
  readonly ms: number;
  readonly code: number | null;
  /** Peak resident set size in MB (from getrusage in the child), or null when it could not be read. */
  readonly peakRssMb: number | null;
  /**
   * CPU time in ms (user + system, every thread: zlib's pool too), or null. Unlike the time from spawn
   * to exit, it hardly grows when other work shares the cores.
   */
  readonly cpuMs: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const RSS_PROBE = path.join(__dirname, "rss-probe.cjs");

/**
 * Runs `node SCRIPT ...args` end to end, as a user would, timing it from spawn to exit.
 * The child is preloaded with rss-probe.cjs, which reports its peak RSS when it exits.
 */
export function runNode(script: string, args: readonly string[], cwd: string): Promise<ChildRun> {
  const probeDir = mkdtempSync(path.join(os.tmpdir(), "jiu-bench-rss-"));
  const rssFile = path.join(probeDir, "maxrss");
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, ["--require", RSS_PROBE, script, ...args], {
      cwd,
      env: { ...process.env, JIU_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - start;
      let peakRssMb: number | null = null;
      let cpuMs: number | null = null;
      try {
        const [rssKb = "", cpuMicroseconds = ""] = readFileSync(rssFile, "utf8").split(" ");
        peakRssMb = Number(rssKb) / 1024;
        cpuMs = Number(cpuMicroseconds) / 1000;
      } catch {
        peakRssMb = null; // the child died before its exit handler ran
      }
      rmSync(probeDir, { recursive: true, force: true });
      resolve({
        ms,
        code,
        peakRssMb,
        cpuMs,
        stdout: Buffer.concat(stdout).toString("utf8"),
        stderr: Buffer.concat(stderr).toString("utf8"),
      });
    });
  });
}
