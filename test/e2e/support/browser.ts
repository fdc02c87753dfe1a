import { existsSync } from "node:fs";

/** Debian's chromium (or CHROMIUM_PATH); the tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-default-apps",
  "--disable-extensions",
  "--font-render-hinting=none",
];

/**
 * Whether the end-to-end tests can run. Under CI a missing browser is a failure (the suite throws);
 * elsewhere the suite is skipped with a message nobody can miss.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  const message =
    `End-to-end tests need Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH). ` +
    "They were NOT run.";
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n${"!".repeat(100)}\n${message}\n${"!".repeat(100)}\n`);
  return false;
}
