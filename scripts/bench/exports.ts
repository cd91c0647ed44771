// Figures for the lead's CSV exports: the applications export (the heaviest: each row carries
// its reviews' scores and its decision) streamed from a running app over HTTP, for 2,000 and then
// 20,000 applications in a temporary SQLite database, with the time taken and how much the
// process's memory grew while the file was streamed. The rows are read 500 at a time and written
// as the client takes them, so the memory in use should be about the same for both sizes.
// Run with `npm run bench:exports`. It prints figures; it asserts nothing.
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { createApp, createDeps } from "../../src/app.js";
import { loadConfig } from "../../src/config.js";
import { CRITERION_KEYS } from "../../src/modules/assessment/index.js";
import { createDatabase, type Db } from "../../src/platform/db/index.js";
import { migrate } from "../../src/platform/db/migrate.js";
import { createLogger } from "../../src/platform/logging.js";
import { createPasswordHasher } from "../../src/platform/passwords.js";

const SIZES = [2_000, 20_000];
const PASSWORD = "a benchmark passphrase";
const THEMES = ["SOCIAL", "ECONOMIC"] as const;
const folder = mkdtempSync(path.join(os.tmpdir(), "svp-bench-exports-"));

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `n` from `from` to `to` - 1, as a table to select from (SQLite). */
const numbers = (from: number, to: number) =>
  `WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${to - 1})`;
/** An SQLite expression for a timestamp as Prisma stores it, `minutes` after a start. */
const at = (start: string, minutes: string) =>
  `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', '${start}', '+' || (${minutes}) || ' minutes')`;

/**
 * Adds applications numbered from `from` to `total` - 1: each submitted under two themes, with
 * two submitted reviews (ten scores each) and a decision. Written in SQL, since the export is
 * what is measured and the seeding would otherwise take minutes.
 */
async function seed(prisma: Db, from: number, total: number, people: { organisations: string[]; assessors: string[] }) {
  const organisations = people.organisations
    .map((id, index) => `SELECT ${index} AS k, '${id}' AS id`)
    .join(" UNION ALL ");
  const assessors = people.assessors.map((id, index) => `SELECT ${index} AS k, '${id}' AS id`).join(" UNION ALL ");
  const themes = THEMES.map((theme) => `SELECT '${theme}' AS theme`).join(" UNION ALL ");
  const criteria = CRITERION_KEYS.map((key, index) => `SELECT ${index} AS c, '${key}' AS criterion`).join(
    " UNION ALL ",
  );
  const now = `strftime('%Y-%m-%dT%H:%M:%S.000+00:00', 'now')`;
  await prisma.$executeRawUnsafe(`${numbers(from, total)}
    INSERT INTO "Application" ("id", "reference", "organisationId", "createdById", "status", "orgName", "orgType",
      "orgPlaces", "chosenThemes", "submittedAt", "createdAt", "updatedAt")
    SELECT printf('app%08d', i), printf('SVA-2026-%05d', i + 1), o.id, 'bench', 'AWARDED',
      'Bench Organisation ' || (i + 1) || ', "Ltd"', 'VCFSE', 'LIVERPOOL,SEFTON', '${THEMES.join(",")}',
      ${at("2026-01-01", "i")}, ${now}, ${now}
    FROM n JOIN (${organisations}) o ON o.k = i % ${people.organisations.length}`);
  await prisma.$executeRawUnsafe(`${numbers(from, total)}
    INSERT INTO "Assignment" ("id", "applicationId", "assessorId", "status", "reviewStatus", "assignedAt", "submittedAt", "updatedAt")
    SELECT printf('asg%08d-%d', i, a.k), printf('app%08d', i), a.id, 'ACTIVE', 'SUBMITTED', ${now},
      ${at("2026-02-01", "i * 2 + a.k")}, ${now}
    FROM n CROSS JOIN (${assessors}) a`);
  await prisma.$executeRawUnsafe(`${numbers(from, total)}
    INSERT INTO "ReviewScore" ("id", "assignmentId", "theme", "criterion", "score", "reason", "updatedAt")
    SELECT printf('scr%08d-%d-%s-%s', i, a.k, t.theme, c.criterion), printf('asg%08d-%d', i, a.k), t.theme, c.criterion,
      (i + c.c + a.k) % 5, 'Bench reason', ${now}
    FROM n CROSS JOIN (${assessors}) a CROSS JOIN (${themes}) t CROSS JOIN (${criteria}) c`);
  await prisma.$executeRawUnsafe(`${numbers(from, total)}
    INSERT INTO "Decision" ("id", "applicationId", "outcome", "recognisedThemes", "feedback", "decidedAt")
    SELECT printf('dec%08d', i), printf('app%08d', i), 'AWARDED', 'SOCIAL', 'Bench feedback', ${at("2026-03-01", "i")}
    FROM n`);
}

