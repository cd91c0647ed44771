import { randomBytes } from "node:crypto";
import type { Db, RoleValue } from "../../src/platform/db/index.js";
import { fixturePasswords } from "./passwords.js";

export const TEST_PASSWORD = "correct horse battery staple";

export async function createUser(
  prisma: Db,
  overrides: {
    email?: string;
    role?: RoleValue;
    fullName?: string;
    active?: boolean;
    password?: string;
    verified?: boolean;
  } = {},
) {
  const password = overrides.password ?? TEST_PASSWORD;
  const user = await prisma.user.create({
    data: {
      email: overrides.email ?? `user-${randomBytes(4).toString("hex")}@example.org`,
      fullName: overrides.fullName ?? "Test Person",
      role: overrides.role ?? "APPLICANT",
      active: overrides.active ?? true,
      passwordHash: await fixturePasswords.hash(password),
      emailVerifiedAt: overrides.verified === false ? null : new Date(),
    },
  });
  return { ...user, password };
}
