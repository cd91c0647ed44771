// A known data set for the dashboard: six organisations of different types in different places,
// applications in every status over the programme years 2024 to 2025 and 2025 to 2026, decisions
// with known days from submission, awards in each status, charter signatures on known dates, and
// assessors with open, submitted and closed reviews. Every figure the dashboard shows is written
// out below, worked out by hand from these rows.

import type { Db } from "../../src/platform/db/index.js";
import { createUser } from "../helpers/factories.js";

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

type Status = "DRAFT" | "SUBMITTED" | "IN_ASSESSMENT" | "REVISIONS_REQUESTED" | "AWARDED" | "NOT_AWARDED" | "WITHDRAWN";
type OrgType = "NHS_PROVIDER" | "LOCAL_AUTHORITY" | "VCFSE" | "BUSINESS" | "EDUCATION" | "EMERGENCY_SERVICE";
type Place =
  | "CHESHIRE_EAST"
  | "CHESHIRE_WEST_AND_CHESTER"
  | "HALTON"
  | "KNOWSLEY"
  | "LIVERPOOL"
  | "SEFTON"
  | "ST_HELENS"
  | "WARRINGTON"
  | "WIRRAL";
type Theme = "SOCIAL" | "ECONOMIC" | "ENVIRONMENT" | "INNOVATION";

export interface DataSet {
  assessors: { ann: string; bob: string; cat: string };
}

