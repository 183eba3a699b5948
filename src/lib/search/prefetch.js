// Inline in the search page's <head> (index.astro imports this file as text; its hash is in the CSP):
// starts the index fetches the URL's query needs while the HTML is still parsed, before any script
// file has loaded. session.ts takes the responses from window.__searchPrefetch; a file it does not
// find there it fetches itself, so this only saves time. Names files as ngram.ts and client.ts do
// (tests/unit/search-prefetch.test.ts checks it): per word the files of its cover bigrams (or of
// its character).
(() => {
  const version = document.currentScript?.getAttribute("data-search-version");
  const q = new URLSearchParams(location.search).get("q");
  if (!version || !q) return;
  /** @param {string | undefined} c */
  const hex = (c) => (c?.codePointAt(0) ?? 0).toString(16);
  /** @type {Set<string>} */
  const paths = new Set();
  const seen = new Set();
  let budget = 32;
  for (const raw of q.split(/\s+/u)) {
    const w = [...raw.toLowerCase().replace(/\s+/gu, "")].slice(0, budget);
    const key = w.join("");
    if (w.length === 0 || seen.has(key)) continue;
    seen.add(key);
    if (w.length === 1) paths.add(`u/${hex(w[0])}.json`);
    else
      for (let k = 0; ; k = Math.min(k + 2, w.length - 2)) {
        paths.add(`g/${hex(w[k])}/${hex(w[k + 1])}.json`);
        if (k === w.length - 2) break;
      }
    budget -= w.length;
    if (budget <= 0) break;
  }
  /** @type {Record<string, Promise<Response>>} */
  const started = {};
  for (const path of paths) {
    const url = `/search/data/${version}/${path}`;
    started[url] = fetch(url);
    // Read or not, a failed request must not be an unhandled rejection.
    started[url].catch(() => undefined);
  }
  Object.assign(window, { __searchPrefetch: started });
})();
