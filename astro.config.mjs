// @ts-check
import { defineConfig } from "astro/config";
import react from "@astrojs/react";

export default defineConfig({
  // Permalinks in citations use this origin; set SITE_URL where the site is deployed.
  site: process.env.SITE_URL ?? "https://jixiao.example.org",
  trailingSlash: "always",
  integrations: [react()],
  build: { format: "directory" },
  // The data pages' code examples must stay readable (WCAG AA contrast, checked by axe).
  markdown: { shikiConfig: { theme: "github-light-high-contrast" } },
});
