import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readMigrations } from "../../src/platform/db/migrate.js";
import { postgresUrlFor, testProvider, withPostgresAdmin } from "../helpers/databases.js";

// Records written before AuditEvent had an organisationId get one from their subject when the
// migration that adds the column runs.
const ROWS = `
  INSERT INTO "Organisation" ("id", "name", "type", "updatedAt") VALUES ('org1', 'Org', 'VCFSE', CURRENT_TIMESTAMP);
  INSERT INTO "Application" ("id", "organisationId", "createdById", "updatedAt") VALUES ('app1', 'org1', 'u', CURRENT_TIMESTAMP);
  INSERT INTO "AuditEvent" ("id", "action", "subjectType", "subjectId") VALUES
    ('e1', 'organisation.update', 'Organisation', 'org1'),
    ('e2', 'application.submit', 'Application', 'app1'),
    ('e3', 'user.sign-in', 'User', 'someone'),
    ('e4', 'application.submit', 'Application', 'deleted-application');
`;
const EXPECTED = [
  { id: "e1", organisationId: "org1" },
  { id: "e2", organisationId: "org1" },
  { id: "e3", organisationId: null },
  { id: "e4", organisationId: null },
];

function split() {
  const migrations = readMigrations(testProvider);
  const index = migrations.findIndex((m) => m.name.endsWith("_audit_organisation"));
  expect(index).toBeGreaterThan(0);
  return { before: migrations.slice(0, index), from: migrations.slice(index) };
}

describe("the audit organisation migration", () => {
  it("fills in the organisation of older records from their subject", async () => {
    const { before, from } = split();
    if (testProvider === "sqlite") {
      const folder = mkdtempSync(path.join(os.tmpdir(), "svp-backfill-"));
      const db = new Database(path.join(folder, "old.db"));
      try {
        for (const m of before) db.exec(m.sql);
        db.exec(ROWS);
        for (const m of from) db.exec(m.sql);
        expect(db.prepare(`SELECT "id", "organisationId" FROM "AuditEvent" ORDER BY "id"`).all()).toEqual(EXPECTED);
      } finally {
        db.close();
        rmSync(folder, { recursive: true, force: true });
      }
      return;
    }
    const name = `svp_backfill_${process.pid}`;
    await withPostgresAdmin(async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${name}"`);
    });
    const db = new pg.Client({ connectionString: postgresUrlFor(name) });
    await db.connect();
    try {
      for (const m of before) await db.query(m.sql);
      await db.query(ROWS);
      for (const m of from) await db.query(m.sql);
      const { rows } = await db.query(`SELECT "id", "organisationId" FROM "AuditEvent" ORDER BY "id"`);
      expect(rows).toEqual(EXPECTED);
    } finally {
      await db.end();
      await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    }
  });
});
