// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

const siteUrl = process.env.SITE_URL?.trim() || undefined;
if (!siteUrl) {
  console.warn("SITE_URL is not set: canonical links, citations and share links stay relative paths.");
}

export default defineConfig({
  // Permalinks, citations, Open Graph and the sitemap use this origin (src/lib/site/site-url.ts).
  site: siteUrl,
  trailingSlash: "always",
  integrations: [
    react(),
    {
      // The search page's island hydrates after the page's own script has drawn the first results (issue #19).
      name: "search-after-first",
      hooks: {
        "astro:config:setup": ({ addClientDirective }) =>
          addClientDirective({ name: "afterfirst", entrypoint: "./src/lib/search/after-first.ts" }),
      },
    },
  ],
  build: { format: "directory" },
  // The data pages' code examples must stay readable (WCAG AA contrast, checked by axe).
  markdown: { shikiConfig: { theme: "github-light-high-contrast" } },
});
