import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Db, Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { ORGANISATION_TYPES, PLACES, THEMES, labelOf } from "../programme/index.js";
import { certificatePdf } from "./pdf.js";

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

export type VerificationState = "CURRENT" | "REVOKED" | "EXPIRED" | "UNKNOWN";

/** Codes are printed in groups; people may type them in any case, with or without dashes or spaces. */
export function normaliseCode(raw: string): string {
  const plain = raw.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return plain.match(/.{1,4}/g)?.join("-") ?? "";
}

export function createAwardsService(deps: { prisma: Db; baseUrl: string; now?: () => Date }) {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());

  function stateOf(award: { status: string; expiresAt: Date }, at: Date): Exclude<VerificationState, "UNKNOWN"> {
    if (award.status === "REVOKED") return "REVOKED";
    if (award.status === "EXPIRED" || award.expiresAt <= at) return "EXPIRED";
    return "CURRENT";
  }

  const verificationUrl = (code: string) => `${deps.baseUrl}/verify/${code}`;

  function certificateView(award: Prisma.AwardGetPayload<object>) {
    return {
      id: award.id,
      applicationId: award.applicationId,
      organisationName: award.organisationName,
      themes: splitList(award.themes).map((t) => labelOf(THEMES, t)),
      awardedAt: award.awardedAt,
      expiresAt: award.expiresAt,
      code: award.certificateCode,
      verificationUrl: verificationUrl(award.certificateCode),
      state: stateOf(award, now()),
      revokedAt: award.revokedAt,
      revocationReason: award.revocationReason,
      listedOnRegister: award.listedOnRegister,
    };
  }

  return {
    verificationUrl,

    /** A certificate for the organisation's members and the lead; anyone else gets null. */
    async certificate(user: { id: string; role: string }, awardId: string) {
      const award = await prisma.award.findFirst({
        where:
          user.role === "PROGRAMME_LEAD"
            ? { id: awardId }
            : { id: awardId, organisation: { members: { some: { userId: user.id } } } },
      });
      return award ? certificateView(award) : null;
    },

    certificatePdf(view: ReturnType<typeof certificateView>): Promise<Buffer> {
      return certificatePdf(`Social Value Award certificate: ${view.organisationName}`, [
        { text: "Cheshire and Merseyside", size: 18, gap: 0 },
        { text: "Social Value Award", size: 40, bold: true, gap: 12 },
        { text: "This certifies that", size: 16, gap: 30 },
        { text: view.organisationName, size: 28, bold: true, gap: 16 },
        { text: "is recognised for the social value of its work in the", size: 16, gap: 18 },
        {
          text: `${view.themes.join(", ")} theme${view.themes.length === 1 ? "" : "s"}`,
          size: 20,
          bold: true,
          gap: 8,
        },
        {
          text: `Awarded ${longDate.format(view.awardedAt)}. Valid until ${longDate.format(view.expiresAt)}.`,
          size: 14,
          gap: 28,
        },
        { text: `Certificate ${view.code}`, size: 12, gap: 28 },
        { text: `Check this certificate at ${view.verificationUrl}`, size: 12, gap: 6 },
      ]);
    },

    /** Whether a code belongs to a genuine certificate, and whether that award stands today. */
    async verify(rawCode: string) {
      const code = normaliseCode(rawCode);
      const award = code ? await prisma.award.findUnique({ where: { certificateCode: code } }) : null;
      if (!award) return { state: "UNKNOWN" as const, code };
      return {
        state: stateOf(award, now()),
        code,
        organisationName: award.organisationName,
        themes: splitList(award.themes).map((t) => labelOf(THEMES, t)),
        awardedAt: award.awardedAt,
        expiresAt: award.expiresAt,
        revokedAt: award.revokedAt,
      };
    },

    async forLead(awardId: string) {
      const award = await prisma.award.findUnique({ where: { id: awardId } });
      return award ? certificateView(award) : null;
    },

    async revoke(actor: Actor, awardId: string, reason: string): Promise<"revoked" | { refused: string } | null> {
      const award = await prisma.award.findUnique({ where: { id: awardId } });
      if (!award) return null;
      if (award.status === "REVOKED") return { refused: "This award has already been revoked." };
      return prisma.$transaction(async (tx) => {
        const changed = await tx.award.updateMany({
          where: { id: awardId, status: { not: "REVOKED" } },
          data: { status: "REVOKED", revokedAt: now(), revokedById: actor.id, revocationReason: reason },
        });
        if (changed.count === 0) return { refused: "This award has already been revoked." };
        await recordAudit(tx, {
          actorId: actor.id,
          action: "award.revoke",
          subjectType: "Award",
          subjectId: awardId,
          before: { status: award.status },
          after: { status: "REVOKED", reason },
        });
        return "revoked" as const;
      });
    },

    /** A member of the organisation says whether it may appear on the public register. */
    async setListing(userId: string, awardId: string, listed: boolean): Promise<{ applicationId: string } | null> {
      const award = await prisma.award.findFirst({
        where: { id: awardId, organisation: { members: { some: { userId } } } },
      });
      if (!award) return null;
      await prisma.$transaction(async (tx) => {
        await tx.award.update({ where: { id: awardId }, data: { listedOnRegister: listed, listingChangedAt: now() } });
        await recordAudit(tx, {
          actorId: userId,
          action: "award.listing",
          subjectType: "Award",
          subjectId: awardId,
          before: { listedOnRegister: award.listedOnRegister },
          after: { listedOnRegister: listed },
        });
      });
      return { applicationId: award.applicationId };
    },

    labels: { places: PLACES, sectors: ORGANISATION_TYPES },
  };
}

export type AwardsService = ReturnType<typeof createAwardsService>;
