import type { RoleValue } from "../../platform/db/index.js";
import type { AccountsDeps } from "./deps.js";

export interface AccountSummary {
  fullName: string;
  email: string;
  jobTitle: string;
  role: RoleValue;
  emailVerified: boolean;
  pendingEmail: string | null;
  organisations: { id: string; name: string; isOwner: boolean }[];
}

/** The signed-in person's own account page: details, organisations and any address change waiting. */
export async function accountSummary(deps: AccountsDeps, userId: string): Promise<AccountSummary | null> {
  const user = await deps.prisma.user.findUnique({
    where: { id: userId },
    include: {
      memberships: { include: { organisation: true }, orderBy: { createdAt: "asc" } },
      accountTokens: {
        where: { purpose: "CHANGE_EMAIL", usedAt: null, expiresAt: { gt: deps.now() } },
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
}
