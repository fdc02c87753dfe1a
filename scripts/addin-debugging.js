#!/usr/bin/env node
// `npm run sideload` and `npm run stop`, as in Office's add-in templates. Both need office-addin-debugging,
// which needs desktop Excel (Windows or Mac) and keytar, which does not build on Linux: it is not a
// dependency here. Without it, each says what to do by hand instead of failing with a stack trace.
const { spawn } = require("node:child_process");
const path = require("node:path");

const root = path.resolve(__dirname, "..");
const action = process.argv[2];

const BY_HAND = {
  sideload: [
    "Sideload by hand (README, Sideloading): with `npm start` running, add manifest.xml to Excel:",
    "  Windows: a shared-folder catalog (Trust Center › Trusted Add-in Catalogs);",
    "  Mac: copy it to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/;",
    "  Excel on the web: Home › Add-ins › More Add-ins › Upload My Add-in.",
  ],
  stop: [
    "Nothing was sideloaded by this script. `npm start` runs in the foreground: stop it with Ctrl+C.",
    "To remove a sideloaded add-in: Windows, remove the shared-folder catalog; Mac, delete manifest.xml from",
    "the wef folder; Excel on the web, it goes when the browser session ends.",
  ],
};

if (action !== "sideload" && action !== "stop") {
  console.error("Usage: node scripts/addin-debugging.js sideload|stop");
  process.exit(2);
}

try {
  require.resolve("office-addin-debugging", { paths: [root] });
} catch {
  console.log(
    `office-addin-debugging is not installed (it needs desktop Excel; it does not install on Linux).`,
  );
  for (const line of BY_HAND[action]) console.log(line);
  process.exit(action === "sideload" ? 1 : 0);
}

const args =
  action === "sideload" ? ["start", "manifest.xml", "desktop", "--no-debug"] : ["stop", "manifest.xml"];
// The package's own command, as start.js runs it (a shell on Windows, where it is a .cmd file).
const command = path.join(root, "node_modules", ".bin", "office-addin-debugging");
const child = spawn(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