async function signIn(base: string, email: string): Promise<string> {
  const form = await fetch(`${base}/sign-in`);
  const cookie = form.headers.getSetCookie()[0]!.split(";")[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())![1]!;
  const response = await fetch(`${base}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ _csrf: token, email, password: PASSWORD }),
  });
  return response.headers.getSetCookie()[0]!.split(";")[0]!;
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Streams the export over HTTP, reading and discarding the body, and samples memory as it goes:
 * the highest resident size and heap as the garbage collector leaves them and, with
 * `--expose-gc`, the highest live heap (measured after a full collection every 100 ms).
 */
async function measure(base: string, cookie: string, live: boolean) {
  gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 5);
  let peakLive = before.heapUsed;
  const liveSampler = live
    ? setInterval(() => {
        gc?.();
        peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
      }, 100)
    : undefined;
  const started = performance.now();
  // A connection of its own: seeding takes longer than the server keeps an idle connection open.
  const response = await new Promise<http.IncomingMessage>((resolve, reject) =>
    http
      .get(`${base}/admin/exports/applications.csv`, { headers: { cookie }, agent: false }, resolve)
      .on("error", reject),
  );
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 0x0a) lines += 1;
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearInterval(liveSampler);
  return {
    status: response.statusCode,
    rows: lines - 1,
    seconds,
    bytes,
    rssGrowth: peakRss - before.rss,
    heapGrowth: peakHeap - before.heapUsed,
    liveGrowth: peakLive - before.heapUsed,
  };
}

async function main() {
  const url = `file:${path.join(folder, "exports.db")}`;
  await migrate("sqlite", url);
  const db = createDatabase("sqlite", url);
  const config = loadConfig({
    NODE_ENV: "test",
    DATABASE_URL: url,
    UPLOAD_DIR: path.join(folder, "uploads"),
    OUTBOX_DIR: path.join(folder, "outbox"),
    SEED_DEMO_DATA: "false",
  });
  const app = createApp(createDeps(config, createLogger(process.env.BENCH_LOG ?? "silent"), db));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const passwordHash = await createPasswordHasher().hash(PASSWORD);
  await db.prisma.user.create({
    data: { email: "lead@bench.invalid", fullName: "Bench Lead", role: "PROGRAMME_LEAD", passwordHash },
  });
  const assessors = [];
  for (const name of ["One", "Two"]) {
    const user = await db.prisma.user.create({
      data: { email: `${name}@bench.invalid`, fullName: `Assessor ${name}`, role: "ASSESSOR", passwordHash },
    });
    assessors.push(user.id);
  }
  const organisations = [];
  for (let i = 0; i < 200; i += 1) {
    const organisation = await db.prisma.organisation.create({
      data: { name: `Bench Organisation ${i}`, type: "VCFSE", places: { create: [{ place: "LIVERPOOL" }] } },
    });
    organisations.push(organisation.id);
  }
  const cookie = await signIn(base, "lead@bench.invalid");

  console.log(
    "Streaming the applications export over HTTP (two themes, two reviews and a decision per application; SQLite).",
  );
  console.log("Memory is the growth over the figure before the download began.");
  console.log("");
  console.log("  applications  HTTP  rows     seconds  file     highest resident  highest heap  highest live heap");
  let seeded = 0;
  for (const size of SIZES) {
    await seed(db.prisma, seeded, size, { organisations, assessors });
    seeded = size;
    // First as the garbage collector leaves it, then again measuring only what is still in use.
    const r = await measure(base, cookie, false);
    const live = gc ? `+${mb((await measure(base, cookie, true)).liveGrowth)}` : "(needs --expose-gc)";
    console.log(
      `  ${String(size).padStart(12)}  ${String(r.status).padEnd(4)}  ${String(r.rows).padEnd(7)}  ${r.seconds.toFixed(2).padStart(7)}  ${mb(r.bytes).padStart(7)}  ${`+${mb(r.rssGrowth)}`.padStart(16)}  ${`+${mb(r.heapGrowth)}`.padStart(12)}  ${live.padStart(17)}`,
    );
  }
  console.log("");
  console.log("The highest heap includes garbage not yet collected, which the collector lets build up for longer in a");
  console.log("longer download; the live heap is what the download really holds: the rows of one batch at a time.");
  server.close();
  await db.close();
}

try {
  await main();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
