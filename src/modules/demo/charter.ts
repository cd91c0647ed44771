// The organisations' requests to sign the Social Value Charter: most approved over the years since
// its launch, two waiting for the lead, one declined and one signatory removed.
import { daysBefore, type DemoContext } from "./context.js";
import type { WrittenOrganisation } from "./organisation-writer.js";
import type { DemoOrganisation } from "./plan.js";
import { CHARTER_PLEDGES, CHARTER_REASONS } from "./stories.js";

/** The charter was launched on 1 July 2019: nobody signed before. */
const CHARTER_LAUNCH = new Date(Date.UTC(2019, 6, 1, 9));

export async function writeCharterRequest(
  ctx: DemoContext,
  org: DemoOrganisation,
  written: WrittenOrganisation,
  order: number,
): Promise<boolean> {
  const charter = org.charter;
  if (!charter) return false;
  const at = (days: number) => {
    const date = daysBefore(ctx.now, days);
    return date < CHARTER_LAUNCH ? CHARTER_LAUNCH : date;
  };
  const requested = "signed" in charter ? charter.signed + 7 : charter.requested;
  const decision =
    charter.status === "APPROVED"
      ? { signedAt: at(charter.signed), decidedAt: at(charter.signed) }
      : charter.status === "REMOVED"
        ? { signedAt: at(charter.signed), decidedAt: at(charter.removed), reason: CHARTER_REASONS.REMOVED }
        : charter.status === "DECLINED"
          ? { decidedAt: at(charter.decided), reason: CHARTER_REASONS.DECLINED }
          : {};
  await ctx.tx.charterSignature.create({
    data: {
      organisationId: written.id,
      requestedById: written.ownerId,
      sponsorName: org.owner[0],
      sponsorRole: org.owner[1],
      pledge: CHARTER_PLEDGES[order % CHARTER_PLEDGES.length]!,
      status: charter.status,
      createdAt: at(requested),
      ...decision,
      ...("decidedAt" in decision ? { decidedById: ctx.leadId } : {}),
    },
  });
  return true;
}
