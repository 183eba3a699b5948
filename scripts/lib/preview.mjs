/**
 * Serve a built site with the server of `npm start` (scripts/serve.mjs) on a free port; shared by the browser
 * tests (tests/browser/helpers.mjs) and the benchmarks (scripts/bench*.ts).
 */
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { launchChromium } from "./chromium.mjs";

/** @typedef {{ base: string; stop: () => Promise<void> }} Preview */

/**
 * Start the site's server (scripts/serve.mjs, as `npm start`) on dist/ (or `outDir`, or $SITE_DIST: a site built
 * elsewhere, such as a benchmark corpus) on a free port (or `port`) and
 * wait until it answers; `base` is its address, `stop()` ends it and its children.
 * (The JSDoc type names `port`: without it TypeScript infers the options from
 * the `{}` default and rejects callers that pass one.)
 * @param {{ outDir?: string; port?: number }} [options]
 * @returns {Promise<Preview>}
 */
export async function startPreview({ outDir = process.env.SITE_DIST ?? "dist", port } = {}) {
  port ??= await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ["scripts/serve.mjs", "--host", "127.0.0.1", "--port", String(port), "--dir", outDir],
    {
      stdio: ["ignore", "pipe", "pipe"],
      // Its own process group, so stop() ends the server and nothing else.
      detached: true,
    },
  );
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
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

/**
 * A port nobody listens on right now (other suites and benchmarks may hold fixed ones).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export const launchBrowser = () => launchChromium();
