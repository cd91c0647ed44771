// Awards: what was awarded on an application, and whether it is on the public register.
import { splitList } from "../../../platform/text.js";
import type { LoadedApplication } from "./applications.js";
import { iso } from "./format.js";

export function awardRecord(application: LoadedApplication) {
  const award = application.award;
  if (!award) return [];
  return [
    {
      id: award.id,
      applicationId: application.id,
      applicationReference: application.reference,
      organisationName: award.organisationName,
      themes: splitList(award.themes),
      awardedAt: iso(award.awardedAt),
      expiresAt: iso(award.expiresAt),
      status: award.status,
      certificateCode: award.certificateCode,
      revokedAt: iso(award.revokedAt),
      revocationReason: award.revocationReason,
      listedOnRegister: award.listedOnRegister,
      listingChangedAt: iso(award.listingChangedAt),
    },
  ];
}
