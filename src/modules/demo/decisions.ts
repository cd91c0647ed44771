// The lead's part: decisions with their feedback, appeals, and the awards an Awarded decision grants.
import { joinList } from "../../platform/text.js";
import { addWorkingDays, ukDate } from "../../platform/working-days.js";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, newCertificateCode } from "../decisions/index.js";
import { DEFAULT_SETTINGS } from "../settings/index.js";
import { addYears, daysBefore, type DemoContext } from "./context.js";
import type { ApplicationTarget } from "./applications.js";
import { APPEAL, FEEDBACK } from "./stories.js";

const OUTCOMES = {
  awarded: "AWARDED",
  "not-awarded": "NOT_AWARDED",
  "revisions-requested": "REVISIONS_REQUESTED",
} as const;
const HOLIDAYS: ReadonlySet<string> = new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);

/** Counts of what was written, for the seed's audit record. */
export interface DecisionCounts {
  decisions: number;
  awards: number;
  appeals: number;
}

/** The decision on a decided application, and its appeal or award; nothing for the others. */
export async function writeDecision(
  ctx: DemoContext,
  target: ApplicationTarget,
  applicationId: string,
  counts: DecisionCounts,
): Promise<void> {
  const { app, org, written, order } = target;
  if (app.stage !== "awarded" && app.stage !== "not-awarded" && app.stage !== "revisions-requested") return;
  const outcome = OUTCOMES[app.stage];
  const decidedAt = daysBefore(ctx.now, app.decided!);
  const { appealWorkingDays, validityYears } = DEFAULT_SETTINGS.award;
  const recognised = outcome === "AWARDED" ? app.themes : [];
  const decision = await ctx.tx.decision.create({
    data: {
      applicationId,
      outcome,
      recognisedThemes: joinList(recognised),
      feedback: FEEDBACK[outcome],
      scoresPublished: order % 2 === 0,
      decidedById: ctx.leadId,
      decidedAt,
      appealBy: outcome === "NOT_AWARDED" ? addWorkingDays(ukDate(decidedAt), appealWorkingDays, HOLIDAYS) : null,
    },
  });
  counts.decisions += 1;
  if (app.appeal) {
    const dismissed = app.appeal === "dismissed";
    await ctx.tx.appeal.create({
      data: {
        decisionId: decision.id,
        applicationId,
        reason: APPEAL.reason,
        submittedById: written.ownerId,
        submittedAt: daysBefore(ctx.now, app.decided! - 3),
        ...(dismissed
          ? {
              outcome: "DISMISSED" as const,
              outcomeNotes: APPEAL.dismissed,
              decidedById: ctx.leadId,
              decidedAt: daysBefore(ctx.now, app.decided! - 15),
            }
          : {}),
      },
    });
    counts.appeals += 1;
  }
  if (outcome !== "AWARDED") return;
  const expiresAt = addYears(decidedAt, validityYears);
  await ctx.tx.award.create({
    data: {
      applicationId,
      organisationId: written.id,
      decisionId: decision.id,
      organisationName: org.name,
      themes: joinList(recognised),
      awardedAt: decidedAt,
      expiresAt,
      certificateCode: newCertificateCode(ctx.random),
      status: awardStatus(app, expiresAt, ctx.now),
      ...(app.revoked !== undefined
        ? { revokedAt: daysBefore(ctx.now, app.revoked), revokedById: ctx.leadId, revocationReason: REVOKED_BECAUSE }
        : {}),
      listedOnRegister: app.listed === true,
      listingChangedAt: app.listed ? daysBefore(ctx.now, app.decided! - 2) : null,
    },
  });
  counts.awards += 1;
  if (app.revoked !== undefined) {
    await ctx.tx.application.update({ where: { id: applicationId }, data: { status: "REVOKED" } });
  }
}

const REVOKED_BECAUSE =
  "The allotment's community programme closed, so the evidence the award was granted on no longer holds.";

function awardStatus(app: { revoked?: number }, expiresAt: Date, now: Date) {
  if (app.revoked !== undefined) return "REVOKED" as const;
  return expiresAt <= now ? ("EXPIRED" as const) : ("CURRENT" as const);
}
