import type { Server } from "node:http";
import { createApp, createDeps } from "./app.js";
import { ConfigError, loadConfig } from "./config.js";
import { seedDemoData } from "./modules/accounts/index.js";
import { seedContent } from "./modules/content/index.js";
import { createDatabase } from "./platform/db/index.js";
import { migrate } from "./platform/db/migrate.js";
import { createLogger } from "./platform/logging.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);

  const migrated = await migrate(config.database.provider, config.database.url);
  if (migrated.applied.length > 0) logger.info({ migrations: migrated.applied }, "database migrated");

  const db = createDatabase(config.database.provider, config.database.url);
  const deps = createDeps(config, logger, db);
  const seeded = await seedContent(db.prisma);
  if (seeded > 0) logger.info({ pages: seeded }, "programme content added");
  if (config.seedDemoData) {
    const accounts = await seedDemoData(db.prisma, deps.passwords);
    if (accounts.length > 0) {
      // Printed once, to the console only: these accounts exist for trying the portal out.
      console.log("\nDemo accounts (for trying the portal only; the passwords are not shown again):");
      for (const account of accounts) console.log(`  ${account.role.padEnd(15)} ${account.email}  ${account.password}`);
      console.log("");
    }
  }

  const app = createApp(deps);
  const server: Server = app.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ url: config.baseUrl, port, database: config.database.provider }, "portal listening");
  });

  const housekeeping = setInterval(() => {
    void deps.sessionStore
      .pruneExpired()
      .catch((error: unknown) => logger.warn({ err: error }, "session pruning failed"));
    void deps.accounts
      .pruneExpiredLinks()
      .catch((error: unknown) => logger.warn({ err: error }, "link pruning failed"));
  }, 60 * 60_000);
  housekeeping.unref();

  // The same jobs as `npm run jobs`, a minute after start and then daily; safe on every instance.
  const runJobs = () =>
    void deps.jobs.run(new Date()).catch((error: unknown) => logger.warn({ err: error }, "scheduled jobs failed"));
  const firstJobs = setTimeout(runJobs, 60_000);
  firstJobs.unref();
  const dailyJobs = setInterval(runJobs, 24 * 60 * 60_000);
  dailyJobs.unref();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, finishing requests in flight");
    clearInterval(housekeeping);
    clearTimeout(firstJobs);
    clearInterval(dailyJobs);
    const force = setTimeout(() => {
      logger.warn("requests still open after the shutdown timeout; closing them");
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    server.close(() => {
      // A session write can still be finishing after its response's last byte went out.
      deps.sessionStore
        .settled()
        .then(() => db.close())
        .then(
          () => {
            logger.info("stopped");
            process.exit(0);
          },
          (error: unknown) => {
            logger.error({ err: error }, "error closing the database");
            process.exit(1);
          },
        );
    });
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("The portal could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
