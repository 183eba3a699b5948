import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // A reader family keeps its tests in its own folder (src/normalize/readers/<family>/).
    include: ["tests/unit/**/*.test.ts", "src/**/*.test.ts"],
    // The CLI tests spawn the normalize script; give them room on a 2-core machine.
    testTimeout: 60_000,
    // CI reads the counts from this JSON file (see .ci/run); people read the default reporter.
    reporters: process.env.CI ? ["default", "json"] : ["default"],
    outputFile: { json: ".tmp/vitest.json" },
  },
});
