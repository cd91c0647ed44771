import { memberEmails } from "../../platform/recipients.js";
import type { Clock } from "../../platform/clock.js";
import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Prisma } from "../../platform/db/index.js";
import type { DecisionsDeps, Refused } from "./deps.js";
import { loadApplication, type LoadedApplication } from "./queries.js";
import type { AppealOutcomeInput } from "./schemas.js";

const ALREADY_RECORDED = "The outcome of this appeal has already been recorded.";
const OTHER_LIVE =
  "The organisation has started another application since this decision. An upheld appeal reopens this one for assessment, so the other application must be withdrawn first.";

/**
 * The lead records the appeal's outcome. An upheld appeal puts the application back in
 * assessment so that the lead can make a new decision.
 */
export async function decideAppeal(
  deps: DecisionsDeps,
  actor: Actor,
  applicationId: string,
  input: AppealOutcomeInput,
): Promise<"recorded" | Refused | null> {
  const application = await loadApplication(deps, applicationId);
  if (!application) return null;
  const appeal = application.decisions[0]?.appeal;
  if (!appeal) return { refused: "There is no appeal on this application." };
  if (appeal.outcome) return { refused: ALREADY_RECORDED };
  const done = await deps.prisma.$transaction((tx) =>
    record(tx, { actor, application, appealId: appeal.id, input, now: deps.now }),
  );
  if (done === "other-live") return { refused: OTHER_LIVE };
  if (!done) return { refused: ALREADY_RECORDED };
  await deps.mailer.send({
    to: await memberEmails(deps.prisma, application.organisationId),
    subject: `Outcome of your appeal on application ${application.reference ?? ""}`,
    template: "appeal-decided",
    context: {
      reference: application.reference,
      upheld: input.appealOutcome === "UPHELD",
      notes: input.outcomeNotes,
      applicationId,
    },
  });
  return "recorded";
}

/** False when somebody else recorded the outcome first. */
async function record(
  tx: Prisma.TransactionClient,
  outcome: {
    actor: Actor;
    application: LoadedApplication;
    appealId: string;
    input: AppealOutcomeInput;
    now: Clock;
  },
): Promise<boolean | "other-live"> {
  const { actor, application, appealId, input } = outcome;
  const upheld = input.appealOutcome === "UPHELD";
  if (upheld) {
    // The application becomes live again, and an organisation has one live application
    // at a time: one started since the decision must be withdrawn first.
    const other = await tx.application.findFirst({
      where: { liveKey: application.organisationId, id: { not: application.id } },
      select: { reference: true },
    });
    if (other) return "other-live";
  }
  const changed = await tx.appeal.updateMany({
    where: { id: appealId, outcome: null },
    data: {
      outcome: input.appealOutcome,
      outcomeNotes: input.outcomeNotes,
      decidedById: actor.id,
      decidedAt: outcome.now(),
    },
  });
  if (changed.count === 0) return false;
  if (upheld) {
    await tx.application.update({
      where: { id: application.id },
      data: { status: "IN_ASSESSMENT", liveKey: application.organisationId },
    });
  }
  await recordAudit(tx, actor.id, "appeal.decide", ["Application", application.id], {
    before: { appealId, outcome: null, status: application.status },
    after: {
      appealId,
      outcome: input.appealOutcome,
      notes: input.outcomeNotes,
      status: upheld ? "IN_ASSESSMENT" : application.status,
    },
  });
  return true;
}
