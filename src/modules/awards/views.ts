import type { Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { THEMES, labelOf } from "../programme/index.js";
import type { AwardsDeps } from "./deps.js";

export type VerificationState = "CURRENT" | "REVOKED" | "EXPIRED" | "UNKNOWN";

/** Whether the award stands at the given time: an award past its expiry date has expired. */
export function stateOf(award: { status: string; expiresAt: Date }, at: Date): Exclude<VerificationState, "UNKNOWN"> {
  if (award.status === "REVOKED") return "REVOKED";
  if (award.status === "EXPIRED" || award.expiresAt <= at) return "EXPIRED";
  return "CURRENT";
}

export const themeLabels = (themes: string) => splitList(themes).map((t) => labelOf(THEMES, t));

/** The public certificate check, where anyone can enter a certificate's code. */
export const checkUrl = (deps: AwardsDeps) => `${deps.baseUrl}/verify`;
export const verificationUrl = (deps: AwardsDeps, code: string) => `${checkUrl(deps)}/${code}`;

export function certificateView(deps: AwardsDeps, award: Prisma.AwardGetPayload<object>) {
  return {
    id: award.id,
    applicationId: award.applicationId,
    organisationName: award.organisationName,
    themes: themeLabels(award.themes),
    awardedAt: award.awardedAt,
    expiresAt: award.expiresAt,
    code: award.certificateCode,
    verificationUrl: verificationUrl(deps, award.certificateCode),
    checkUrl: checkUrl(deps),
    state: stateOf(award, deps.now()),
    revokedAt: award.revokedAt,
    revocationReason: award.revocationReason,
    listedOnRegister: award.listedOnRegister,
  };
}
export type CertificateView = ReturnType<typeof certificateView>;
