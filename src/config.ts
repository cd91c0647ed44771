import { z } from "zod";

const DEVELOPMENT_SESSION_SECRET = "development-only-secret-change-me-0123456789";

const booleanFlag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((value) => value === "true" || value === "1" || value === "yes");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"], {
      error: "must be development, test or production",
    }),
    HOST: z.string().min(1).default("0.0.0.0"),
    PORT: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(0, { error: "must be between 0 and 65535" })
      .max(65535, { error: "must be between 0 and 65535" })
      .default(3000),
    BASE_URL: z.url({ error: "must be a full URL such as https://socialvalue.example.org" }).optional(),
    DATABASE_URL: z
      .string()
      .default("file:./data/portal.db")
      .refine((value) => /^(file:|postgres(ql)?:\/\/)/.test(value), {
        error: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
      }),
    SESSION_SECRET: z
      .string()
      .min(32, { error: "must be at least 32 characters long" })
      .default(DEVELOPMENT_SESSION_SECRET),
    SESSION_IDLE_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int({ error: "must be a whole number of minutes" })
      .min(5, { error: "must be at least 5 minutes" })
      .max(24 * 60, { error: "must be at most 1440 minutes (24 hours)" })
      .default(120),
    TRUST_PROXY: z
      .string()
      .default("false")
      .transform((value): boolean | number | string => {
        if (value === "true") return true;
        if (value === "false" || value === "") return false;
        if (/^\d+$/.test(value)) return Number(value);
        return value;
      }),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "must be one of fatal, error, warn, info, debug, trace, silent",
      })
      .optional(),
    UPLOAD_DIR: z.string().min(1).default("uploads"),
    BODY_LIMIT_KB: z.coerce
      .number({ error: "must be a whole number of kilobytes" })
      .int({ error: "must be a whole number of kilobytes" })
      .min(1, { error: "must be at least 1" })
      .max(10_240, { error: "must be at most 10240" })
      .default(200),
    UPLOAD_MAX_MB: z.coerce
      .number({ error: "must be a whole number of megabytes" })
      .int({ error: "must be a whole number of megabytes" })
      .min(1, { error: "must be at least 1" })
      .max(200, { error: "must be at most 200" })
      .default(25),
    SIGN_IN_ATTEMPTS_PER_IP: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be at least 1" })
      .default(30),
    SIGN_IN_WINDOW_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int({ error: "must be a whole number of minutes" })
      .min(1, { error: "must be at least 1" })
      .default(15),
    SIGN_IN_FAILURES_PER_ACCOUNT: z.coerce
      .number({ error: "must be a whole number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be at least 1" })
      .default(5),
    ACCOUNT_LOCKOUT_MINUTES: z.coerce
      .number({ error: "must be a whole number of minutes" })
      .int({ error: "must be a whole number of minutes" })
      .min(1, { error: "must be at least 1" })
      .default(15),
    SEED_DEMO_DATA: booleanFlag.optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, { error: "must start with smtp:// or smtps://" })
      .optional(),
    MAIL_FROM: z.string().min(3).default("Cheshire and Merseyside Social Value <no-reply@socialvalue.invalid>"),
    OUTBOX_DIR: z.string().min(1).default("outbox"),
    SHUTDOWN_TIMEOUT_SECONDS: z.coerce
      .number({ error: "must be a whole number of seconds" })
      .int({ error: "must be a whole number of seconds" })
      .min(1, { error: "must be at least 1" })
      .default(10),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== "production") return;
    if (env.SESSION_SECRET === DEVELOPMENT_SESSION_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "must be set to a long random value in production",
      });
    }
    if (env.SEED_DEMO_DATA === true) {
      ctx.addIssue({
        code: "custom",
        path: ["SEED_DEMO_DATA"],
        message: "must not be true in production: demo accounts are never created there",
      });
    }
    if (!env.BASE_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["BASE_URL"],
        message: "must be set in production (the address people use to reach the portal)",
      });
    }
  });

export type DatabaseProvider = "sqlite" | "postgresql";

export interface Config {
  readonly env: "development" | "test" | "production";
  readonly isProduction: boolean;
  readonly host: string;
  readonly port: number;
  readonly baseUrl: string;
  readonly database: { readonly provider: DatabaseProvider; readonly url: string };
  readonly session: { readonly secret: string; readonly idleMinutes: number; readonly secureCookie: boolean };
  readonly trustProxy: boolean | number | string;
  readonly logLevel: string;
  readonly uploadDir: string;
  readonly bodyLimitBytes: number;
  readonly uploadMaxBytes: number;
  readonly signInRateLimit: {
    readonly attemptsPerIp: number;
    readonly windowMinutes: number;
    readonly failuresPerAccount: number;
    readonly accountLockoutMinutes: number;
  };
  readonly seedDemoData: boolean;
  readonly shutdownTimeoutMs: number;
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string; readonly outboxDir: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The portal cannot start because its configuration is invalid:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
    this.name = "ConfigError";
  }
}

/** Reads and checks the environment; throws a ConfigError naming every bad variable. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const input = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const parsed = schema.safeParse({ NODE_ENV: "development", ...input });
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join(".") || "environment";
        const given =
          typeof source[name] === "string" && !/SECRET|PASSWORD|URL/.test(name) ? ` (got "${source[name]}")` : "";
        return `${name} ${issue.message}${given}`;
      }),
    );
  }
  const env = parsed.data;
  const provider: DatabaseProvider = env.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgresql";
  const isProduction = env.NODE_ENV === "production";
  return Object.freeze({
    env: env.NODE_ENV,
    isProduction,
    host: env.HOST,
    port: env.PORT,
    baseUrl: (env.BASE_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    database: Object.freeze({ provider, url: env.DATABASE_URL }),
    session: Object.freeze({
      secret: env.SESSION_SECRET,
      idleMinutes: env.SESSION_IDLE_MINUTES,
      secureCookie: isProduction,
    }),
    trustProxy: env.TRUST_PROXY,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === "test" ? "silent" : "info"),
    uploadDir: env.UPLOAD_DIR,
    bodyLimitBytes: env.BODY_LIMIT_KB * 1024,
    uploadMaxBytes: env.UPLOAD_MAX_MB * 1024 * 1024,
    signInRateLimit: Object.freeze({
      attemptsPerIp: env.SIGN_IN_ATTEMPTS_PER_IP,
      windowMinutes: env.SIGN_IN_WINDOW_MINUTES,
      failuresPerAccount: env.SIGN_IN_FAILURES_PER_ACCOUNT,
      accountLockoutMinutes: env.ACCOUNT_LOCKOUT_MINUTES,
    }),
    seedDemoData: env.SEED_DEMO_DATA ?? !isProduction,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    mail: Object.freeze({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, outboxDir: env.OUTBOX_DIR }),
  });
}
