#!/usr/bin/env node
// `npm start`: serves the add-in on http://localhost:3000. Where office-addin-debugging is installed
// (it needs desktop Excel and keytar, which does not build on Linux), it also sideloads the add-in into
// Excel; everywhere else it says where the browser preview is.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const PREVIEW_URL = "http://localhost:3000/preview.html";

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
  console.log(`Without Excel, the preview is at ${PREVIEW_URL}`);
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
  console.log(`No Excel here: open ${PREVIEW_URL} (the add-in's task pane on an in-memory workbook).`);
  console.log("The task pane itself is http://localhost:3000/taskpane.html (it needs Excel around it).");
  run(process.execPath, [
    require.resolve("webpack-cli/bin/cli.js", { paths: [root] }),
    "serve",
    "--mode",
    "development",
    "--env",
    "preview",
  ]);
}
