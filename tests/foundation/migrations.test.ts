import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { migrate, migrationsFolder, readMigrations } from "../../src/platform/db/migrate.js";
import { postgresUrlFor, testProvider, withPostgresAdmin } from "../helpers/databases.js";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function emptyDatabaseUrl(): Promise<string> {
  if (testProvider === "sqlite") {
    const folder = mkdtempSync(path.join(os.tmpdir(), "svp-migrate-"));
    cleanups.push(() => Promise.resolve(rmSync(folder, { recursive: true, force: true })));
    return `file:${path.join(folder, "fresh.db")}`;
  }
  const name = `svp_migrate_${process.pid}_${cleanups.length}`;
  await withPostgresAdmin(async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  cleanups.push(() =>
    withPostgresAdmin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    }),
  );
  return postgresUrlFor(name);
}

describe("migrations", () => {
  it("keeps the PostgreSQL schema generated from the SQLite one", () => {
    expect(() => execFileSync("node", ["scripts/sync-schemas.mjs", "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it("has the same migrations for both databases", () => {
    expect(readMigrations("sqlite").map((m) => m.name)).toEqual(readMigrations("postgresql").map((m) => m.name));
    expect(readMigrations("sqlite").length).toBeGreaterThan(0);
  });

  it("has a migration for every change to the schema", () => {
    for (const [provider, dir] of [
      ["sqlite", "sqlite"],
      ["postgresql", "postgres"],
    ] as const) {
      const snapshot = readFileSync(path.join(migrationsFolder(provider), "schema.snapshot.prisma"), "utf8");
      const schema = readFileSync(path.join("prisma", dir, "schema.prisma"), "utf8");
      expect(snapshot, `prisma/${dir}: run npm run db:migration -- <name>`).toBe(schema);
    }
  });

  it("creates a database from nothing, and a second run changes nothing", async () => {
    const url = await emptyDatabaseUrl();
    const first = await migrate(testProvider, url);
    expect(first.applied).toEqual(readMigrations(testProvider).map((m) => m.name));
    const second = await migrate(testProvider, url);
    expect(second.applied).toEqual([]);
  });

  it("applies each migration once when two instances start at the same moment", async () => {
    const url = await emptyDatabaseUrl();
    const [a, b] = await Promise.all([migrate(testProvider, url), migrate(testProvider, url)]);
    const all = readMigrations(testProvider).map((m) => m.name);
    expect([...a.applied, ...b.applied].sort()).toEqual(all.sort());
  });

  it("lists migrations in folders only, oldest first", () => {
    const names = readdirSync(migrationsFolder(testProvider), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(readMigrations(testProvider).map((m) => m.name)).toEqual([...names].sort());
  });
});
