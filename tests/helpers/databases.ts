import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { DatabaseProvider } from "../../src/config.js";

export const testProvider: DatabaseProvider =
  process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export function postgresUrlFor(database: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withPostgresAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  /** The SQLite file, or the PostgreSQL database name. */
  location: string;
  drop(): Promise<void>;
}

/**
 * A database of its own for one test file, copied from the template that global setup migrated,
 * so that no test sees another's rows.
 */
export async function createTestDatabase(template: string): Promise<TestDatabase> {
  if (testProvider === "sqlite") {
    const folder = mkdtempSync(path.join(os.tmpdir(), "svp-test-db-"));
    const file = path.join(folder, "portal.db");
    copyFileSync(template, file);
    return {
      provider: "sqlite",
      url: `file:${file}`,
      location: file,
      drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })),
    };
  }
  const name = `svp_test_${randomBytes(6).toString("hex")}`;
  await withPostgresAdmin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    provider: "postgresql",
    url: postgresUrlFor(name),
    location: name,
    drop: () =>
      withPostgresAdmin(async (client) => {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      }),
  };
}
