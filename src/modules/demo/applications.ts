import { joinList } from "../../platform/text.js";
import type { APPLICATION_STATUSES } from "../programme/index.js";
import { daysBefore, type DemoContext } from "./context.js";
import type { WrittenOrganisation } from "./organisation-writer.js";
import type { DemoApplication, DemoOrganisation, DemoStage } from "./plan.js";
import { THEME_STORIES, WITHDRAWAL_REASON } from "./stories.js";

type Status = (typeof APPLICATION_STATUSES)[number]["value"];

const STATUS: Record<DemoStage, Status> = {
  draft: "DRAFT",
  submitted: "SUBMITTED",
  "awaiting-declaration": "IN_ASSESSMENT",
  scoring: "IN_ASSESSMENT",
  borderline: "IN_ASSESSMENT",
  ready: "IN_ASSESSMENT",
  "revisions-requested": "REVISIONS_REQUESTED",
  awarded: "AWARDED",
  "not-awarded": "NOT_AWARDED",
  withdrawn: "WITHDRAWN",
};
const LIVE: ReadonlySet<Status> = new Set(["DRAFT", "SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"]);
const HOUR_MS = 3_600_000;
const PEOPLE_PER_SIZE = { MICRO: 0.25, SMALL: 0.5, MEDIUM: 1, LARGE: 3 } as const;

/** One application of the demo, with what the seed has worked out for it. */
export interface ApplicationTarget {
  org: DemoOrganisation;
  written: WrittenOrganisation;
  app: DemoApplication;
  /** Its place among the demo's applications, which shares out the stories and the scores. */
  order: number;
  reference: string | null;
  copiedFromId: string | null;
}

/** Days ago the application was started: three weeks before it was submitted, unless given. */
export function startedDaysAgo(app: DemoApplication): number {
  return app.started ?? (app.submitted ?? 0) + 21;
}

const later = (date: Date, hours: number) => new Date(date.getTime() + hours * HOUR_MS);

/**
 * The application as its organisation filled it in: every section completed once it was submitted
 * (or when a draft is `complete`), otherwise the details and themes done and the first theme begun.
 */
export async function writeApplication(ctx: DemoContext, target: ApplicationTarget): Promise<string> {
  const { org, written, app } = target;
  const status = STATUS[app.stage];
  const startedAt = daysBefore(ctx.now, startedDaysAgo(app));
  const submittedAt = app.submitted === undefined ? null : daysBefore(ctx.now, app.submitted);
  const withdrawnAt = app.withdrawn === undefined ? null : daysBefore(ctx.now, app.withdrawn);
  const complete = submittedAt !== null || app.complete === true;
  const [owner, ownerRole] = org.owner;
  const declared = submittedAt ? later(submittedAt, -1) : later(startedAt, 72);
  const application = await ctx.tx.application.create({
    data: {
      organisationId: written.id,
      reference: target.reference,
      liveKey: LIVE.has(status) ? written.id : null,
      status,
      orgName: org.name,
      orgType: org.type,
      orgAddressLine1: org.address[0],
      orgTown: org.address[1],
      orgPostcode: org.address[2],
      orgPlaces: joinList(org.places),
      orgSizeBand: org.size,
      orgWebsite: written.website ?? "",
      orgDetailsStartedAt: startedAt,
      orgDetailsCompletedAt: later(startedAt, 0.2),
      orgDetailsVersion: 1,
      chosenThemes: joinList(app.themes),
      themesStartedAt: later(startedAt, 0.3),
      themesCompletedAt: later(startedAt, 0.3),
      themesVersion: 1,
      ...(complete
        ? {
            declarationName: owner,
            declarationRole: ownerRole,
            declarationConfirmed: true,
            declarationStartedAt: declared,
            declarationCompletedAt: declared,
            declarationVersion: 1,
          }
        : {}),
      createdById: written.ownerId,
      submittedAt,
      submittedById: submittedAt ? written.ownerId : null,
      withdrawnAt,
      withdrawnById: withdrawnAt ? written.ownerId : null,
      withdrawalReason: withdrawnAt ? WITHDRAWAL_REASON : "",
      copiedFromId: target.copiedFromId,
      createdAt: startedAt,
      secondAssessorNeeded: app.stage === "borderline",
      themes: { create: themeRows(target, startedAt, complete) },
    },
  });
  return application.id;
}

/** Each chosen theme's answers, from the stories; an unfinished application has begun only its first. */
function themeRows(target: ApplicationTarget, startedAt: Date, complete: boolean) {
  const { org, app, order, written } = target;
  return app.themes.map((theme, index) => {
    if (!complete && index > 0) return { theme };
    const story = THEME_STORIES[theme][(order + index) % THEME_STORIES[theme].length]!;
    const begun = later(startedAt, 24 * (index + 1));
    const workStarted = later(startedAt, -24 * 330);
    const stakeholders = Math.max(5, Math.round(story.stakeholders * PEOPLE_PER_SIZE[org.size]));
    return {
      theme,
      whatChanged: story.whatChanged,
      startedAt: begun,
      version: 1,
      updatedById: written.ownerId,
      ...(complete
        ? {
            difference: story.difference,
            stakeholderCount: String(stakeholders),
            places: joinList(org.places),
            startMonth: String(workStarted.getUTCMonth() + 1),
            startYear: String(workStarted.getUTCFullYear()),
            marmotPrinciples: joinList(story.marmot),
            completedAt: begun,
          }
        : {}),
    };
  });
}
