/**
 * Where the site is deployed: the one setting (`SITE_URL`) behind canonical links,
 * citations, share links, Open Graph tags and the sitemap. Without it every link
 * stays relative and citations show the path: a published page never carries a
 * placeholder domain.
 */

/** The deployed origin (and base path), without a trailing slash; undefined when not set. */
export function siteUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env.SITE_URL?.trim();
  if (!value) return undefined;
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`SITE_URL must be an http(s) URL, found ${JSON.stringify(value)}`);
  }
  let href = url.href;
  while (href.endsWith("/")) href = href.slice(0, -1);
  return href;
}

/** An absolute URL for a site path when SITE_URL is set, else the path itself. */
export function absoluteUrl(path: string, base: string | undefined = siteUrl()): string {
  if (!path.startsWith("/")) throw new Error(`site paths start with "/": ${JSON.stringify(path)}`);
  return base === undefined ? path : `${base}${path}`;
}
