import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    // The CLI tests spawn the normalize script; give them room on a 2-core machine.
    testTimeout: 60_000,
  },
});
