import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SEED_GUIDES } from "../../src/modules/content/seed-pages/guides.js";
import { SEED_PAGES } from "../../src/modules/content/seed-content.js";
import { DEMO_CHAMPIONS } from "../../src/modules/demo/champions.js";
import { DEMO_ORGANISATIONS } from "../../src/modules/demo/organisations.js";
import { createDatabase, type Database } from "../../src/platform/db/index.js";
import { createTestDatabase, type TestDatabase } from "../helpers/databases.js";

let database: TestDatabase;
let db: Database;
const uploads = mkdtempSync(path.join(os.tmpdir(), "svp-seed-instances-"));
beforeAll(async () => {
  // A migrated database with nothing in it, as two new instances would find it.
  database = await createTestDatabase(inject("databaseTemplate"));
  db = createDatabase(database.provider, database.url);
  await db.prisma.contentPage.deleteMany();
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
  rmSync(uploads, { recursive: true, force: true });
});

interface Instance {
  ready: Promise<void>;
  go: () => void;
  finished: Promise<{ code: number | null; output: string }>;
}

/** tests/helpers/seed-instance.ts as a process of its own: one portal instance starting up. */
function startInstance(): Instance {
  const child = spawn(process.execPath, ["--import", "tsx", "tests/helpers/seed-instance.ts"], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      SEED_DEMO_DATA: "true",
      DATABASE_URL: database.url,
      UPLOAD_DIR: uploads,
      OUTBOX_DIR: path.join(uploads, "outbox"),
      LOG_LEVEL: "silent",
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("ready\n")) markReady();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const finished = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on("exit", (code) => {
      markReady();
      resolve({ code, output });
    }),
  );
  return { ready, go: () => child.stdin.write("go\n"), finished };
}

describe("two instances starting at once on an empty database", () => {
  // Each instance is a process that loads the whole app, which takes what it takes on a loaded
  // machine, so the test has no time limit of its own: it ends when both processes have exited.
  it("seed one set of content and demo data between them, without an error", { timeout: 0 }, async () => {
    const instances = [startInstance(), startInstance()];
    await Promise.all(instances.map((instance) => instance.ready));
    for (const instance of instances) instance.go();
    const results = await Promise.all(instances.map((instance) => instance.finished));
    for (const { code, output } of results) expect(code, output).toBe(0);
    const reports = results.map(({ output }) => JSON.parse(output.trim().split("\n").pop()!) as Record<string, number>);
    // One instance added everything, the other nothing.
    expect(reports.map((r) => r.pages).sort()).toEqual([0, SEED_PAGES.length]);
    expect(reports.map((r) => r.accounts).sort()).toEqual([0, 3]);

    const { prisma } = db;
    expect(await prisma.contentPage.count()).toBe(SEED_PAGES.length);
    expect(await prisma.organisation.count()).toBe(DEMO_ORGANISATIONS.length + 1);
    expect(await prisma.champion.count()).toBe(DEMO_CHAMPIONS.length);
    expect(await prisma.auditEvent.count({ where: { action: "demo.seed" } })).toBe(1);
    const organisations = await prisma.organisation.groupBy({ by: ["name"], _count: { _all: true } });
    expect(organisations.filter((row) => row._count._all > 1)).toEqual([]);
    // Each guide has its PDF, and the storage holds those files and no others.
    const attachments = await prisma.attachment.findMany({ include: { page: true } });
    expect(attachments.map((a) => a.page.slug).sort()).toEqual(SEED_GUIDES.map((g) => g.slug).sort());
    const folder = path.join(uploads, "files", "attachments");
    const stored = existsSync(folder) ? readdirSync(folder).sort() : [];
    expect(stored).toEqual(attachments.map((a) => a.storageKey.split("/")[1]).sort());
  });
});
