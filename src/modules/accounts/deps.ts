import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";

/** What the accounts area's use cases run on. */
export interface AccountsDeps {
  prisma: Db;
  mailer: Mailer;
  passwords: PasswordHasher;
  /** Failed sign-ins by email address, and how many lock the account for the store's window. */
  lockout: { store: DatabaseRateLimitStore; failures: number };
  now: () => Date;
}

/** What the composition root passes to the accounts service besides the database. */
export interface AccountsOptions {
  mailer: Mailer;
  passwords: PasswordHasher;
  lockout: { failures: number; minutes: number };
  now?: () => Date;
}

export function accountsDeps(prisma: Db, options: AccountsOptions): AccountsDeps {
  const store = new DatabaseRateLimitStore(prisma, "sign-in-account");
  store.init({ windowMs: options.lockout.minutes * 60_000 } as Parameters<DatabaseRateLimitStore["init"]>[0]);
  return {
    prisma,
    mailer: options.mailer,
    passwords: options.passwords,
    lockout: { store, failures: options.lockout.failures },
    now: options.now ?? (() => new Date()),
  };
}

/** A transaction's client, as Prisma hands it to the callback. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
