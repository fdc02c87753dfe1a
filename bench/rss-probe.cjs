// Preloaded into each child the benchmark spawns (`node --require`): on exit, it writes the process's
// peak resident set size (kilobytes, from getrusage) and its CPU time (user + system, all threads,
// microseconds) to the file named by JIU_BENCH_RSS_FILE, as "RSS CPU".
"use strict";
const target = process.env.JIU_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    require("fs").writeFileSync(target, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  });
}
