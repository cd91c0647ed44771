import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Prisma } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";
import { joinList } from "../../platform/text.js";
import type { LoadedApplication } from "./queries.js";

/** A certificate code: 80 random bits in Crockford's base 32, grouped for reading aloud. */
export function newCertificateCode(random: Random): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const bytes = random.bytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join("-");
}

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

/** The award an Awarded decision grants, created in the decision's transaction. */
export async function createAward(
  tx: Prisma.TransactionClient,
  grant: {
    actor: Actor;
    application: LoadedApplication;
    decisionId: string;
    recognised: string[];
    awardedAt: Date;
    validityYears: number;
    random: Random;
  },
) {
  const { actor, application, recognised } = grant;
  const award = await tx.award.create({
    data: {
      applicationId: application.id,
      organisationId: application.organisationId,
      decisionId: grant.decisionId,
      organisationName: application.orgName,
      themes: joinList(recognised),
      awardedAt: grant.awardedAt,
      expiresAt: addYears(grant.awardedAt, grant.validityYears),
      certificateCode: newCertificateCode(grant.random),
    },
  });
  await recordAudit(tx, actor.id, "award.create", ["Award", award.id], {
    after: {
      applicationId: application.id,
      themes: recognised,
      awardedAt: award.awardedAt.toISOString(),
      expiresAt: award.expiresAt.toISOString(),
    },
  });
  return award;
}
