import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import nodemailer from "nodemailer";
import nunjucks from "nunjucks";
import { dateTime, longDate } from "./dates.js";
import { fromRoot } from "./paths.js";
import type { Logger } from "./logging.js";

export interface MailMessage {
  to: string | string[];
  subject: string;
  /** A template in views/emails/: NAME.txt.njk, and NAME.html.njk where there is one. */
  template: string;
  context?: Record<string, unknown>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export interface OutboxMessage {
  id: string;
  sentAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

export interface MailOptions {
  smtpUrl: string | undefined;
  from: string;
  outboxDir: string;
  baseUrl: string;
  serviceName: string;
  logger: Logger;
  /** Defaults to views/emails. */
  templatesDir?: string;
}

function templateEnvironments(templatesDir: string) {
  const loader = () => new nunjucks.FileSystemLoader(templatesDir);
  // Plain text is not HTML: names such as O'Brien must arrive as typed. Dates read as on the pages.
  const environment = (autoescape: boolean) =>
    new nunjucks.Environment(loader(), { autoescape, trimBlocks: true, lstripBlocks: true })
      .addFilter("longDate", longDate)
      .addFilter("dateTime", dateTime);
  return { text: environment(false), html: environment(true) };
}

/**
 * Sends mail over SMTP when SMTP_URL is set. Without it each message is written to the outbox
 * folder as JSON, which the development outbox page lists, so that links in verification and reset
 * emails can be followed without a mail server.
 */
export function createMailer(options: MailOptions): Mailer {
  const environments = templateEnvironments(options.templatesDir ?? fromRoot("views", "emails"));
  const transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  if (!transport) mkdirSync(options.outboxDir, { recursive: true });

  const render = (message: MailMessage) => {
    const context = { ...message.context, baseUrl: options.baseUrl, serviceName: options.serviceName };
    const text = environments.text.render(`${message.template}.txt.njk`, context);
    let html: string | null = null;
    try {
      html = environments.html.render(`${message.template}.html.njk`, context);
    } catch (error) {
      if (!/template not found/i.test((error as Error).message)) throw error;
    }
    return { text, html };
  };

  return {
    async send(message) {
      const to = Array.isArray(message.to) ? message.to : [message.to];
      const { text, html } = render(message);
      if (transport) {
        await transport.sendMail({ from: options.from, to, subject: message.subject, text, ...(html ? { html } : {}) });
        options.logger.info({ template: message.template, recipients: to.length }, "email sent");
        return;
      }
      const id = `${Date.now()}-${randomBytes(6).toString("hex")}`;
      const record: OutboxMessage = {
        id,
        sentAt: new Date().toISOString(),
        from: options.from,
        to,
        subject: message.subject,
        text,
        html,
      };
      writeFileSync(path.join(options.outboxDir, `${id}.json`), JSON.stringify(record, null, 2));
      options.logger.info({ template: message.template, recipients: to.length, outbox: id }, "email written to outbox");
    },
  };
}

const OUTBOX_ID = /^\d+-[0-9a-f]{12}$/;

/** Messages in the outbox folder, newest first. */
export function readOutbox(outboxDir: string): OutboxMessage[] {
  let files: string[];
  try {
    files = readdirSync(outboxDir).filter((file) => file.endsWith(".json"));
  } catch {
    return [];
  }
  return files
    .sort()
    .reverse()
    .map((file) => JSON.parse(readFileSync(path.join(outboxDir, file), "utf8")) as OutboxMessage);
}

export function readOutboxMessage(outboxDir: string, id: string): OutboxMessage | null {
  if (!OUTBOX_ID.test(id)) return null;
  try {
    return JSON.parse(readFileSync(path.join(outboxDir, `${id}.json`), "utf8")) as OutboxMessage;
  } catch {
    return null;
  }
}