export async function buildDataSet(prisma: Db, now: Date): Promise<DataSet> {
  const organisations: Record<string, { id: string; type: OrgType; places: Place[] }> = {};
  const organisation = async (key: string, name: string, type: OrgType, places: Place[]) => {
    const row = await prisma.organisation.create({
      data: { name, type, places: { create: places.map((place) => ({ place })) } },
    });
    organisations[key] = { id: row.id, type, places };
  };
  await organisation("alpha", "Alpha NHS Trust", "NHS_PROVIDER", ["LIVERPOOL", "KNOWSLEY"]);
  await organisation("beta", "Beta Council", "LOCAL_AUTHORITY", ["WIRRAL"]);
  await organisation("gamma", "Gamma Charity", "VCFSE", ["LIVERPOOL", "SEFTON"]);
  await organisation("delta", "Delta Ltd", "BUSINESS", ["WARRINGTON"]);
  await organisation("epsilon", "Epsilon College", "EDUCATION", ["CHESHIRE_EAST", "CHESHIRE_WEST_AND_CHESTER"]);
  await organisation("zeta", "Zeta Fire and Rescue", "EMERGENCY_SERVICE", ["HALTON"]);

  let references = 0;
  const application = async (
    key: string,
    options: {
      status: Status;
      themes: Theme[];
      createdAt: Date;
      submittedAt?: Date;
      /** Theme rows started and then unchosen: they must not count. */
      unchosenRows?: Theme[];
    },
  ) => {
    const org = organisations[key]!;
    references += 1;
    const row = await prisma.application.create({
      data: {
        organisationId: org.id,
        reference: options.submittedAt ? `SVA-TEST-${String(references).padStart(4, "0")}` : null,
        status: options.status,
        orgName: `Organisation ${key}`,
        orgType: org.type,
        orgPlaces: org.places.join(","),
        chosenThemes: options.themes.join(","),
        createdById: "seed",
        createdAt: options.createdAt,
        submittedAt: options.submittedAt ?? null,
        themes: { create: [...options.themes, ...(options.unchosenRows ?? [])].map((theme) => ({ theme })) },
      },
    });
    return { id: row.id, organisationId: org.id };
  };
  const decision = (
    applicationId: string,
    outcome: "AWARDED" | "NOT_AWARDED" | "REVISIONS_REQUESTED",
    decidedAt: Date,
  ) => prisma.decision.create({ data: { applicationId, outcome, feedback: "Feedback.", decidedAt } });
  let certificates = 0;
  const award = async (
    app: { id: string; organisationId: string },
    decisionId: string,
    awardedAt: Date,
    expiresAt: Date,
    status: "CURRENT" | "EXPIRED" | "REVOKED",
  ) => {
    certificates += 1;
    await prisma.award.create({
      data: {
        applicationId: app.id,
        organisationId: app.organisationId,
        decisionId,
        organisationName: "Holder",
        themes: "SOCIAL",
        awardedAt,
        expiresAt,
        status,
        certificateCode: `DASH-0000-0000-${String(certificates).padStart(4, "0")}`,
      },
    });
  };

  // Programme year 2024 to 2025 (1 April 2024 to 31 March 2025)
  const a1 = await application("alpha", {
    status: "AWARDED",
    themes: ["SOCIAL", "ECONOMIC"],
    createdAt: at("2024-04-20T09:00:00Z"),
    submittedAt: at("2024-05-01T10:00:00Z"),
  });
  const a1Decision = await decision(a1.id, "AWARDED", at("2024-05-15T10:00:00Z")); // 14 days
  // Past its expiry date but not yet marked expired by the daily job.
  await award(a1, a1Decision.id, at("2024-05-15T10:00:00Z"), at("2025-05-15T10:00:00Z"), "CURRENT");

  const a2 = await application("beta", {
    status: "NOT_AWARDED",
    themes: ["ENVIRONMENT"],
    createdAt: at("2024-05-20T09:00:00Z"),
    submittedAt: at("2024-06-03T09:00:00Z"),
  });
  await decision(a2.id, "NOT_AWARDED", at("2024-06-13T15:00:00Z")); // 10 days

  await application("gamma", {
    status: "WITHDRAWN",
    themes: ["SOCIAL"],
    createdAt: at("2024-09-01T09:00:00Z"),
    submittedAt: at("2024-09-10T09:00:00Z"),
  });

  // A draft, never submitted: counts by status in the year it was started, and nowhere else.
  await application("delta", { status: "DRAFT", themes: ["INNOVATION"], createdAt: at("2025-01-20T09:00:00Z") });

  const a5 = await application("epsilon", {
    status: "AWARDED",
    themes: ["INNOVATION"],
    createdAt: at("2025-03-01T09:00:00Z"),
    submittedAt: at("2025-03-20T12:00:00Z"),
  });
  // 23:30 on 31 March in UK summer time: still the programme year 2024 to 2025. 11 days.
  const a5Decision = await decision(a5.id, "AWARDED", at("2025-03-31T22:30:00Z"));
  // Revoked: not counted among awards expiring soon, although its expiry date is close.
  await award(a5, a5Decision.id, at("2025-03-31T22:30:00Z"), new Date(now.getTime() + 30 * DAY), "REVOKED");

  // Programme year 2025 to 2026 (1 April 2025 to 31 March 2026)
  // 00:30 on 1 April in UK summer time (still 31 March in UTC): the programme year 2025 to 2026.
  const b1 = await application("zeta", {
    status: "IN_ASSESSMENT",
    themes: ["SOCIAL"],
    createdAt: at("2025-03-25T09:00:00Z"),
    submittedAt: at("2025-03-31T23:30:00Z"),
  });

  const b2 = await application("gamma", {
    status: "AWARDED",
    themes: ["SOCIAL", "ENVIRONMENT"],
    createdAt: at("2025-05-01T09:00:00Z"),
    submittedAt: at("2025-06-02T10:00:00Z"),
  });
  const b2Decision = await decision(b2.id, "AWARDED", at("2025-06-09T10:00:00Z")); // 7 days
  // Expires within six months of today.
  await award(b2, b2Decision.id, at("2025-06-09T10:00:00Z"), new Date(now.getTime() + 90 * DAY), "CURRENT");

  // Revisions were requested, then it was resubmitted: the first decision is counted, not measured.
  const b3 = await application("beta", {
    status: "SUBMITTED",
    themes: ["ECONOMIC"],
    createdAt: at("2025-07-01T09:00:00Z"),
    submittedAt: at("2025-09-01T10:00:00Z"),
    unchosenRows: ["SOCIAL"],
  });
  await decision(b3.id, "REVISIONS_REQUESTED", at("2025-08-01T10:00:00Z"));

  // Not awarded, appealed and upheld, then awarded: only the first decision is measured (20 days).
  const b4 = await application("delta", {
    status: "AWARDED",
    themes: ["ECONOMIC", "INNOVATION"],
    createdAt: at("2025-09-15T09:00:00Z"),
    submittedAt: at("2025-10-06T10:00:00Z"),
  });
  await decision(b4.id, "NOT_AWARDED", at("2025-10-26T10:00:00Z"));
  const b4Second = await decision(b4.id, "AWARDED", at("2025-11-20T10:00:00Z"));
  // Expires in seven months: not soon.
  await award(b4, b4Second.id, at("2025-11-20T10:00:00Z"), new Date(now.getTime() + 213 * DAY), "CURRENT");

  // Started in the programme year 2024 to 2025, submitted in 2025 to 2026: counts in the later one.
  const b5 = await application("epsilon", {
    status: "AWARDED",
    themes: ["INNOVATION"],
    createdAt: at("2024-12-01T09:00:00Z"),
    submittedAt: at("2026-01-05T10:00:00Z"),
  });
  const b5Decision = await decision(b5.id, "AWARDED", at("2026-02-02T10:00:00Z")); // 28 days
  await award(b5, b5Decision.id, at("2026-02-02T10:00:00Z"), at("2026-06-01T10:00:00Z"), "EXPIRED");

  await application("alpha", { status: "DRAFT", themes: ["SOCIAL"], createdAt: at("2025-12-01T09:00:00Z") });

  // Charter signatures
  const signature = (
    key: string,
    status: "PENDING" | "APPROVED" | "DECLINED" | "REMOVED",
    signedAt: Date | null,
    decidedAt: Date | null,
  ) =>
    prisma.charterSignature.create({
      data: {
        organisationId: organisations[key]!.id,
        sponsorName: "Sponsor",
        sponsorRole: "Chief executive",
        pledge: "We pledge.",
        status,
        signedAt,
        decidedAt,
      },
    });
  await signature("zeta", "APPROVED", at("2019-07-01T10:00:00Z"), at("2019-07-01T10:00:00Z"));
  await signature("alpha", "APPROVED", at("2024-04-15T10:00:00Z"), at("2024-04-15T10:00:00Z"));
  await signature("beta", "APPROVED", at("2024-07-01T10:00:00Z"), at("2024-07-01T10:00:00Z"));
  // Signed in August 2024, removed in May 2025.
  await signature("gamma", "REMOVED", at("2024-08-20T10:00:00Z"), at("2025-05-10T10:00:00Z"));
  await signature("delta", "APPROVED", at("2025-05-03T10:00:00Z"), at("2025-05-03T10:00:00Z"));
  await signature("epsilon", "APPROVED", at("2025-05-28T10:00:00Z"), at("2025-05-28T10:00:00Z"));
  await signature("zeta", "PENDING", null, null);
  await signature("delta", "DECLINED", null, at("2025-06-01T10:00:00Z"));

  // Assessors and their reviews
  const ann = await createUser(prisma, {
    role: "ASSESSOR",
    fullName: "Ann Assessor",
    email: "ann@assessors.example.net",
  });
  const bob = await createUser(prisma, {
    role: "ASSESSOR",
    fullName: "Bob Assessor",
    email: "bob@assessors.example.net",
  });
  const cat = await createUser(prisma, {
    role: "ASSESSOR",
    fullName: "Cat Assessor",
    email: "cat@assessors.example.net",
  });
  await createUser(prisma, {
    role: "ASSESSOR",
    fullName: "Dan Departed",
    active: false,
    email: "dan@assessors.example.net",
  });
  const assignment = (
    applicationId: string,
    assessorId: string,
    status: "AWAITING_DECLARATION" | "ACTIVE" | "CONFLICT_DECLARED" | "CLOSED",
    reviewStatus: "NOT_STARTED" | "DRAFT" | "SUBMITTED",
    assignedAt: Date,
  ) => prisma.assignment.create({ data: { applicationId, assessorId, status, reviewStatus, assignedAt } });
  const ago = (days: number, hours: number) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
  await assignment(b1.id, ann.id, "ACTIVE", "NOT_STARTED", ago(10, 1));
  await assignment(b3.id, ann.id, "AWAITING_DECLARATION", "NOT_STARTED", ago(3, 0));
  await assignment(b1.id, bob.id, "ACTIVE", "SUBMITTED", ago(20, 0));
  await assignment(b4.id, bob.id, "CLOSED", "NOT_STARTED", ago(60, 0));
  await assignment(b3.id, cat.id, "ACTIVE", "DRAFT", ago(5, 2));
  // Open, but the application has been decided: not workload.
  await assignment(a2.id, cat.id, "ACTIVE", "DRAFT", ago(400, 0));
  await assignment(b1.id, cat.id, "CONFLICT_DECLARED", "NOT_STARTED", ago(2, 0));

  return { assessors: { ann: ann.id, bob: bob.id, cat: cat.id } };
}

