import { recordAudit } from "../../platform/audit.js";
import type { AwardsDeps } from "./deps.js";

/** A member of the organisation says whether it may appear on the public register. */
export async function setListing(
  deps: AwardsDeps,
  userId: string,
  awardId: string,
  listed: boolean,
): Promise<{ applicationId: string } | null> {
  const award = await deps.prisma.award.findFirst({
    where: { id: awardId, organisation: { members: { some: { userId } } } },
  });
  if (!award) return null;
  await deps.prisma.$transaction(async (tx) => {
    await tx.award.update({ where: { id: awardId }, data: { listedOnRegister: listed, listingChangedAt: deps.now() } });
    await recordAudit(tx, userId, "award.listing", ["Award", awardId], {
      before: { listedOnRegister: award.listedOnRegister },
      after: { listedOnRegister: listed },
    });
  });
  return { applicationId: award.applicationId };
}
