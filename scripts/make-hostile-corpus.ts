/**
 * Writes the corpus of bad workbooks (test/hostile/corpus.ts) to a folder, to open them in Excel or to try
 * the CLI on them by hand. Nothing is committed: the tests generate the same files in a temporary folder.
 *
 *   npx tsx scripts/make-hostile-corpus.ts [FOLDER]    (default .tmp/hostile-corpus; .tmp/ is ignored by git)
 */
import { mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { HOSTILE_CASES } from "../test/hostile/corpus";

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? join(".tmp", "hostile-corpus"));
  mkdirSync(folder, { recursive: true });
  for (const item of HOSTILE_CASES) {
    const path = await item.write(folder);
    const size = statSync(path).size.toLocaleString("en");
    process.stdout.write(`${item.file.padEnd(26)} ${size.padStart(12)} bytes  ${item.what}\n`);
  }
  process.stdout.write(`\nWrote ${HOSTILE_CASES.length} files to ${folder}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
