// `npm run screenshots`: runs the end-to-end tests with their screenshots written to docs/screenshots/
// (the README's pictures) instead of out/screenshots/. Look at each one before committing it.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const result = spawnSync(
  process.execPath,
  [require.resolve("jest/bin/jest", { paths: [root] }), "test/e2e"],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, JIU_SCREENSHOTS_DIR: path.join("docs", "screenshots") },
  },
);
process.exit(result.status ?? 1);
