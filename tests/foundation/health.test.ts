import { renameSync } from "node:fs";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { withPostgresAdmin } from "../helpers/databases.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Takes the database away from under the running app, the way an outage would. */
async function takeDatabaseAway(): Promise<void> {
  if (t.database.provider === "sqlite") {
    renameSync(t.database.location, `${t.database.location}.away`);
    return;
  }
  await withPostgresAdmin(async (client) => {
    await client.query(`ALTER DATABASE "${t.database.location}" WITH ALLOW_CONNECTIONS false`);
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [
      t.database.location,
    ]);
  });
}

async function bringDatabaseBack(): Promise<void> {
  if (t.database.provider === "sqlite") {
    renameSync(`${t.database.location}.away`, t.database.location);
    return;
  }
  await withPostgresAdmin((client) =>
    client.query(`ALTER DATABASE "${t.database.location}" WITH ALLOW_CONNECTIONS true`),
  );
}

describe("GET /health", () => {
  it("reports the database as up", async () => {
    const response = await request(t.app).get("/health");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(response.body).toEqual({ status: "ok", database: { provider: t.database.provider, status: "up" } });
    expect(response.headers["set-cookie"]).toBeUndefined();
  });

  it("answers 503 while the database is unreachable, and 200 again once it is back, without a restart", async () => {
    await takeDatabaseAway();
    try {
      const down = await request(t.app).get("/health");
      expect(down.status).toBe(503);
      expect(down.body).toEqual({ status: "unavailable", database: { provider: t.database.provider, status: "down" } });
    } finally {
      await bringDatabaseBack();
    }
    const up = await request(t.app).get("/health");
    expect(up.status).toBe(200);
    expect(up.body).toEqual({ status: "ok", database: { provider: t.database.provider, status: "up" } });
  });
});
