import { tellLeads } from "../../platform/recipients.js";
import { recordAudit } from "../../platform/audit.js";
import type { FieldErrors } from "../../platform/validation.js";
import type { CharterDeps } from "./deps.js";
import type { SignRequestInput } from "./schemas.js";

/** Organisations the person owns, with where each stands with the charter. */
export async function ownedOrganisations(deps: CharterDeps, userId: string) {
  const memberships = await deps.prisma.membership.findMany({
    where: { userId, isOwner: true },
    include: {
      organisation: { include: { charterSignatures: { where: { status: { in: ["PENDING", "APPROVED"] } } } } },
    },
    orderBy: { createdAt: "asc" },
  });
  return memberships.map((m) => ({
    id: m.organisation.id,
    name: m.organisation.name,
    status: m.organisation.charterSignatures[0]?.status ?? null,
  }));
}

/**
 * An owner asks for their organisation to sign the charter. An organisation has one request
 * open at a time, pending or approved.
 */
export async function request(
  deps: CharterDeps,
  userId: string,
  input: SignRequestInput,
): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
  const membership = await deps.prisma.membership.findFirst({
    where: { userId, organisationId: input.organisationId, isOwner: true },
  });
  if (!membership) return { ok: false, errors: { organisationId: "Select an organisation you own" } };
  const result = await deps.prisma.$transaction(async (tx) => {
    const open = await tx.charterSignature.findFirst({
      where: { organisationId: input.organisationId, status: { in: ["PENDING", "APPROVED"] } },
    });
    if (open) {
      return {
        ok: false as const,
        errors: {
          organisationId:
            open.status === "APPROVED"
              ? "This organisation has already signed the charter"
              : "This organisation has already asked to sign: the programme lead will reply",
        },
      };
    }
    const created = await tx.charterSignature.create({
      data: {
        organisationId: input.organisationId,
        requestedById: userId,
        sponsorName: input.sponsorName,
        sponsorRole: input.sponsorRole,
        pledge: input.pledge,
      },
    });
    await recordAudit(tx, userId, "charter.request", ["CharterSignature", created.id], { after: input });
    return { ok: true as const, id: created.id };
  });
  if (result.ok) {
    const organisation = await deps.prisma.organisation.findUnique({ where: { id: input.organisationId } });
    await tellLeads(deps, {
      subject: `${organisation?.name ?? "An organisation"} has asked to sign the charter`,
      template: "charter-request-lead",
      context: { organisationName: organisation?.name, sponsorName: input.sponsorName, signatureId: result.id },
    });
  }
  return result;
}
