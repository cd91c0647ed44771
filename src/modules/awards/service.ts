import type { Actor } from "../../platform/auth.js";
import { ORGANISATION_TYPES, PLACES } from "../programme/index.js";
import { certificate, certificatePdf } from "./certificate.js";
import type { AwardsDeps } from "./deps.js";
import { setListing } from "./listing.js";
import { forLead, revoke } from "./revoke.js";
import { verify } from "./verify.js";
import { verificationUrl, type CertificateView } from "./views.js";

export { normaliseCode } from "./verify.js";
export type { VerificationState } from "./views.js";

export function createAwardsService(deps: AwardsDeps) {
  return {
    verificationUrl: (code: string) => verificationUrl(deps, code),
    certificate: (user: { id: string; role: string }, awardId: string) => certificate(deps, user, awardId),
    certificatePdf: (view: CertificateView) => certificatePdf(view),
    verify: (rawCode: string) => verify(deps, rawCode),
    forLead: (awardId: string) => forLead(deps, awardId),
    revoke: (actor: Actor, awardId: string, reason: string) => revoke(deps, actor, awardId, reason),
    setListing: (userId: string, awardId: string, listed: boolean) => setListing(deps, userId, awardId, listed),
    labels: { places: PLACES, sectors: ORGANISATION_TYPES },
  };
}

export type AwardsService = ReturnType<typeof createAwardsService>;
