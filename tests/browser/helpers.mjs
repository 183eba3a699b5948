/**
 * Shared by the browser tests: serve the built dist/ with the server of `npm start`
 * (scripts/serve.mjs: the headers of dist/_headers, so the Content-Security-Policy
 * applies) and drive Debian's chromium through playwright-core (no browser download here).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { after, before } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "../../scripts/lib/chromium.mjs";

/**
 * The setup every browser suite shares: before its tests, serve the built site
 * (options as for startPreview) and launch a browser; after them, close both.
 * Call it at the top level of a test file. The getters read the values once
 * the hooks have run, so tests use `site.base` and `site.browser`.
 * @param {{ outDir?: string; port?: number }} [options]
 */
export function useSite(options) {
  let preview;
  let browser;
  before(async () => {
    preview = await startPreview(options);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await preview?.stop();
  });
  return {
    get base() {
      return preview.base;
    },
    get browser() {
      return browser;
    },
  };
}

/**
 * Start the site's server (scripts/serve.mjs, as `npm start`) on dist/ (or `outDir`, or $SITE_DIST: a site built
 * elsewhere, such as a benchmark corpus) on a free port (or `port`) and
 * wait until it answers; `base` is its address, `stop()` ends it and its children.
 * (The JSDoc type names `port`: without it TypeScript infers the options from
 * the `{}` default and rejects callers that pass one.)
 * @param {{ outDir?: string; port?: number }} [options]
 */
export async function startPreview({ outDir = process.env.SITE_DIST ?? "dist", port } = {}) {
  port ??= await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["scripts/serve.mjs", "--host", "127.0.0.1", "--port", String(port), "--dir", outDir], {
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() ends the server and nothing else.
    detached: true,
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`the site server exited early:\n${output}`);
    try {
      const response = await fetch(`${base}/`);
      if (response.ok) return { stop, base };
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  await stop();
  throw new Error(`the site server did not answer on ${base} within 30 s:\n${output}`);
}

/** A port nobody listens on right now (other suites and benchmarks may hold fixed ones). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const launchBrowser = () => launchChromium();

/** The one script content pages may load (src/gates/shared-script.ts). */
export const SHARED_SCRIPT = "/table-sort.js";

/** The src of every <script> on a page (null for an inline one). */
export async function scriptSources(page) {
  return page.locator("script").evaluateAll((scripts) => scripts.map((s) => s.getAttribute("src")));
}
