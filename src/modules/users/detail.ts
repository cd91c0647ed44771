import { isIdLike } from "../../platform/validation.js";
import type { UsersDeps } from "./deps.js";
import type { UserDetail } from "./views.js";

/** One account as the lead sees it, saying whether it is the lead's own. */
export async function detail({ prisma }: UsersDeps, actorId: string, userId: string): Promise<UserDetail | null> {
  if (!isIdLike(userId)) return null;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organisation: true } } },
  });
  if (!user) return null;
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    jobTitle: user.jobTitle,
    role: user.role,
    active: user.active,
    emailVerified: user.emailVerifiedAt !== null,
    createdAt: user.createdAt,
    lastSignInAt: user.lastSignInAt,
    organisations: user.memberships.map((m) => ({
      id: m.organisationId,
      name: m.organisation.name,
      isOwner: m.isOwner,
    })),
    isSelf: user.id === actorId,
  };
}
