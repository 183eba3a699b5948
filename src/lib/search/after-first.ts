/**
 * client:afterfirst (astro.config.mjs): the search page's island hydrates
 * once the page's own script (src/pages/search/_start.ts) has drawn the first
 * results, or found none to draw, and the browser is idle after that paint,
 * so loading and running React never competes with the first results. A
 * page whose script never reports still hydrates after AFTER_FIRST_LIMIT ms.
 */
import type { ClientDirective } from "astro";

/** The event _start.ts dispatches on window once the first results are drawn (or there are none to draw). */
export const FIRST_DRAWN = "search:first-drawn";
const AFTER_FIRST_LIMIT = 4000;

const afterFirst: ClientDirective = (load) => {
  let started = false;
  const hydrate = () => {
    if (started) return;
    started = true;
    const run = () => void load().then((go) => go());
    if ("requestIdleCallback" in window) requestIdleCallback(run, { timeout: 500 });
    else setTimeout(run, 0);
  };
  if ((window as { __searchFirstDrawn?: boolean }).__searchFirstDrawn) hydrate();
  else addEventListener(FIRST_DRAWN, hydrate, { once: true });
  setTimeout(hydrate, AFTER_FIRST_LIMIT);
};

export default afterFirst;
