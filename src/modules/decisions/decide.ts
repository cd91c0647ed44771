import { memberEmails } from "../../platform/recipients.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Prisma } from "../../platform/db/index.js";
import type { Random } from "../../platform/random.js";
import { joinList } from "../../platform/text.js";
import { addWorkingDays, ukDate } from "../../platform/working-days.js";
import { createAward } from "./awarding.js";
import type { DecisionsDeps, Refused } from "./deps.js";
import { holidays, loadApplication, type LoadedApplication } from "./queries.js";
import { blockToDeciding, checkDecision } from "./rules.js";
import type { DecisionInput } from "./schemas.js";
import { OUTCOME_WORDS, themeLabel } from "./views.js";

/** A decision as it is recorded: the lead's answers and what follows from them. */
interface Recording {
  actor: Actor;
  application: LoadedApplication;
  input: DecisionInput;
  recognised: string[];
  decidedAt: Date;
  /** The last day to appeal, for a Not awarded decision. */
  appealBy: string | null;
  validityYears: number;
}

/**
 * The lead decides an application in assessment. A Not awarded decision can be appealed within
 * the working days the settings allow; an Awarded one grants the award.
 */
export async function decide(
  deps: DecisionsDeps,
  actor: Actor,
  applicationId: string,
  input: DecisionInput,
): Promise<Refused | { errors: Record<string, string> } | { decided: string } | null> {
  const application = await loadApplication(deps, applicationId);
  if (!application) return null;
  const blocked = blockToDeciding(application);
  if (blocked) return { refused: blocked };
  const { recognised, errors } = checkDecision(application, input);
  if (Object.keys(errors).length > 0) return { errors };

  const settings = await deps.settings.all();
  const decidedAt = deps.now();
  const appealBy =
    input.outcome === "NOT_AWARDED"
      ? addWorkingDays(ukDate(decidedAt), settings.award.appealWorkingDays, await holidays(deps))
      : null;
  const recording = {
    actor,
    application,
    input,
    recognised,
    decidedAt,
    appealBy,
    validityYears: settings.award.validityYears,
  };
  const result = await deps.prisma.$transaction((tx) => record(tx, recording, deps.random));
  if (!result) return { refused: "Only an application in assessment can be decided." };
  await tellOrganisation(deps, recording, result.award?.id);
  return { decided: input.outcome };
}

/** Null when the application left assessment since it was read: somebody else decided first. */
async function record(tx: Prisma.TransactionClient, recording: Recording, random: Random) {
  const { actor, application, input, recognised, decidedAt, appealBy } = recording;
  const applicationId = application.id;
  const closing = input.outcome === "AWARDED" || input.outcome === "NOT_AWARDED";
  const moved = await tx.application.updateMany({
    where: { id: applicationId, status: "IN_ASSESSMENT" },
    data: {
      status: input.outcome,
      ...(closing ? { liveKey: null } : {}),
      secondAssessorNeeded: false,
    },
  });
  if (moved.count === 0) return null;
  const decision = await tx.decision.create({
    data: {
      applicationId,
      outcome: input.outcome,
      recognisedThemes: input.outcome === "REVISIONS_REQUESTED" ? "" : joinList(recognised),
      feedback: input.feedback,
      scoresPublished: input.scoresPublished,
      decidedById: actor.id,
      decidedAt,
      appealBy,
    },
  });
  // Revisions start a new round: the organisation resubmits and the lead assigns again.
  // Otherwise nobody still waiting to declare or score is needed any more.
  await tx.assignment.updateMany({
    where: {
      applicationId,
      status: { in: ["AWAITING_DECLARATION", "ACTIVE"] },
      ...(input.outcome === "REVISIONS_REQUESTED" ? {} : { reviewStatus: { not: "SUBMITTED" } }),
    },
    data: { status: "CLOSED", openKey: null, closedAt: decidedAt },
  });
  await recordAudit(tx, actor.id, "decision.record", ["Application", applicationId], {
    before: { status: application.status },
    after: {
      status: input.outcome,
      decisionId: decision.id,
      recognisedThemes: recognised,
      scoresPublished: input.scoresPublished,
      appealBy,
    },
  });
  const award =
    input.outcome === "AWARDED"
      ? await createAward(tx, { ...recording, decisionId: decision.id, awardedAt: decidedAt, random })
      : null;
  return { decision, award };
}

async function tellOrganisation(deps: DecisionsDeps, recording: Recording, awardId: string | undefined) {
  const { application, input, recognised, appealBy } = recording;
  await deps.mailer.send({
    to: await memberEmails(deps.prisma, application.organisationId),
    subject: `Decision on application ${application.reference ?? ""}: ${OUTCOME_WORDS[input.outcome]}`,
    template: "decision-made",
    context: {
      reference: application.reference,
      organisationName: application.orgName,
      outcome: input.outcome,
      outcomeText: OUTCOME_WORDS[input.outcome],
      recognisedThemes: recognised.map(themeLabel),
      feedback: input.feedback,
      appealBy,
      applicationId: application.id,
      awardId,
    },
  });
}
