import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { inject } from "vitest";
import { createApp, createDeps, type AppDeps, type DepsOverrides } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { createLogger } from "../../src/platform/logging.js";
import { readOutbox, type OutboxMessage } from "../../src/platform/mail.js";
import { createTestDatabase, type TestDatabase } from "./databases.js";
import { fixturePasswords } from "./passwords.js";

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  prisma: AppDeps["db"]["prisma"];
  database: TestDatabase;
  uploadDir: string;
  /** Email the app has sent, newest first. */
  outbox: () => OutboxMessage[];
  /** Every line the app logged, parsed. */
  logLines: () => Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * The real app on a database of its own, with CSRF protection and everything else switched on.
 * Passwords are hashed at the fixtures' low cost unless overrides say otherwise ({} keeps
 * production's).
 */
export async function createTestApp(
  env: Record<string, string> = {},
  overrides: DepsOverrides = { passwords: fixturePasswords },
): Promise<TestApp> {
  const database = await createTestDatabase(inject("databaseTemplate"));
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), "svp-test-uploads-"));
  // The stored files the template's rows name: the seeded guides' PDFs.
  cpSync(inject("templateUploads"), uploadDir, { recursive: true });
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: database.url,
    UPLOAD_DIR: uploadDir,
    OUTBOX_DIR: path.join(uploadDir, "outbox"),
    SEED_DEMO_DATA: "false",
    ...env,
  });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      callback();
    },
  });
  const logger = createLogger(env.LOG_LEVEL ?? "info", sink);
  const db = createDatabase(config.database.provider, config.database.url);
  const deps = createDeps(config, logger, db, overrides);
  return {
    app: createApp(deps),
    deps,
    prisma: db.prisma,
    database,
    uploadDir,
    outbox: () => readOutbox(path.join(uploadDir, "outbox")),
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    async close() {
      await deps.sessionStore.settled();
      await db.close();
      await database.drop();
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
}