const zeros = { ST_HELENS: 0 };

/** Every figure, by hand. */
export const EXPECTED = {
  all: {
    applications: 11,
    submitted: 9,
    byStatus: {
      DRAFT: 2,
      SUBMITTED: 1,
      IN_ASSESSMENT: 1,
      REVISIONS_REQUESTED: 0,
      AWARDED: 5,
      NOT_AWARDED: 1,
      WITHDRAWN: 1,
      REVOKED: 0,
    },
    byTheme: { SOCIAL: 4, ECONOMIC: 3, ENVIRONMENT: 2, INNOVATION: 3 },
    byPlace: {
      ...zeros,
      CHESHIRE_EAST: 2,
      CHESHIRE_WEST_AND_CHESTER: 2,
      HALTON: 1,
      KNOWSLEY: 1,
      LIVERPOOL: 3,
      SEFTON: 2,
      WARRINGTON: 1,
      WIRRAL: 2,
    },
    bySector: {
      NHS_PROVIDER: 1,
      INTEGRATED_CARE_BOARD: 0,
      LOCAL_AUTHORITY: 2,
      VCFSE: 2,
      EMERGENCY_SERVICE: 1,
      EDUCATION: 2,
      BUSINESS: 1,
      OTHER: 0,
    },
    decisions: { total: 8, AWARDED: 5, NOT_AWARDED: 2, REVISIONS_REQUESTED: 1, measured: 6, median: 12.5 },
    awards: { granted: 5, current: 2, expired: 2, revoked: 1 },
    awardsByPlace: {
      ...zeros,
      CHESHIRE_EAST: 2,
      CHESHIRE_WEST_AND_CHESTER: 2,
      HALTON: 0,
      KNOWSLEY: 1,
      LIVERPOOL: 2,
      SEFTON: 1,
      WARRINGTON: 1,
      WIRRAL: 0,
    },
    charter: { signed: 6, removed: 1, totalAtEnd: 5 },
  },
  year2025: {
    applications: 6,
    submitted: 5,
    byStatus: {
      DRAFT: 1,
      SUBMITTED: 1,
      IN_ASSESSMENT: 1,
      REVISIONS_REQUESTED: 0,
      AWARDED: 3,
      NOT_AWARDED: 0,
      WITHDRAWN: 0,
      REVOKED: 0,
    },
    byTheme: { SOCIAL: 2, ECONOMIC: 2, ENVIRONMENT: 1, INNOVATION: 2 },
    byPlace: {
      ...zeros,
      CHESHIRE_EAST: 1,
      CHESHIRE_WEST_AND_CHESTER: 1,
      HALTON: 1,
      KNOWSLEY: 0,
      LIVERPOOL: 1,
      SEFTON: 1,
      WARRINGTON: 1,
      WIRRAL: 1,
    },
    bySector: {
      NHS_PROVIDER: 0,
      INTEGRATED_CARE_BOARD: 0,
      LOCAL_AUTHORITY: 1,
      VCFSE: 1,
      EMERGENCY_SERVICE: 1,
      EDUCATION: 1,
      BUSINESS: 1,
      OTHER: 0,
    },
    decisions: { total: 5, AWARDED: 3, NOT_AWARDED: 1, REVISIONS_REQUESTED: 1, measured: 3, median: 20 },
    awards: { granted: 3, current: 2, expired: 1, revoked: 0 },
    awardsByPlace: {
      ...zeros,
      CHESHIRE_EAST: 1,
      CHESHIRE_WEST_AND_CHESTER: 1,
      HALTON: 0,
      KNOWSLEY: 0,
      LIVERPOOL: 1,
      SEFTON: 1,
      WARRINGTON: 1,
      WIRRAL: 0,
    },
    charter: {
      signed: 2,
      removed: 1,
      totalAtEnd: 5,
      // April 2025 to March 2026: [signed, removed, total at the end of the month]
      months: [
        ["April 2025", 0, 0, 4],
        ["May 2025", 2, 1, 5],
        ["June 2025", 0, 0, 5],
        ["July 2025", 0, 0, 5],
        ["August 2025", 0, 0, 5],
        ["September 2025", 0, 0, 5],
        ["October 2025", 0, 0, 5],
        ["November 2025", 0, 0, 5],
        ["December 2025", 0, 0, 5],
        ["January 2026", 0, 0, 5],
        ["February 2026", 0, 0, 5],
        ["March 2026", 0, 0, 5],
      ] as [string, number, number, number][],
    },
  },
  year2024: {
    applications: 5,
    submitted: 4,
    byStatus: {
      DRAFT: 1,
      SUBMITTED: 0,
      IN_ASSESSMENT: 0,
      REVISIONS_REQUESTED: 0,
      AWARDED: 2,
      NOT_AWARDED: 1,
      WITHDRAWN: 1,
      REVOKED: 0,
    },
    decisions: { total: 3, AWARDED: 2, NOT_AWARDED: 1, REVISIONS_REQUESTED: 0, measured: 3, median: 11 },
    awards: { granted: 2, current: 0, expired: 1, revoked: 1 },
    charter: { signed: 3, removed: 0, totalAtEnd: 4 },
  },
  expiringSoon: 1,
  workload: [
    { name: "Ann Assessor", open: 2, oldest: 10 },
    { name: "Cat Assessor", open: 1, oldest: 5 },
    { name: "Bob Assessor", open: 0, oldest: null },
  ],
};
