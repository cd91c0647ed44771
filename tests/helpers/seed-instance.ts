// One portal instance's start-up seeding, as a process of its own (tests/demo/seed-instances.test.ts
// starts two at once). It builds the dependencies from the environment as src/server.ts does, says
// "ready", waits for "go" on its input so that both instances start seeding at the same moment,
// then seeds, prints what it added as JSON and exits: 0 when seeding succeeded, 1 when it threw.
import { once } from "node:events";
import { loadConfig } from "../../src/config.js";
import { createDeps } from "../../src/deps.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { createLogger } from "../../src/platform/logging.js";
import { seedOnStart } from "../../src/seed.js";
import { fixturePasswords } from "./passwords.js";

const config = loadConfig();
const db = createDatabase(config.database.provider, config.database.url);
const deps = createDeps(config, createLogger("silent"), db, { passwords: fixturePasswords });
// A first query, so that connecting is done before the starting signal.
await db.prisma.user.count();
process.stdout.write("ready\n");
await once(process.stdin, "data");
try {
  const seeded = await seedOnStart(deps);
  process.stdout.write(`${JSON.stringify({ pages: seeded.pages, accounts: seeded.accounts.length })}\n`);
} catch (error) {
  process.stdout.write(`seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.close();
  process.stdin.destroy();
}
