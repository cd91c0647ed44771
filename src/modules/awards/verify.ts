import type { AwardsDeps } from "./deps.js";
import { stateOf, themeLabels } from "./views.js";

/** Codes are printed in groups; people may type them in any case, with or without dashes or spaces. */
export function normaliseCode(raw: string): string {
  const plain = raw.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return plain.match(/.{1,4}/g)?.join("-") ?? "";
}

/** Whether a code belongs to a genuine certificate, and whether that award stands today. */
export async function verify(deps: AwardsDeps, rawCode: string) {
  const code = normaliseCode(rawCode);
  const award = code ? await deps.prisma.award.findUnique({ where: { certificateCode: code } }) : null;
  if (!award) return { state: "UNKNOWN" as const, code };
  return {
    state: stateOf(award, deps.now()),
    code,
    organisationName: award.organisationName,
    themes: themeLabels(award.themes),
    awardedAt: award.awardedAt,
    expiresAt: award.expiresAt,
    revokedAt: award.revokedAt,
  };
}
