// Builds the add-in's pages: the task pane, the ribbon's function file and the command result page: the
// add-in alone, no test machinery. `--env preview` (`npm run build:preview`, `npm start`) adds the browser
// preview (dev/preview: the task pane on the in-memory Excel) and writes dist-preview/ instead of dist/.
// `npm run build` writes dist/ (production) for the address in ADDIN_BASE_URL (default the development
// server's); `npm start` serves the same pages on https://localhost:3000 (http where no certificate can be installed).
const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DefinePlugin, sources } = require("webpack");
const { addinBaseUrl, BaseUrlError, manifestFor } = require("./scripts/addin-manifest");
const { DEV_PORT, devServer } = require("./scripts/dev-https");
const { helpPagePlugins } = require("./scripts/help-pages");
const { version } = require("./package.json");

const OFFICE_SCRIPT_HOST = "https://appsforoffice.microsoft.com";
/** Issue 4 and 5: the production task pane ships at most 250 KB of gzipped JavaScript. */
const TASKPANE_BUDGET_BYTES = 250 * 1024;

/**
 * The pages' Content-Security-Policy: scripts only from the add-in's own origin (plus Office's script host
 * where office.js is loaded), no inline script, no plug-ins, nothing fetched from elsewhere.
 * Styles allow 'unsafe-inline' because Fluent UI (Griffel) writes its atomic CSS into <style> elements at run time.
 */
