import type { Clock } from "../../platform/clock.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import type { Random } from "../../platform/random.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";

/** What the accounts area's use cases run on. */
export interface AccountsDeps {
  prisma: Db;
  mailer: Mailer;
  passwords: PasswordHasher;
  /** Failed sign-ins by email address, and how many lock the account for the store's window. */
  lockout: { store: DatabaseRateLimitStore; failures: number };
  now: Clock;
  random: Random;
}

/** What the composition root passes: the lockout as numbers, from which the store is made. */
export type AccountsOptions = Omit<AccountsDeps, "lockout"> & { lockout: { failures: number; minutes: number } };

export function accountsDeps(options: AccountsOptions): AccountsDeps {
  const store = new DatabaseRateLimitStore(options.prisma, "sign-in-account");
  store.init({ windowMs: options.lockout.minutes * 60_000 } as Parameters<DatabaseRateLimitStore["init"]>[0]);
  return { ...options, lockout: { store, failures: options.lockout.failures } };
}

export type { Tx } from "../../platform/db/index.js";
