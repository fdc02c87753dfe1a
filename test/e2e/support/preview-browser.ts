/**
 * The end-to-end tests' common ground: the built preview served over HTTP, one Chromium to open it in,
 * and a fresh page at the preview that records the errors it throws.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser";
import { DIST, ensureProductionBuild, ROOT } from "./build-dist";
import { serveFolder } from "./static-server";

/**
 * Where the screenshots go: out/screenshots/ on every run (git ignores it), docs/screenshots/ for the
 * README when `npm run screenshots` sets JIU_SCREENSHOTS_DIR. A test run never rewrites tracked files.
 */
export const SCREENSHOTS = path.resolve(
  ROOT,
  process.env.JIU_SCREENSHOTS_DIR ?? path.join("out", "screenshots"),
);
export const VIEWPORT = { width: 1440, height: 900 };

export interface PreviewPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** The messages of the errors the page threw. */
  readonly errors: string[];
}

export interface PreviewBrowser {
  readonly browser: Browser;
  /** Where the preview is served, e.g. "http://127.0.0.1:41234". */
  readonly origin: string;
  /**
   * A page in a context of its own (1440 × 900 unless `options` say otherwise) at preview.html + query,
   * once the pane is ready.
   */
  openPreview(query?: string, options?: BrowserContextOptions): Promise<PreviewPage>;
}

/**
 * Builds the preview if it is stale, serves it and starts Chromium before the enclosing describe block's
 * tests, and stops both after them. Call it at the top of the block.
 */
export function previewBrowser(): PreviewBrowser {
  let browser: Browser | undefined;
  let server: { origin: string; close: () => Promise<void> } | undefined;

  beforeAll(async () => {
    ensureProductionBuild();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveFolder(DIST);
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(thing: T | undefined): T => {
    if (thing === undefined) throw new Error("The preview's browser is used before beforeAll started it.");
    return thing;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(server).origin;
    },
    async openPreview(query = "", options = {}) {
      const context = await started(browser).newContext({
        viewport: VIEWPORT,
        deviceScaleFactor: 1,
        ...options,
      });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${started(server).origin}/preview.html${query}`);
      await page.waitForFunction(() => document.body.dataset.paneReady === "true");
      return { context, page, errors };
    },
  };
}
