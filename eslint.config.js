// Lint: typescript-eslint (type-aware), eslint-plugin-regexp, eslint-plugin-astro.
// Layout and whitespace belong to Prettier (eslint-config-prettier turns off what would fight it).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";
import astro from "eslint-plugin-astro";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["dist/", ".astro/", ".tmp/", "node_modules/", "content/", "public/", "test-results/"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  regexp.configs["flat/recommended"],
  ...astro.configs["flat/recommended"],
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Regular expressions run over untrusted published text: no polynomial backtracking.
      "regexp/no-super-linear-backtracking": "error",
      "regexp/no-super-linear-move": "error",
      "@typescript-eslint/no-floating-promises": [
        "error",
        // node:test's test()/describe() return promises the runner itself awaits.
        {
          allowForKnownSafeCalls: [
            { from: "package", package: "node:test", name: ["test", "it", "describe", "suite"] },
          ],
        },
      ],
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Tests read back files the code under test wrote (JSON.parse gives any) and assert on
    // their shape: a wrong shape fails the assertion, so the no-unsafe-* rules add noise there.
    files: ["tests/**", "src/**/*.test.ts"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    // .astro frontmatter is linted without type information: astro-eslint-parser has no
    // projectService and builds a program per file, which took most of an 8-minute run.
    // The logic pages use lives in .ts modules under src/lib, which are type-checked.
    files: ["**/*.astro"],
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
