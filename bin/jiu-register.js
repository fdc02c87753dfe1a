#!/usr/bin/env node
// Thin launcher: the CLI is compiled from src/cli by `npm run build:cli` (run by `npm install` via "prepare").
require("../build/cli/main.js").runFromProcess();
