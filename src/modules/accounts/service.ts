import { recordAudit } from "../../platform/audit.js";
import type { Db, RoleValue } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { PasswordHasher } from "../../platform/passwords.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";
import { hashToken, looksLikeToken, newToken } from "../../platform/tokens.js";

export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
  role: RoleValue;
  emailVerified: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const VERIFY_EMAIL_HOURS = 24;
export const RESET_PASSWORD_HOURS = 1;
export const CHANGE_EMAIL_HOURS = 24;

const HOUR = 60 * 60_000;

type TokenPurpose = "VERIFY_EMAIL" | "RESET_PASSWORD" | "CHANGE_EMAIL";

/** What a link's token turned out to be. */
export type TokenStatus = "valid" | "invalid" | "expired" | "used";

export type SignInResult = { ok: true; user: SignedInUser } | { ok: false; reason: "incorrect" | "locked" };

export interface AccountsOptions {
  mailer: Mailer;
  passwords: PasswordHasher;
  lockout: { failures: number; minutes: number };
}

const toSignedInUser = (user: {
  id: string;
  email: string;
  fullName: string;
  role: RoleValue;
  emailVerifiedAt: Date | null;
}): SignedInUser => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  role: user.role,
  emailVerified: user.emailVerifiedAt !== null,
});

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Issues a single-use link token; earlier unused tokens of the same purpose stop working. */
export async function issueAccountToken(
  tx: Tx,
  userId: string,
  purpose: TokenPurpose,
  hours: number,
  newEmail?: string,
): Promise<string> {
  const now = new Date();
  await tx.accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const { token, tokenHash } = newToken();
  await tx.accountToken.create({
    data: { tokenHash, purpose, userId, newEmail: newEmail ?? null, expiresAt: new Date(now.getTime() + hours * HOUR) },
  });
  return token;
}

