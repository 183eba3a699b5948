/**
 * The one script content pages may load: table sorting (public/table-sort.js),
 * an external file so a strict Content-Security-Policy needs no inline script.
 * The layout names it from here and the no-JavaScript gate allows exactly it.
 */
export const TABLE_SORT_SCRIPT = "/table-sort.js";

/** Its budget: the file gzipped must stay under this many bytes. */
export const TABLE_SORT_MAX_GZIP = 3 * 1024;
