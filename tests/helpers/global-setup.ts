import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { seedContent } from "../../src/modules/content/seed.js";
import { systemClock } from "../../src/platform/clock.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { systemRandom } from "../../src/platform/random.js";
import { createLocalStorage } from "../../src/platform/storage.js";
import { postgresUrlFor, testProvider, withPostgresAdmin } from "./databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
    /** UPLOAD_DIR of the template: the stored files its rows name (the guides' PDFs). */
    templateUploads: string;
  }
}

/** Migrates one template database for the run; each test file then copies it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const uploads = mkdtempSync(path.join(os.tmpdir(), "svp-test-template-uploads-"));
  project.provide("templateUploads", uploads);
  const removeUploads = () => rmSync(uploads, { recursive: true, force: true });
  if (testProvider === "sqlite") {
    const folder = mkdtempSync(path.join(os.tmpdir(), "svp-test-template-"));
    const file = path.join(folder, "template.db");
    await migrate("sqlite", `file:${file}`);
    await seedTemplate("sqlite", `file:${file}`, uploads);
    project.provide("databaseTemplate", file);
    return () => {
      rmSync(folder, { recursive: true, force: true });
      removeUploads();
      return Promise.resolve();
    };
  }
  const name = `svp_template_${process.pid}`;
  await withPostgresAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await migrate("postgresql", postgresUrlFor(name));
  await seedTemplate("postgresql", postgresUrlFor(name), uploads);
  project.provide("databaseTemplate", name);
  return async () => {
    await withPostgresAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
    removeUploads();
  };
}

/**
 * Every test database starts with the programme's content, as a fresh portal does, and every test
 * app's uploads with the guides' PDFs that content names (tests/helpers/app.ts copies them).
 */
async function seedTemplate(provider: "sqlite" | "postgresql", url: string, uploads: string): Promise<void> {
  const db = createDatabase(provider, url);
  try {
    const storage = createLocalStorage(path.join(uploads, "files"));
    await seedContent({ db, storage, now: systemClock, random: systemRandom });
  } finally {
    await db.close();
  }
}
