import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { seedContent } from "../../src/modules/content/seed.js";
import { systemClock } from "../../src/platform/clock.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { postgresUrlFor, testProvider, withPostgresAdmin } from "./databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: string;
  }
}

/** Migrates one template database for the run; each test file then copies it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (testProvider === "sqlite") {
    const folder = mkdtempSync(path.join(os.tmpdir(), "svp-test-template-"));
    const file = path.join(folder, "template.db");
    await migrate("sqlite", `file:${file}`);
    await seedTemplate("sqlite", `file:${file}`);
    project.provide("databaseTemplate", file);
    return () => Promise.resolve(rmSync(folder, { recursive: true, force: true }));
  }
  const name = `svp_template_${process.pid}`;
  await withPostgresAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  await migrate("postgresql", postgresUrlFor(name));
  await seedTemplate("postgresql", postgresUrlFor(name));
  project.provide("databaseTemplate", name);
  return async () => {
    await withPostgresAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    });
  };
}

/** Every test database starts with the programme's content, as a fresh portal does. */
async function seedTemplate(provider: "sqlite" | "postgresql", url: string): Promise<void> {
  const db = createDatabase(provider, url);
  try {
    await seedContent({ db, now: systemClock });
  } finally {
    await db.close();
  }
}
