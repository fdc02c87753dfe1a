// Preloaded into each child the benchmark spawns (`node --require`): on exit, it writes the process's
// peak resident set size (kilobytes, from getrusage) to the file named by JIU_BENCH_RSS_FILE.
"use strict";
const target = process.env.JIU_BENCH_RSS_FILE;
if (target) {
  process.on("exit", () => {
    require("fs").writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
