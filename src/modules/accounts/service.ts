import type { Db, RoleValue } from "../../platform/db/index.js";
import { hashPassword, verifyAgainstDummy, verifyPassword } from "../../platform/passwords.js";
import { recordAudit } from "../../platform/audit.js";

export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
  role: RoleValue;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function createAccountsService(prisma: Db) {
  const toSignedInUser = (user: { id: string; email: string; fullName: string; role: RoleValue }): SignedInUser => ({
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    role: user.role,
  });

  return {
    /** The user for these credentials, or null. Takes as long for an unknown email as a known one. */
    async authenticate(email: string, password: string): Promise<SignedInUser | null> {
      const user = await prisma.user.findUnique({ where: { email: normaliseEmail(email) } });
      if (!user) return verifyAgainstDummy(password).then(() => null);
      const matches = await verifyPassword(password, user.passwordHash);
      if (!matches || !user.active) return null;
      await prisma.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        await recordAudit(tx, { actorId: user.id, action: "user.sign-in", subjectType: "User", subjectId: user.id });
      });
      return toSignedInUser(user);
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
          passwordHash: await hashPassword(input.password),
          fullName: input.fullName.trim(),
          jobTitle: input.jobTitle?.trim() ?? "",
          role: input.role,
        },
      });
      return toSignedInUser(user);
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;

export interface AccountSummary {
  fullName: string;
  email: string;
  jobTitle: string;
  role: RoleValue;
  organisations: { name: string; isOwner: boolean }[];
}

export function createAccountQueries(prisma: Db) {
  return {
    async summary(userId: string): Promise<AccountSummary | null> {
      const user = await prisma.user.findUnique({
        where: { id: userId },
        include: { memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } } },
      });
      if (!user) return null;
      return {
        fullName: user.fullName,
        email: user.email,
        jobTitle: user.jobTitle,
        role: user.role,
        organisations: user.memberships.map((m) => ({ name: m.organisation.name, isOwner: m.isOwner })),
      };
    },
  };
}