export function createAccountsService(prisma: Db, options: AccountsOptions) {
  const { mailer } = options;
  const lockout = new DatabaseRateLimitStore(prisma, "sign-in-account");
  lockout.init({ windowMs: options.lockout.minutes * 60_000 } as Parameters<DatabaseRateLimitStore["init"]>[0]);

  /** Finds a token of this purpose by its hash, and says whether it can still be used. */
  async function findToken(token: unknown, purpose: TokenPurpose) {
    if (!looksLikeToken(token)) return { status: "invalid" as const, row: null };
    const row = await prisma.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
    if (!row || row.purpose !== purpose) return { status: "invalid" as const, row: null };
    if (row.usedAt) return { status: "used" as const, row };
    if (row.expiresAt.getTime() <= Date.now()) return { status: "expired" as const, row };
    return { status: "valid" as const, row };
  }

  /** Marks a token used; false when another request used it first. */
  async function claimToken(tx: Tx, id: string): Promise<boolean> {
    const claimed = await tx.accountToken.updateMany({
      where: { id, usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
    });
    return claimed.count === 1;
  }

  return {
    /**
     * Checks credentials. An unknown email costs the same password check as a known one, and an
     * account (known or not) with too many recent failures is refused without checking at all.
     */
    async signIn(email: string, password: string): Promise<SignInResult> {
      const address = normaliseEmail(email);
      const recent = await lockout.get(address);
      if (recent && recent.totalHits >= options.lockout.failures) return { ok: false, reason: "locked" };
      const user = await prisma.user.findUnique({ where: { email: address } });
      const matches = user
        ? await options.passwords.verify(password, user.passwordHash)
        : await options.passwords.verifyAgainstDummy(password);
      if (!user || !matches || !user.active) {
        await lockout.increment(address);
        return { ok: false, reason: "incorrect" };
      }
      await lockout.resetKey(address);
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(tx, { actorId: user.id, action: "user.sign-in", subjectType: "User", subjectId: user.id });
      });
      return { ok: true, user: toSignedInUser(user) };
    },

    /** The user for these credentials, or null. */
    async authenticate(email: string, password: string): Promise<SignedInUser | null> {
      const result = await this.signIn(email, password);
      return result.ok ? result.user : null;
    },

    /** Deletes link tokens and invitations that ended more than a week ago; safe to run anywhere at once. */
    async pruneExpiredLinks(now = new Date()): Promise<number> {
      const before = new Date(now.getTime() - 7 * 24 * HOUR);
      const [tokens, invitations] = await Promise.all([
        prisma.accountToken.deleteMany({ where: { expiresAt: { lt: before } } }),
        prisma.invitation.deleteMany({ where: { expiresAt: { lt: before } } }),
      ]);
      return tokens.count + invitations.count;
    },

    /** The user a session belongs to, if that user still exists and is active. */
    async findActiveUser(id: string): Promise<SignedInUser | null> {
      const user = await prisma.user.findUnique({ where: { id } });
      return user?.active ? toSignedInUser(user) : null;
    },

    async createUser(input: {
      email: string;
      password: string;
      fullName: string;
      role: RoleValue;
      jobTitle?: string;
    }): Promise<SignedInUser> {
      const user = await prisma.user.create({
        data: {
          email: normaliseEmail(input.email),
          passwordHash: await options.passwords.hash(input.password),
          fullName: input.fullName.trim(),
          jobTitle: input.jobTitle?.trim() ?? "",
          role: input.role,
        },
      });
      return toSignedInUser(user);
    },

    async summary(userId: string): Promise<AccountSummary | null> {
      const user = await prisma.user.findUnique({
        where: { id: userId },
        include: {
          memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } },
          accountTokens: {
            where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: new Date() } },
            orderBy: { createdAt: "desc" },
            take: 1,
          },
        },
      });
      if (!user) return null;
      return {
        fullName: user.fullName,
        email: user.email,
        jobTitle: user.jobTitle,
        role: user.role,
        emailVerified: user.emailVerifiedAt !== null,
        pendingEmail: user.accountTokens[0]?.newEmail ?? null,
        organisations: user.memberships.map((m) => ({
          id: m.organisation.id,
          name: m.organisation.name,
          isOwner: m.isOwner,
        })),
      };
    },

    // Email verification

    async verifyEmail(token: unknown): Promise<{ status: TokenStatus }> {
      const found = await findToken(token, "VERIFY_EMAIL");
      if (found.status !== "valid") return { status: found.status };
      const row = found.row;
      return prisma.$transaction(async (tx) => {
        if (!(await claimToken(tx, row.id))) return { status: "used" as const };
        const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
        if (!user.emailVerifiedAt) {
          await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
          await recordAudit(tx, {
            actorId: user.id,
            action: "user.email-verified",
            subjectType: "User",
            subjectId: user.id,
            after: { email: user.email },
          });
        }
        return { status: "valid" as const };
      });
    },

    /** Sends a fresh verification link; the earlier ones stop working. */
    async resendVerification(userId: string): Promise<"sent" | "already-verified"> {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      if (user.emailVerifiedAt) return "already-verified";
      const token = await prisma.$transaction((tx) =>
        issueAccountToken(tx, user.id, "VERIFY_EMAIL", VERIFY_EMAIL_HOURS),
      );
      await sendVerification(mailer, user, token);
      return "sent";
    },

    // Forgotten password

    /** Sends a reset link when the email belongs to an active account; says nothing either way. */
    async requestPasswordReset(email: string): Promise<void> {
      const user = await prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
      if (!user?.active) return;
      const token = await prisma.$transaction(async (tx) => {
        const issued = await issueAccountToken(tx, user.id, "RESET_PASSWORD", RESET_PASSWORD_HOURS);
        await recordAudit(tx, {
          actorId: null,
          action: "user.password-reset-requested",
          subjectType: "User",
          subjectId: user.id,
        });
        return issued;
      });
      await mailer.send({
        to: user.email,
        subject: "Reset your password",
        template: "reset-password",
        context: { fullName: user.fullName, token, hours: RESET_PASSWORD_HOURS },
      });
    },

    async checkResetToken(token: unknown): Promise<TokenStatus> {
      return (await findToken(token, "RESET_PASSWORD")).status;
    },

    /** Sets a new password from a reset link and ends every session of the account. */
    async resetPassword(token: unknown, password: string): Promise<{ status: TokenStatus }> {
      const found = await findToken(token, "RESET_PASSWORD");
      if (found.status !== "valid") return { status: found.status };
      const row = found.row;
      const passwordHash = await options.passwords.hash(password);
      const user = await prisma.$transaction(async (tx) => {
        if (!(await claimToken(tx, row.id))) return null;
        const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
        const updated = await tx.user.update({
          where: { id: row.userId },
          // Following the link proves the person reads this inbox.
          data: { passwordHash, emailVerifiedAt: before.emailVerifiedAt ?? new Date() },
        });
        await tx.session.deleteMany({ where: { userId: row.userId } });
        await recordAudit(tx, {
          actorId: row.userId,
          action: "user.password-reset",
          subjectType: "User",
          subjectId: row.userId,
        });
        return updated;
      });
      if (!user) return { status: "used" };
      await lockout.resetKey(user.email);
      await sendPasswordChanged(mailer, user);
      return { status: "valid" };
    },

    // Signed-in account changes

    async updateProfile(userId: string, input: { fullName: string; jobTitle: string }): Promise<void> {
      await prisma.$transaction(async (tx) => {
        const before = await tx.user.findUniqueOrThrow({ where: { id: userId } });
        const changes = changedFields({ fullName: before.fullName, jobTitle: before.jobTitle }, input);
        if (!changes) return;
        await tx.user.update({ where: { id: userId }, data: input });
        await recordAudit(tx, {
          actorId: userId,
          action: "user.profile-update",
          subjectType: "User",
          subjectId: userId,
          ...changes,
        });
      });
    },

    /** Changes the password when the current one is right, and ends the account's other sessions. */
    async changePassword(
      userId: string,
      currentSid: string,
      input: { currentPassword: string; newPassword: string },
    ): Promise<"changed" | "wrong-password"> {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      if (!(await options.passwords.verify(input.currentPassword, user.passwordHash))) return "wrong-password";
      const passwordHash = await options.passwords.hash(input.newPassword);
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: userId }, data: { passwordHash } });
        await tx.session.deleteMany({ where: { userId, sid: { not: currentSid } } });
        await tx.accountToken.updateMany({
          where: { userId, purpose: "RESET_PASSWORD", usedAt: null },
          data: { usedAt: new Date() },
        });
        await recordAudit(tx, {
          actorId: userId,
          action: "user.password-change",
          subjectType: "User",
          subjectId: userId,
        });
      });
      await sendPasswordChanged(mailer, user);
      return "changed";
    },

    /**
     * Sends a confirmation link to the new address. When that address already has an account the
     * new address is told so instead, and the page says the same either way.
     */
    async requestEmailChange(
      userId: string,
      input: { email: string; currentPassword: string },
    ): Promise<"sent" | "wrong-password" | "same-email"> {
      const user = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      if (!(await options.passwords.verify(input.currentPassword, user.passwordHash))) return "wrong-password";
      const email = normaliseEmail(input.email);
      if (email === user.email) return "same-email";
      const taken = await prisma.user.findUnique({ where: { email } });
      if (taken) {
        await mailer.send({
          to: email,
          subject: "Someone tried to use this email address",
          template: "email-in-use",
          context: { fullName: taken.fullName },
        });
        return "sent";
      }
      const token = await prisma.$transaction(async (tx) => {
        const issued = await issueAccountToken(tx, userId, "CHANGE_EMAIL", CHANGE_EMAIL_HOURS, email);
        await recordAudit(tx, {
          actorId: userId,
          action: "user.email-change-requested",
          subjectType: "User",
          subjectId: userId,
          after: { email },
        });
        return issued;
      });
      await mailer.send({
        to: email,
        subject: "Confirm your new email address",
        template: "confirm-email-change",
        context: { fullName: user.fullName, token, hours: CHANGE_EMAIL_HOURS },
      });
      return "sent";
    },

    async confirmEmailChange(token: unknown): Promise<{ status: TokenStatus | "taken" }> {
      const found = await findToken(token, "CHANGE_EMAIL");
      if (found.status !== "valid") return { status: found.status };
      const row = found.row;
      const newEmail = row.newEmail ?? "";
      const result = await prisma.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: newEmail } })) return null;
        if (!(await claimToken(tx, row.id))) return "used" as const;
        const before = await tx.user.findUniqueOrThrow({ where: { id: row.userId } });
        await tx.user.update({ where: { id: row.userId }, data: { email: newEmail, emailVerifiedAt: new Date() } });
        await recordAudit(tx, {
          actorId: row.userId,
          action: "user.email-change",
          subjectType: "User",
          subjectId: row.userId,
          before: { email: before.email },
          after: { email: newEmail },
        });
        return before;
      });
      if (result === null) return { status: "taken" };
      if (result === "used") return { status: "used" };
      await mailer.send({
        to: result.email,
        subject: "Your email address has been changed",
        template: "email-changed",
        context: { fullName: result.fullName, newEmail },
      });
      return { status: "valid" };
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

export interface AccountSummary {
  fullName: string;
  email: string;
  jobTitle: string;
  role: RoleValue;
  emailVerified: boolean;
  pendingEmail: string | null;
  organisations: { id: string; name: string; isOwner: boolean }[];
}

/** The fields that differ, as { before, after } for the audit log, or null when nothing changed. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } | null {
  const was: Partial<T> = {};
  const now: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      was[key] = before[key];
      now[key] = after[key];
    }
  }
  return Object.keys(now).length ? { before: was, after: now } : null;
}

export async function sendVerification(
  mailer: Mailer,
  user: { email: string; fullName: string },
  token: string,
): Promise<void> {
  await mailer.send({
    to: user.email,
    subject: "Confirm your email address",
    template: "verify-email",
    context: { fullName: user.fullName, token, hours: VERIFY_EMAIL_HOURS },
  });
}

async function sendPasswordChanged(mailer: Mailer, user: { email: string; fullName: string }): Promise<void> {
  await mailer.send({
    to: user.email,
    subject: "Your password has been changed",
    template: "password-changed",
    context: { fullName: user.fullName },
  });
}