function contentSecurityPolicy({ office }) {
  const scriptHosts = office ? ` ${OFFICE_SCRIPT_HOST}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${scriptHosts}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${scriptHosts}`,
    `frame-src 'self'${scriptHosts}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** Text for an HTML template, escaped (the support contact comes from the build's environment). */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The help pages' contact line: SUPPORT_CONTACT as the IT department sets it at build time, or nothing. */
function supportContact() {
  const contact = (process.env.SUPPORT_CONTACT ?? "").trim();
  return contact ? escapeHtml(contact) : "";
}

/**
 * One page of the add-in, from the one template src/taskpane/page.html: an app's root (the chunk's script
 * renders into it) or, with `help`, a help page's text (scripts/help-pages.js).
 */
function page({
  filename,
  title,
  chunk,
  office,
  lang = "en",
  dir = "ltr",
  bodyStyle = "margin: 0",
  help = null,
}) {
  return new HtmlWebpackPlugin({
    filename,
    chunks: chunk ? [chunk] : [],
    template: path.resolve(__dirname, "src/taskpane/page.html"),
    inject: "body",
    scriptLoading: "defer",
    templateParameters: {
      title,
      lang,
      dir,
      bodyStyle,
      help,
      csp: contentSecurityPolicy({ office }),
      officeScript: office ? `${OFFICE_SCRIPT_HOST}/lib/1/hosted/office.js` : "",
    },
  });
}

/** Copies assets/ (icons the manifest points at) to dist/assets/ without another dependency. */
class CopyAssetsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CopyAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "CopyAssetsPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const dir = path.resolve(__dirname, "assets");
          if (!fs.existsSync(dir)) return;
          compilation.contextDependencies.add(dir);
          for (const name of fs.readdirSync(dir)) {
            const file = path.join(dir, name);
            if (!fs.statSync(file).isFile()) continue;
            compilation.fileDependencies.add(file);
            compilation.emitAsset(`assets/${name}`, new sources.RawSource(fs.readFileSync(file)));
          }
        },
      );
    });
  }
}

/** Writes dist/manifest.xml: manifest.xml with every address under the build's base address. */
class ManifestPlugin {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ManifestPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ManifestPlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const template = path.resolve(__dirname, "manifest.xml");
          compilation.fileDependencies.add(template);
          const xml = manifestFor(fs.readFileSync(template, "utf8"), { baseUrl: this.baseUrl, version });
          compilation.emitAsset("manifest.xml", new sources.RawSource(xml));
        },
      );
    });
  }
}

/** The base address, or a one-line refusal and exit 1 (a stack trace would bury the one thing to fix). */
function baseUrlOrExit(fallback) {
  try {
    return addinBaseUrl(process.env, fallback);
  } catch (error) {
    if (!(error instanceof BaseUrlError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * Prints the gzipped size of the task pane's JavaScript after each build, writes it to
 * dist/bundle-size.json (read by the benchmark), and fails a production build that exceeds the budget.
 */
class TaskpaneSizePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("TaskpaneSizePlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "TaskpaneSizePlugin", stage: compilation.constructor.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const entry = compilation.entrypoints.get("taskpane");
          if (!entry) return;
          const files = [...entry.getFiles()].filter((file) => file.endsWith(".js"));
          const production = compilation.options.mode === "production";
          // Development bundles are unminified and several MB: the budget speaks of production only.
          if (!production) return;
          let raw = 0;
          let gzip = 0;
          for (const file of files) {
            const source = compilation.getAsset(file).source.buffer();
            raw += source.length;
            gzip += zlib.gzipSync(source, { level: 9 }).length;
          }
          const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
          const line =
            `Task pane JavaScript: ${kb(gzip)} gzipped (${kb(raw)} raw) in ${files.join(", ")}; ` +
            `budget ${kb(TASKPANE_BUDGET_BYTES)}`;
          console.log(`\n${line}\n`);
          const report = {
            taskpaneGzipBytes: gzip,
            taskpaneRawBytes: raw,
            files,
            mode: compilation.options.mode,
          };
          compilation.emitAsset(
            "bundle-size.json",
            new sources.RawSource(JSON.stringify(report, null, 2) + "\n"),
          );
          if (gzip > TASKPANE_BUDGET_BYTES) {
            compilation.errors.push(new Error(`${line}: over budget. Import Fluent UI components by name.`));
          }
        },
      );
    });
  }
}

/** The preview page: the task pane beside an in-memory workbook. Built only with `--env preview`. */
function previewBuild() {
  return {
    entry: { preview: "./dev/preview/index.tsx" },
    pages: [
      page({ filename: "preview.html", title: "JIU Register preview", chunk: "preview", office: false }),
    ],
  };
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === "development" ? "development" : "production";
  const preview = Boolean(env.preview);
  // Only `webpack serve` needs a certificate (found asynchronously); a build must never try to install
  // one, and stays synchronous, so that tests can read its configuration as it is.
  return env.WEBPACK_SERVE
    ? devServer().then((dev) => configuration(mode, dev, preview))
    : configuration(mode, null, preview);
};

/** The configuration for `mode`, served by the dev server `dev` (null: a build, for ADDIN_BASE_URL). */
function configuration(mode, dev, withPreview) {
  const baseUrl = dev ? dev.baseUrl : baseUrlOrExit();
  const preview = withPreview ? previewBuild() : { entry: {}, pages: [] };
  return {
    mode,
    // No eval-based source maps: the pages' CSP forbids eval.
    devtool: mode === "production" ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      "command-result": "./src/commands/result-page.ts",
      ...preview.entry,
    },
    output: {
      path: path.resolve(__dirname, withPreview ? "dist-preview" : "dist"),
      filename: mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
      publicPath: "",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // Type checking is `npm run typecheck`; ES modules here let webpack drop unused Fluent UI code.
            transpileOnly: true,
            compilerOptions: { module: "es2020", sourceMap: mode !== "production" },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      page({ filename: "taskpane.html", title: "JIU Register", chunk: "taskpane", office: true }),
      page({ filename: "commands.html", title: "JIU Register commands", chunk: "commands", office: true }),
      page({
        filename: "command-result.html",
        title: "JIU Register",
        chunk: "command-result",
        office: false,
      }),
      ...preview.pages,
      ...helpPagePlugins({ page, version, supportContact: supportContact() }),
      new DefinePlugin({ __JIU_VERSION__: JSON.stringify(version) }),
      new ManifestPlugin(baseUrl),
      new CopyAssetsPlugin(),
      new TaskpaneSizePlugin(),
    ],
    devServer: {
      host: "localhost",
      port: DEV_PORT,
      server: dev ? dev.server : "http",
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: false },
      open: false,
      onListening: () => {
        if (withPreview) console.log(`\nPreview (no Excel needed): ${baseUrl}preview.html`);
        console.log(`Manifest for sideloading: ${baseUrl}manifest.xml\n`);
      },
    },
  };
}
