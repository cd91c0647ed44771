import type { Server } from "node:http";
import { createApp } from "./app.js";
import { ConfigError, loadConfig, type Config } from "./config.js";
import { createDeps, type AppDeps } from "./deps.js";
import { createDatabase } from "./platform/db/index.js";
import { migrate } from "./platform/db/migrate.js";
import { createLogger, type Logger } from "./platform/logging.js";
import { seedOnStart } from "./seed.js";
import { ABANDONED_AFTER_MS } from "./modules/jobs/index.js";

async function main(): Promise<void> {
  const config = configOrExit();
  const logger = createLogger(config.logLevel);

  const migrated = await migrate(config.database.provider, config.database.url);
  if (migrated.applied.length > 0) logger.info({ migrations: migrated.applied }, "database migrated");

  const db = createDatabase(config.database.provider, config.database.url);
  const deps = createDeps(config, logger, db);
  await seed(deps);
  // Half-written uploads left by a process killed mid-way go at start, as in every jobs run.
  const swept = await deps.partFiles.removeOlderThan(new Date(deps.now().getTime() - ABANDONED_AFTER_MS));
  if (swept > 0) logger.info({ files: swept }, "abandoned upload files removed");

  const server: Server = createApp(deps).listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : config.port;
    logger.info({ url: config.baseUrl, port, database: config.database.provider }, "portal listening");
  });
  const stopTimers = startTimers(deps);
  stopGracefully(server, deps, stopTimers);
}

function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** The programme's pages on a new database, and the demo where the settings ask for it. */
async function seed(deps: AppDeps): Promise<void> {
  const { pages, accounts } = await seedOnStart(deps);
  if (pages > 0) deps.logger.info({ pages }, "programme content added");
  if (accounts.length === 0) return;
  deps.logger.info("demo programme added");
  // Printed once, to the console only: these accounts exist for trying the portal out.
  console.log("\nDemo accounts (for trying the portal only; the passwords are not shown again):");
  for (const account of accounts) console.log(`  ${account.role.padEnd(15)} ${account.email}  ${account.password}`);
  console.log("");
}

/** Hourly housekeeping, and the jobs a minute after start and then daily; safe on every instance. */
function startTimers(deps: AppDeps): () => void {
  const { logger } = deps;
  const warn = (what: string) => (error: unknown) => logger.warn({ err: error }, `${what} failed`);
  const housekeeping = setInterval(() => {
    void deps.sessionStore.pruneExpired(deps.now()).catch(warn("session pruning"));
    void deps.accounts.pruneExpiredLinks().catch(warn("link pruning"));
  }, 60 * 60_000);
  const runJobs = () => void deps.jobs.run(deps.now()).catch(warn("scheduled jobs"));
  const firstJobs = setTimeout(runJobs, 60_000);
  const dailyJobs = setInterval(runJobs, 24 * 60 * 60_000);
  for (const timer of [housekeeping, firstJobs, dailyJobs]) timer.unref();
  return () => {
    clearInterval(housekeeping);
    clearTimeout(firstJobs);
    clearInterval(dailyJobs);
  };
}

/** On SIGTERM or SIGINT: no new connections, requests in flight finish (up to the timeout), then exit. */
function stopGracefully(server: Server, deps: AppDeps, stopTimers: () => void): void {
  const { logger, config } = deps;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: no new connections, finishing requests in flight");
    stopTimers();
    const force = setTimeout(() => {
      logger.warn("requests still open after the shutdown timeout; closing them");
      server.closeAllConnections();
    }, config.shutdownTimeoutMs);
    force.unref();
    server.close(() => void closeDatabase(deps, logger));
    server.closeIdleConnections();
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

async function closeDatabase(deps: AppDeps, logger: Logger): Promise<void> {
  try {
    // A session write can still be finishing after its response's last byte went out.
    await deps.sessionStore.settled();
    await deps.db.close();
    logger.info("stopped");
    process.exit(0);
  } catch (error) {
    logger.error({ err: error }, "error closing the database");
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error("The portal could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
