#!/usr/bin/env node
/**
 * `npm start`: serve the built site (dist/) as a static host would, with the headers of
 * dist/_headers (the one source, public/_headers plus the build's script hashes).
 * Built on `sirv`; plain Node, no dev dependencies.
 *
 *   node scripts/serve.mjs [--port N | -p N] [--host H] [--dir dist]
 *   PORT and HOST are read from the environment too (the flag wins); defaults 4321, 127.0.0.1.
 *
 * Odd requests get a plain 404 and nothing is logged for them: encoded slashes or
 * backslashes, dot segments, malformed escapes, NUL, paths over 2,048 characters
 * (request lines over 64 KB get a bare 431).
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import sirv from "sirv";
import { headersFor, parseHeaders } from "./lib/headers.mjs";

const MAX_PATH = 2048;

/**
 * A request handler serving `dir` with the headers its _headers file gives.
 * @param {string} dir
 * @returns {import("node:http").RequestListener}
 */
export function siteHandler(dir) {
  const root = resolve(dir);
  const headersFile = resolve(root, "_headers");
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, "utf8")) : [];
  const notFoundFile = resolve(root, "404.html");
  const notFoundPage = existsSync(notFoundFile) ? readFileSync(notFoundFile) : Buffer.from("Not found\n");
  const notFoundType = existsSync(notFoundFile) ? "text/html; charset=utf-8" : "text/plain; charset=utf-8";

  /** @param {import("node:http").ServerResponse} res @param {string} path */
  const apply = (res, path) => {
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
  };
  /** @param {import("node:http").ServerResponse} res */
  const notFound = (res) => {
    apply(res, "/404.html");
    res.statusCode = 404;
    res.setHeader("Content-Type", notFoundType);
    res.setHeader("Content-Length", notFoundPage.length);
    res.end(notFoundPage);
  };
  const files = sirv(root, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders: (res, pathname) => apply(res, pathname),
    onNoMatch: (_req, res) => notFound(res),
  });

  return (req, res) => {
    try {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
        return res.end("Method not allowed\n");
      }
      const raw = (req.url ?? "/").split("?")[0] ?? "/";
      if (!safePath(raw) || raw === "/_headers") return notFound(res);
      files(req, res, () => notFound(res));
    } catch {
      if (!res.headersSent) {
        res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Internal error\n");
      } else res.destroy();
    }
  };
}

/** A request path the site can have: starts with "/", no encoded separators, no dot segments, decodes cleanly. */
export function safePath(/** @type {string} */ raw) {
  if (!raw.startsWith("/") || raw.length > MAX_PATH) return false;
  if (/%(?:2f|5c|00)|\\|\0/iu.test(raw)) return false;
  let decoded;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return false;
  }
  return !decoded.split("/").some((segment) => segment === ".." || segment === ".");
}

/** Port and host from --port/-p, --host, then PORT and HOST, then the defaults. */
export function listenOptions(argv = process.argv.slice(2), env = process.env) {
  const { values } = parseArgs({
    args: argv,
    options: { port: { type: "string", short: "p" }, host: { type: "string" }, dir: { type: "string" } },
    allowPositionals: false,
  });
  const port = Number(values.port ?? env.PORT ?? 4321);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`not a port: ${values.port ?? env.PORT}`);
  return { port, host: values.host ?? env.HOST ?? "127.0.0.1", dir: values.dir ?? "dist" };
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("serve.mjs")) {
  const { port, host, dir } = listenOptions();
  if (!existsSync(resolve(dir, "index.html"))) {
    console.error(`${dir}/index.html not found: run npm run build first.`);
    process.exit(1);
  }
  // Request lines up to 64 KB reach the handler (and its 404); larger ones, or broken requests, get a bare status line.
  const server = createServer({ maxHeaderSize: 65536 }, siteHandler(dir));
  server.on("clientError", (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    const status = error.code === "HPE_HEADER_OVERFLOW" ? "431 Request Header Fields Too Large" : "400 Bad Request";
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  });
  server.listen(port, host, () => {
    const address = server.address();
    const shown = typeof address === "object" && address ? address.port : port;
    console.log(`serving ${dir}/ at http://${host}:${shown}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
