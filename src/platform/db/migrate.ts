import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import type { DatabaseProvider } from "../../config.js";
import { fromRoot } from "../paths.js";
import { sqliteFilePath } from "./sqlite-path.js";

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
}

export const MIGRATIONS_TABLE = "_portal_migrations";
// Any fixed number: every instance asks for the same advisory lock before migrating (and seeding,
// through withMigrationLock).
export const POSTGRES_LOCK_KEY = 74_210_019;

export function migrationsFolder(provider: DatabaseProvider): string {
  return fromRoot("prisma", provider === "postgresql" ? "postgres" : "sqlite", "migrations");
}

export function readMigrations(provider: DatabaseProvider): Migration[] {
  const folder = migrationsFolder(provider);
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

function checkUnchanged(migrations: Migration[], applied: Map<string, string>): void {
  for (const migration of migrations) {
    const checksum = applied.get(migration.name);
    if (checksum && checksum !== migration.checksum) {
      throw new Error(
        `Migration ${migration.name} has been edited since it was applied to this database. ` +
          "Restore the original file and add a new migration for the change.",
      );
    }
  }
}

/**
 * Applies every migration the database has not had yet, each in its own transaction. Safe when
 * several instances start at once: SQLite takes its write lock (BEGIN IMMEDIATE) and PostgreSQL an
 * advisory lock before reading what has been applied, so the second instance waits, then finds
 * nothing left to do.
 */
export async function migrate(provider: DatabaseProvider, url: string): Promise<MigrationResult> {
  const migrations = readMigrations(provider);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}

function migrateSqlite(url: string, migrations: Migration[]): MigrationResult {
  const file = sqliteFilePath(url);
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    const appliedNames: string[] = [];
    db.exec("BEGIN IMMEDIATE");
    try {
      db.exec(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`,
      );
      const rows = db.prepare(`SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`).all() as {
        name: string;
        checksum: string;
      }[];
      const applied = new Map(rows.map((row) => [row.name, row.checksum]));
      checkUnchanged(migrations, applied);
      const record = db.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum, applied_at) VALUES (?, ?, ?)`);
      for (const migration of migrations) {
        if (applied.has(migration.name)) continue;
        db.exec(migration.sql);
        record.run(migration.name, migration.checksum, new Date().toISOString());
        appliedNames.push(migration.name);
      }
      db.exec("COMMIT");
    } catch (error) {
      db.exec("ROLLBACK");
      throw error;
    }
    return { applied: appliedNames };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrationResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const appliedNames: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [POSTGRES_LOCK_KEY]);
    try {
      await client.query(
        `CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`,
      );
      const { rows } = await client.query<{ name: string; checksum: string }>(
        `SELECT name, checksum FROM "${MIGRATIONS_TABLE}"`,
      );
      const applied = new Map(rows.map((row) => [row.name, row.checksum]));
      checkUnchanged(migrations, applied);
      for (const migration of migrations) {
        if (applied.has(migration.name)) continue;
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query(`INSERT INTO "${MIGRATIONS_TABLE}" (name, checksum) VALUES ($1, $2)`, [
            migration.name,
            migration.checksum,
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw new Error(`Migration ${migration.name} failed: ${(error as Error).message}`, { cause: error });
        }
        appliedNames.push(migration.name);
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [POSTGRES_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
  return { applied: appliedNames };
}
