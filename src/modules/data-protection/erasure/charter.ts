// Charter and champions: requests to sign the charter, and Social Value Champion entries.
import type { Tx } from "../deps.js";
import { replaceTerms } from "../redaction.js";
import { sameText } from "./terms.js";

/** Deletes the champion entries with any of the person's addresses, whatever their case. */
export async function removeChampionEntries(tx: Tx, emails: string[]): Promise<number> {
  let champions = 0;
  for (const email of emails) {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Champion" WHERE LOWER("email") = ${email}`;
    if (rows.length > 0)
      champions += (await tx.champion.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } })).count;
  }
  return champions;
}

export const charterRequestsOf = (tx: Tx, organisationIds: string[]) =>
  tx.charterSignature.findMany({
    where: { organisationId: { in: organisationIds } },
    select: { id: true, sponsorName: true, sponsorRole: true, pledge: true, reason: true, requestedById: true },
  });

type CharterRequest = Awaited<ReturnType<typeof charterRequestsOf>>[number];

/** The person out of their organisations' charter requests: as sponsor, by name, and as requester. */
export async function removeNameFromCharterRequests(
  tx: Tx,
  userId: string,
  requests: CharterRequest[],
  nameTerms: string[],
  terms: string[],
): Promise<void> {
  for (const signature of requests) {
    const sponsor = nameTerms.some((name) => sameText(signature.sponsorName, name));
    const data = {
      sponsorName: sponsor ? "" : replaceTerms(signature.sponsorName, terms),
      sponsorRole: sponsor ? "" : signature.sponsorRole,
      pledge: replaceTerms(signature.pledge, terms),
      reason: replaceTerms(signature.reason, terms),
      requestedById: signature.requestedById === userId ? null : signature.requestedById,
    };
    await tx.charterSignature.update({ where: { id: signature.id }, data });
  }
}

/** An erased organisation's charter requests keep only whether and when it signed. */
export async function anonymiseCharterRequests(tx: Tx, organisationId: string): Promise<void> {
  await tx.charterSignature.updateMany({
    where: { organisationId },
    data: { sponsorName: "", sponsorRole: "", pledge: "", reason: "", requestedById: null },
  });
}
