import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import webpack, { type Configuration } from "webpack";
import { tempFolder } from "../xlsx/read/fixtures";
import { manifestAddresses, ROOT, validateManifest } from "./manifest-support";

const WEBPACK_CLI = require.resolve("webpack-cli/bin/cli.js");
const BASE = "https://addins.example.org/jiu/";
/** The real configuration builds four bundles (about a minute); the manifest and help pages need none. */
const TINY_ENTRY = join(ROOT, "src", "taskpane", "version.ts");
const BUILD_TIMEOUT_MS = 180_000;

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<Configuration>;

/** webpack.config.js as `npm run build` runs it, with ADDIN_BASE_URL and SUPPORT_CONTACT set, into `output`. */
async function buildPagesAndManifest(output: string, env: Record<string, string>): Promise<void> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config, loaded as webpack loads it
    const factory = require(join(ROOT, "webpack.config.js")) as ConfigFactory;
    const config = await factory({}, { mode: "production" });
    const entry = {
      taskpane: TINY_ENTRY,
      commands: TINY_ENTRY,
      "command-result": TINY_ENTRY,
      preview: TINY_ENTRY,
    };
    const compiler = webpack({ ...config, entry, output: { ...config.output, path: output } });
    await new Promise<void>((resolve, reject) =>
      compiler.run((error, stats) => {
        if (error || stats?.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
        else compiler.close(() => resolve());
      }),
    );
  } finally {
    process.env = saved;
  }
}

/** Issue 13: `ADDIN_BASE_URL=https://addins.example.org/jiu/ npm run build` gives a deployable dist/. */
describe("the production build for an organization's address", () => {
  const folder = tempFolder("jiu-dist-");
  const dist = folder.path("dist");
  beforeAll(
    () => buildPagesAndManifest(dist, { ADDIN_BASE_URL: BASE, SUPPORT_CONTACT: "Service desk, ext. 1234" }),
    BUILD_TIMEOUT_MS,
  );
  afterAll(() => folder.dispose());

  it("writes dist/manifest.xml with every address under the base, valid against the XSDs", () => {
    const manifest = readFileSync(join(dist, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const addresses = manifestAddresses(manifest);
    expect(addresses.length).toBeGreaterThanOrEqual(13);
    for (const address of addresses) {
      expect(address === "https://addins.example.org" || address.startsWith(BASE)).toBe(true);
    }
    expect(() => validateManifest(manifest)).not.toThrow();
  });

  it("writes the help pages in English and Chinese with the version and the contact the build was given", () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const english = readFileSync(join(dist, "help.html"), "utf8");
    const chinese = readFileSync(join(dist, "help-zh.html"), "utf8");
    expect(english).toContain(`Version ${version}`);
    expect(english).toContain("Reporting a problem");
    expect(english).toContain("Service desk, ext. 1234");
    expect(chinese).toContain(`版本 ${version}`);
    expect(chinese).toContain("报告问题");
    expect(chinese).toContain("Service desk, ext. 1234");
  });

  it.each([
    ["help-ar.html", "الإصدار <bdi>{version}</bdi>", "الإبلاغ عن مشكلة", /<html lang="?ar"? dir="?rtl"?>/],
    ["help-fr.html", "Version {version}", "Signaler un problème", /<html lang="?fr"? dir="?ltr"?>/],
    ["help-ru.html", "Версия {version}", "Сообщение о проблеме", /<html lang="?ru"? dir="?ltr"?>/],
    ["help-es.html", "Versión {version}", "Notificar un problema", /<html lang="?es"? dir="?ltr"?>/],
  ])("writes the help page %s with the version and the contact", (file, versionLine, heading, attribute) => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const page = readFileSync(join(dist, file), "utf8");
    expect(page).toContain(versionLine.replace("{version}", version));
    expect(page).toContain(heading);
    expect(page).toMatch(attribute);
    expect(page).toContain("Service desk, ext. 1234");
  });
});

describe("a build for a plain-http address", () => {
  it("is refused with one line and a non-zero exit, before anything is built", () => {
    const folder = tempFolder("jiu-dist-http-");
    try {
      const result = spawnSync(
        process.execPath,
        [WEBPACK_CLI, "--mode", "production", "--output-path", folder.path("dist")],
        {
          cwd: ROOT,
          encoding: "utf8",
          timeout: 60_000,
          env: { ...process.env, ADDIN_BASE_URL: "http://addins.example.org/jiu/" },
        },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        "ADDIN_BASE_URL 'http://addins.example.org/jiu/' is not https: Excel loads add-ins only over HTTPS, " +
          "so serve dist/ over HTTPS and give its https:// address (plain http is allowed for localhost only).\n",
      );
      expect(result.stdout).toBe("");
    } finally {
      folder.dispose();
    }
  }, 60_000);
});
