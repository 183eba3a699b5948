// The site's own client directive (astro.config.mjs, src/lib/search/after-first.ts).
declare module "astro" {
  interface AstroClientDirectives {
    "client:afterfirst"?: boolean;
  }
}

export {};
