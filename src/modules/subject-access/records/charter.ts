// Charter and champions: requests to sign the charter, and Social Value Champion records.
import type { Db, Prisma } from "../../../platform/db/index.js";
import { equalsText } from "../../../platform/db/text-match.js";
import { iso } from "./format.js";

const charterRequests = (prisma: Db, where: Prisma.CharterSignatureWhereInput) =>
  prisma.charterSignature.findMany({
    where,
    include: { organisation: { select: { name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });

export const charterRequestsBy = (prisma: Db, userId: string) => charterRequests(prisma, { requestedById: userId });

export const charterRequestsOf = (prisma: Db, organisationId: string) => charterRequests(prisma, { organisationId });

export function charterRecord(row: Awaited<ReturnType<typeof charterRequests>>[number]) {
  return {
    id: row.id,
    organisationName: row.organisation.name,
    sponsorName: row.sponsorName,
    sponsorRole: row.sponsorRole,
    pledge: row.pledge,
    status: row.status,
    reason: row.reason,
    requestedAt: iso(row.createdAt),
    decidedAt: iso(row.decidedAt),
    signedAt: iso(row.signedAt),
  };
}

async function championRecords(prisma: Db, condition: ReturnType<typeof equalsText>) {
  const ids = await prisma.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE ${condition}`;
  const rows = await prisma.champion.findMany({
    where: { id: { in: ids.map((row) => row.id) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    role: row.role,
    organisationName: row.organisationName,
    place: row.place,
    email: row.email,
    phone: row.phone,
    listedPublicly: row.listed,
    contactDetailsShown: row.contactConsent,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }));
}

/** Champion records with the person's email address, whatever its case. */
export const championsWithEmail = (prisma: Db, email: string) => championRecords(prisma, equalsText('"email"', email));

/** Champion records naming the organisation, whatever the case. */
export const championsNaming = (prisma: Db, organisationName: string) =>
  championRecords(prisma, equalsText('"organisationName"', organisationName));
