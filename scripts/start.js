#!/usr/bin/env node
// `npm start`: serves the add-in on https://localhost:3000 (http where no development certificate can be
// installed: scripts/dev-https.js). Where office-addin-debugging is installed (it needs desktop Excel and
// keytar, which does not build on Linux), it also sideloads the add-in into Excel; everywhere else it says
// where the browser preview is.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");

function run(command, args) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  const stop = (signal) => child.kill(signal);
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function available(name) {
  try {
    require.resolve(name, { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

if (available("office-addin-debugging") && process.env.JIU_NO_SIDELOAD !== "1") {
  console.log("Sideloading into Excel with office-addin-debugging (set JIU_NO_SIDELOAD=1 to only serve).");
  console.log("Without Excel, open the preview whose address the server prints below.");
  run(path.join(root, "node_modules", ".bin", "office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ]);
} else {
  console.log("No Excel here: open the preview whose address the server prints below (the add-in's task");
  console.log("pane on an in-memory workbook). The task pane itself, taskpane.html, needs Excel around it.");
  run(process.execPath, [
    require.resolve("webpack-cli/bin/cli.js", { paths: [root] }),
    "serve",
    "--mode",
    "development",
    "--env",
    "preview",
  ]);
}
