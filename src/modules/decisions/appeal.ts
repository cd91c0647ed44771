import { tellLeads, tellMembers } from "../../platform/recipients.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import { onOrBefore } from "../../platform/working-days.js";
import type { DecisionsDeps, Refused } from "./deps.js";
import { isMember, loadApplication, type LoadedApplication } from "./queries.js";

const ALREADY_APPEALED = "This decision has already been appealed.";

/**
 * A member of the organisation appeals a Not awarded decision, once, by the last day to appeal.
 * The programme leads are told.
 */
export async function appeal(
  deps: DecisionsDeps,
  actor: Actor,
  applicationId: string,
  reason: string,
): Promise<"appealed" | Refused | null> {
  if (!(await isMember(deps, actor.id, applicationId))) return null;
  const application = await loadApplication(deps, applicationId);
  if (!application) return null;
  const latest = application.decisions[0];
  if (!latest) return { refused: "There is no decision on this application to appeal." };
  if (latest.outcome !== "NOT_AWARDED") {
    return { refused: "Only a Not awarded decision can be appealed." };
  }
  if (latest.appeal) return { refused: ALREADY_APPEALED };
  if (!latest.appealBy || !onOrBefore(deps.now(), latest.appealBy)) {
    return { refused: "The time to appeal this decision has passed." };
  }
  try {
    await deps.prisma.$transaction(async (tx) => {
      const appeal = await tx.appeal.create({
        data: { decisionId: latest.id, applicationId, reason, submittedById: actor.id, submittedAt: deps.now() },
      });
      await recordAudit(tx, actor.id, "appeal.submit", ["Application", applicationId], {
        after: { appealId: appeal.id, decisionId: latest.id, reason },
      });
    });
  } catch (error) {
    // Two appeals sent at once: the decision's unique appeal lets only the first in.
    if ((error as { code?: string }).code === "P2002") return { refused: ALREADY_APPEALED };
    throw error;
  }
  await tellOfAppeal(deps, application, reason);
  return "appealed";
}

/** The leads are asked to record an outcome; the organisation is told its appeal has arrived. */
async function tellOfAppeal(deps: DecisionsDeps, application: LoadedApplication, reason: string) {
  await tellMembers(deps, application.organisationId, {
    subject: `We have received your appeal on ${application.reference ?? "your application"}`,
    template: "appeal-received",
    context: { reference: application.reference, reason, applicationId: application.id },
  });
  await tellLeads(deps, {
    subject: `Appeal against the decision on ${application.reference ?? "an application"}`,
    template: "appeal-submitted",
    context: {
      reference: application.reference,
      organisationName: application.orgName,
      reason,
      applicationId: application.id,
    },
  });
}
