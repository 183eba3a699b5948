/**
 * The site's HTTP headers, read from one `_headers` file (public/_headers, copied to
 * dist/_headers by the build): the convention Cloudflare Pages and Netlify read. The
 * server (scripts/serve.mjs), the build's CSP step (scripts/csp-hashes.mjs) and the
 * nginx snippet (scripts/headers-nginx.mjs) all go through this module.
 *
 * Format: a line starting at column 0 is a path pattern ("*" matches any run of
 * characters, "/" included); indented "Name: value" lines below it are its headers;
 * "! Name" removes a header an earlier rule set; "#" starts a comment line.
 */

/** @typedef {{ pattern: string; set: [string, string][]; remove: string[] }} HeaderRule */

/**
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [i, line] of text.split(/\r?\n/u).entries()) {
    if (line.trim() === "" || line.trim().startsWith("#")) continue;
    if (!/^\s/u.test(line)) {
      rules.push({ pattern: line.trim(), set: [], remove: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers:${i + 1}: a header before any path pattern`);
    const body = line.trim();
    if (body.startsWith("!")) {
      rule.remove.push(body.slice(1).trim());
      continue;
    }
    const colon = body.indexOf(":");
    if (colon <= 0) throw new Error(`_headers:${i + 1}: expected "Name: value", found ${JSON.stringify(body)}`);
    rule.set.push([body.slice(0, colon).trim(), body.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} pattern */
function patternRegExp(pattern) {
  const escaped = pattern.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, "\\$&"));
  return new RegExp(`^${escaped.join(".*")}$`, "u");
}

/**
 * The headers for a path: every matching rule in order, later ones replacing or removing earlier ones.
 * @param {readonly HeaderRule[]} rules
 * @param {string} path
 * @returns {Map<string, string>} keyed by lower-case name, value with the name as written
 */
export function headersFor(rules, path) {
  /** @type {Map<string, [string, string]>} */
  const headers = new Map();
  for (const rule of rules) {
    if (!patternRegExp(rule.pattern).test(path)) continue;
    for (const name of rule.remove) headers.delete(name.toLowerCase());
    for (const [name, value] of rule.set) headers.set(name.toLowerCase(), [name, value]);
  }
  return new Map([...headers.values()].map(([name, value]) => [name, value]));
}

/**
 * The file with `script-src` extended by the given sources (hashes), in every CSP line.
 * @param {string} text
 * @param {readonly string[]} sources
 */
export function withScriptSources(text, sources) {
  if (sources.length === 0) return text;
  // Line by line: the CSP line's script-src list ends at its ";" (or the line's end).
  return text
    .split("\n")
    .map((line) => {
      if (!line.trimStart().startsWith("Content-Security-Policy:")) return line;
      const at = line.indexOf("script-src ");
      if (at < 0) return line;
      const semicolon = line.indexOf(";", at);
      const end = semicolon < 0 ? line.length : semicolon;
      return `${line.slice(0, end)} ${sources.join(" ")}${line.slice(end)}`;
    })
    .join("\n");
}
