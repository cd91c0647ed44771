import { isIdLike } from "../../../platform/validation.js";
import type { Db } from "../../../platform/db/index.js";
import type { ErasureDeps } from "../deps.js";
import type { UserErasurePlan } from "./model.js";
import { userRefusal } from "./refusals.js";
import { isOpenAssignment } from "./reviews.js";
import { sameText } from "./terms.js";

/** Entries about or by the person, or holding their address. */
const auditEntriesAbout = (prisma: Db, userId: string, email: string) =>
  prisma.auditEvent.count({
    where: {
      OR: [
        { subjectType: "User", subjectId: userId },
        { actorId: userId },
        { before: { contains: email } },
        { after: { contains: email } },
      ],
    },
  });

/** Published settings and pages that name the person, which erasure does not edit. */
async function publishedMentions(prisma: Db, email: string, fullName: string): Promise<string[]> {
  // A very short name would match ordinary words in the published pages.
  const nameWorthSearching = fullName.trim().length >= 4;
  const [settings, pages] = await Promise.all([
    prisma.setting.findMany({
      where: {
        OR: [{ value: { contains: email } }, ...(nameWorthSearching ? [{ value: { contains: fullName } }] : [])],
      },
      select: { key: true },
    }),
    prisma.contentPage.findMany({
      where: { OR: [{ body: { contains: email } }, ...(nameWorthSearching ? [{ body: { contains: fullName } }] : [])] },
      select: { title: true },
      take: 20,
    }),
  ]);
  return [...settings.map((s) => `the ${s.key} settings`), ...pages.map((p) => `the page “${p.title}”`)];
}

/** What erasing this user would remove and keep, for the confirmation page. */
export async function planUser(deps: ErasureDeps, actorId: string, userId: string): Promise<UserErasurePlan | null> {
  if (!isIdLike(userId)) return null;
  const { prisma } = deps;
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { organisation: { select: { id: true, name: true } } } } },
  });
  if (!user) return null;
  const organisationIds = user.memberships.map((m) => m.organisationId);
  const email = user.email.toLowerCase();
  const [sessions, links, invitations, champions, assignments, applications, declarations, auditEntries, alsoFoundIn] =
    await Promise.all([
      prisma.session.count({ where: { userId } }),
      prisma.accountToken.count({ where: { userId } }),
      prisma.invitation.count({ where: { email } }),
      prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE LOWER("email") = ${email}`,
      prisma.assignment.findMany({ where: { assessorId: userId }, select: { status: true, reviewStatus: true } }),
      prisma.application.count({ where: { organisationId: { in: organisationIds } } }),
      prisma.application.findMany({
        where: { organisationId: { in: organisationIds }, declarationName: { not: "" } },
        select: { declarationName: true },
      }),
      auditEntriesAbout(prisma, userId, email),
      publishedMentions(prisma, email, user.fullName),
    ]);
  return {
    id: user.id,
    fullName: user.fullName,
    email: user.email,
    role: user.role,
    active: user.active,
    refusal: await userRefusal(prisma, user, actorId, null),
    accountKept: assignments.length > 0,
    remove: {
      sessions,
      memberships: user.memberships.map((m) => m.organisation),
      links,
      invitations,
      champions: champions.length,
      openAssignments: assignments.filter(isOpenAssignment).length,
      draftReviews: assignments.filter((a) => a.reviewStatus === "DRAFT").length,
      declarations: declarations.filter((d) => sameText(d.declarationName, user.fullName)).length,
      auditEntries,
    },
    keep: {
      submittedReviews: assignments.filter((a) => a.reviewStatus === "SUBMITTED").length,
      applications,
    },
    alsoFoundIn,
  };
}
