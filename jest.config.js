/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Two workers on the 2-core machines: many suites wait on child processes (the CLI, LibreOffice,
  // Chromium), so one worker left a core idle and the suite near 10 minutes.
  maxWorkers: 2,
  roots: ["<rootDir>/test", "<rootDir>/src"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/build/", "/dist/", "/dist-preview/"],
};
