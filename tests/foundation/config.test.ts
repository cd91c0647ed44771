import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

function problemsWith(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("starts on SQLite with demo data by default", () => {
    const config = loadConfig({});
    expect(config.database.provider).toBe("sqlite");
    expect(config.database.url).toBe("file:./data/portal.db");
    expect(config.port).toBe(3000);
    expect(config.seedDemoData).toBe(true);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it("chooses PostgreSQL from a postgresql:// DATABASE_URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgresql://db.internal/portal" }).database.provider).toBe("postgresql");
  });

  it("names each bad variable and what is wrong with it", () => {
    const problems = problemsWith({ PORT: "eighty", DATABASE_URL: "mysql://x", SESSION_IDLE_MINUTES: "1" });
    expect(problems).toContain('PORT must be a whole number (got "eighty")');
    expect(problems).toContain("DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL)");
    expect(problems).toContain('SESSION_IDLE_MINUTES must be at least 5 minutes (got "1")');
  });

  it("refuses production without a session secret, a base URL, or with demo data", () => {
    const problems = problemsWith({ NODE_ENV: "production", SEED_DEMO_DATA: "true" });
    expect(problems).toContain("SESSION_SECRET must be set to a long random value in production");
    expect(problems).toContain("BASE_URL must be set in production (the address people use to reach the portal)");
    expect(problems).toContain(
      'SEED_DEMO_DATA must not be true in production: demo accounts are never created there (got "true")',
    );
  });

  it("never seeds demo data in production by default", () => {
    const config = loadConfig({
      NODE_ENV: "production",
      SESSION_SECRET: "a-production-secret-that-is-long-enough-0123456789",
      BASE_URL: "https://socialvalue.example.org",
    });
    expect(config.seedDemoData).toBe(false);
    expect(config.session.secureCookie).toBe(true);
  });

  it("does not echo secrets back in its messages", () => {
    const problems = problemsWith({ SESSION_SECRET: "short-secret" });
    expect(problems).toEqual(["SESSION_SECRET must be at least 32 characters long"]);
  });

  it("stops the server from starting, with a clear message, when a value is bad", () => {
    const result = spawnSync(process.execPath, ["--import", "tsx", "src/server.ts"], {
      env: { PATH: process.env.PATH, PORT: "not-a-port", NODE_ENV: "development" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("The portal cannot start because its configuration is invalid");
    expect(result.stderr).toContain('PORT must be a whole number (got "not-a-port")');
  });
});
