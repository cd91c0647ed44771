import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import { joinList } from "../../platform/text.js";
import { validate, type FieldErrors } from "../../platform/validation.js";
import { applicantContext, type ApplicantContext } from "./applicant.js";
import type { ApplicationsDeps } from "./deps.js";
import { isUniqueViolation } from "./queries.js";
import { eligibilitySchema, type EligibilityAnswers } from "./schemas.js";

export type Ineligibility = "organisation-type" | "places" | "authority";

export type Eligibility =
  { errors: FieldErrors } | { eligible: true } | { ineligible: Ineligibility; answers: EligibilityAnswers };

export type StartOutcome =
  | { outcome: "started"; id: string }
  | { outcome: "live"; id: string }
  | { outcome: "invalid"; errors: FieldErrors; applications: ApplicantContext["applications"] }
  | { outcome: "ineligible"; reason: Ineligibility }
  | { outcome: "no-organisation" };

export function checkEligibility(input: unknown): Eligibility {
  const answers = validate(eligibilitySchema, input);
  if (!answers.ok) return { errors: answers.errors };
  if (answers.data.organisationType === "NONE") return { ineligible: "organisation-type", answers: answers.data };
  if (answers.data.worksInPlaces === "no") return { ineligible: "places", answers: answers.data };
  if (answers.data.authorised === "no") return { ineligible: "authority", answers: answers.data };
  return { eligible: true };
}

/**
 * Starts an application for the user's organisation once the eligibility answers allow it, with
 * its details filled in from the organisation's profile. If one is already live, that one is the
 * answer instead, whatever the answers say.
 */
export async function start(deps: ApplicationsDeps, actor: Actor, eligibilityAnswers: unknown): Promise<StartOutcome> {
  const context = await applicantContext(deps, actor.id);
  if (!context) return { outcome: "no-organisation" };
  if (context.liveApplicationId) return { outcome: "live", id: context.liveApplicationId };
  const eligibility = checkEligibility(eligibilityAnswers);
  if ("errors" in eligibility) {
    return { outcome: "invalid", errors: eligibility.errors, applications: context.applications };
  }
  if ("ineligible" in eligibility) return { outcome: "ineligible", reason: eligibility.ineligible };
  const started = await createFor(deps, actor);
  return started ? { outcome: "started", id: started.id } : { outcome: "no-organisation" };
}

async function createFor({ prisma }: ApplicationsDeps, actor: Actor): Promise<{ id: string } | null> {
  const membership = await prisma.membership.findFirst({
    where: { userId: actor.id },
    orderBy: { createdAt: "asc" },
    include: { organisation: { include: { places: true } } },
  });
  if (!membership) return null;
  const organisation = membership.organisation;
  try {
    return await prisma.$transaction(async (tx) => {
      const application = await tx.application.create({
        data: {
          organisationId: organisation.id,
          liveKey: organisation.id,
          createdById: actor.id,
          orgName: organisation.name,
          orgType: organisation.type,
          orgRegistrationNumber: organisation.registrationNumber ?? "",
          orgAddressLine1: organisation.addressLine1,
          orgAddressLine2: organisation.addressLine2,
          orgTown: organisation.town,
          orgPostcode: organisation.postcode,
          orgPlaces: joinList(organisation.places.map((p) => p.place)),
          orgSizeBand: organisation.sizeBand ?? "",
          orgWebsite: organisation.website ?? "",
        },
      });
      await recordAudit(tx, actor.id, "application.start", ["Application", application.id], {
        after: { organisationId: organisation.id },
      });
      return { id: application.id };
    });
  } catch (error) {
    // Another member started one at the same moment: theirs is the live one.
    if (!isUniqueViolation(error)) throw error;
    return prisma.application.findFirst({ where: { liveKey: organisation.id }, select: { id: true } });
  }
}
