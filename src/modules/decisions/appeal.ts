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
  await tellLeads(deps, application, reason);
  return "appealed";
}

async function tellLeads(deps: DecisionsDeps, application: LoadedApplication, reason: string) {
  const leads = await deps.prisma.user.findMany({ where: { role: "PROGRAMME_LEAD", active: true } });
  if (leads.length === 0) return;
  await deps.mailer.send({
    to: leads.map((l) => l.email),
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
