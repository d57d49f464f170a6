import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Each suite starts its own bot and database; two cores run two at a time.
    pool: "forks",
    fileParallelism: true,
  },
});
