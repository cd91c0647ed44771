import os from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/browser/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    // Each file builds its own app on its own database, and no module keeps state between files,
    // so the workers load the app, Prisma and Nunjucks once each rather than once per file.
    pool: "forks",
    isolate: false,
    // The files wait on the database as much as they compute, so even two cores keep two busy
    // (measured: the SQLite suite 59 s with one worker, 41 s with two; PostgreSQL 106 s and 64 s).
    maxWorkers: Math.max(2, os.availableParallelism()),
    testTimeout: 20_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: "test" },
  },
});
