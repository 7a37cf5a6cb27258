import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts"],
    environment: "node",
    // Tests over the real catalogue run its content layer first: 5–10 s measured on a 2-core machine
    // with a build beside it (load average 13–20), against vitest's 5 s default. Nothing is retried.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
