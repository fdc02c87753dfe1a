import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { SAMPLE, tempFolder } from "./cli-fixtures";

const ROOT = join(__dirname, "..", "..");
/** What `npm pack` needs to build the CLI: the sources, the compiler settings and the package files. */
const PACK_INPUTS = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.cli.json", "bin", "src"];
/** Packing runs tsc (prepack); installing may ask the npm registry for what the cache lacks. */
const PACK_INSTALL_TIMEOUT_MS = 300_000;

function npm(args: string[], cwd: string): string {
  return execFileSync("npm", args, {
    cwd,
    encoding: "utf8",
    stdio: "pipe",
    timeout: PACK_INSTALL_TIMEOUT_MS,
  });
}

/**
 * Issue 13: the CLI as a user installs it. The package is packed from a copy of the sources with no build/
 * folder, so the tarball holds only what `prepack` built; it is then installed globally into an empty
 * prefix, away from the checkout's node_modules, so every run-time module must come from `dependencies`.
 */
describe("npm pack, then npm install -g of the tarball", () => {
  const folder = tempFolder("jiu-pack-");
  let installedBin = "";

  beforeAll(() => {
    const source = folder.path("source");
    mkdirSync(source);
    for (const input of PACK_INPUTS) cpSync(join(ROOT, input), join(source, input), { recursive: true });
    symlinkSync(join(ROOT, "node_modules"), join(source, "node_modules"), "dir");
    const packed = folder.path("packed");
    mkdirSync(packed);
    npm(["pack", "--pack-destination", packed, "--silent"], source);
    const tarball = readdirSync(packed).find((name) => /^jiu-register-.*\.tgz$/.test(name));
    if (!tarball) throw new Error(`npm pack wrote no tarball in ${packed}`);
    const prefix = folder.path("prefix");
    npm(
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        join(packed, tarball),
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
      ],
      packed,
    );
    installedBin = join(prefix, "bin", "jiu-register");
  }, PACK_INSTALL_TIMEOUT_MS);
  afterAll(() => folder.dispose());

  it("gives a jiu-register command that validates the sample register", () => {
    const result = spawnSync(installedBin, ["validate", SAMPLE, "--as-of", "2023-02-28"], {
      cwd: folder.path(""),
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      "24 recommendations read from table 'Register' on sheet '建议登记册'; 0 errors",
    );
  });

  it("prints the package's version", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = spawnSync(installedBin, ["--version"], { encoding: "utf8", timeout: 60_000 });
    expect(result.stdout.trim()).toBe(`jiu-register ${version}`);
  });
});
