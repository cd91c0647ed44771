// `npm run jobs`: runs the scheduled jobs once and exits. The server also runs them every day;
// running both, or several instances, is safe.
import { ConfigError, loadConfig } from "./config.js";
import { createDatabase } from "./platform/db/index.js";
import { createLogger } from "./platform/logging.js";
import { createMailer } from "./platform/mail.js";
import { SERVICE_NAME } from "./platform/nunjucks.js";
import { fromRoot } from "./platform/paths.js";
import { createJobs } from "./modules/jobs/service.js";
import path from "node:path";

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
  const db = createDatabase(config.database.provider, config.database.url);
  const mailer = createMailer({
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    outboxDir: path.resolve(fromRoot(config.mail.outboxDir)),
    baseUrl: config.baseUrl,
    serviceName: SERVICE_NAME,
    logger,
  });
  try {
    const report = await createJobs({ prisma: db.prisma, mailer, logger }).run(new Date());
    console.log(
      `Expired awards marked: ${report.expiredAwards}. Expiry reminders sent: ${report.expiryReminders}. Review reminders sent: ${report.reviewReminders}.`,
    );
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
