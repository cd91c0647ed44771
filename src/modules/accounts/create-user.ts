import type { RoleValue } from "../../platform/db/index.js";
import type { AccountsDeps } from "./deps.js";
import { normaliseEmail, toSignedInUser, type SignedInUser } from "./users.js";

/** An account with a password, made directly (not through sign-up or an invitation). */
export async function createUser(
  deps: AccountsDeps,
  input: { email: string; password: string; fullName: string; role: RoleValue; jobTitle?: string },
): Promise<SignedInUser> {
  const user = await deps.prisma.user.create({
    data: {
      email: normaliseEmail(input.email),
      passwordHash: await deps.passwords.hash(input.password),
      fullName: input.fullName.trim(),
      jobTitle: input.jobTitle?.trim() ?? "",
      role: input.role,
    },
  });
  return toSignedInUser(user);
}
