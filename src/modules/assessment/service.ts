import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Db, Prisma } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import { splitList } from "../../platform/text.js";
import type { ThemeValue } from "../applications/index.js";
import { THEMES } from "../programme/index.js";
import type { SettingsService } from "../settings/index.js";
import { automaticConflicts } from "./conflicts.js";
import { themeScoreErrors, type QueueFilters, type ThemeScoreInput } from "./schemas.js";
import { combinedResult, CRITERIA, rulesFrom, themeResult, type Scores, type ThemeResult } from "./scoring.js";

export const QUEUE_PAGE_SIZE = 20;

/** Assignments that still hold the assessor to the application. */
const OPEN_ASSIGNMENT = ["AWAITING_DECLARATION", "ACTIVE"] as const;

export class Refusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Refusal";
  }
}

type ScoreRow = { theme: string; criterion: string; score: number | null; reason: string };

/** Scores of one review, by theme. */
export function scoresByTheme(rows: ScoreRow[]): Record<string, { scores: Scores; reasons: Record<string, string> }> {
  const byTheme: Record<string, { scores: Scores; reasons: Record<string, string> }> = {};
  for (const row of rows) {
    const entry = (byTheme[row.theme] ??= { scores: {}, reasons: {} });
    (entry.scores as Record<string, number | null>)[row.criterion] = row.score;
    entry.reasons[row.criterion] = row.reason;
  }
  return byTheme;
}

function themeComplete(entry: { scores: Scores; reasons: Record<string, string> } | undefined): boolean {
  if (!entry) return false;
  return CRITERIA.every(({ key }) => typeof entry.scores[key] === "number" && (entry.reasons[key] ?? "").trim() !== "");
}

const themeLabel = (theme: string) => THEMES.find((t) => t.value === theme)?.label ?? theme;

export function createAssessmentService(deps: {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  now?: () => Date;
}) {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());

  async function openWorkloads(assessorIds: string[]): Promise<Map<string, number>> {
    const rows = await prisma.assignment.groupBy({
      by: ["assessorId"],
      where: {
        assessorId: { in: assessorIds },
        status: { in: [...OPEN_ASSIGNMENT] },
        reviewStatus: { not: "SUBMITTED" },
        application: { status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } },
      },
      _count: { _all: true },
    });
    return new Map(rows.map((r) => [r.assessorId, r._count._all]));
  }

  async function conflictsFor(applicationId: string, assessor: { id: string; email: string }) {
    const application = await prisma.application.findUnique({
      where: { id: applicationId },
      select: {
        orgWebsite: true,
        organisation: {
          select: { website: true, members: { select: { userId: true, user: { select: { email: true } } } } },
        },
      },
    });
    if (!application) return [];
    return automaticConflicts({
      assessor,
      organisation: {
        website: application.organisation.website || application.orgWebsite,
        members: application.organisation.members.map((m) => ({ userId: m.userId, email: m.user.email })),
      },
    });
  }

  /** Assigns inside a transaction; the caller has already run the conflict checks. */
  async function assignIn(
    tx: Prisma.TransactionClient,
    actor: Actor,
    application: { id: string; status: string },
    assessorId: string,
    auto: boolean,
  ) {
    const assignment = await tx.assignment.create({
      data: {
        applicationId: application.id,
        assessorId,
        openKey: `${application.id}:${assessorId}`,
        assignedById: actor.id,
        assignedAt: now(),
        autoAssigned: auto,
      },
    });
    const openCount = await tx.assignment.count({
      where: { applicationId: application.id, status: { in: [...OPEN_ASSIGNMENT] } },
    });
    await tx.application.update({
      where: { id: application.id },
      data: {
        ...(application.status === "SUBMITTED" ? { status: "IN_ASSESSMENT" as const } : {}),
        ...(openCount >= 2 ? { secondAssessorNeeded: false } : {}),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: auto ? "assessment.auto-assign" : "assessment.assign",
      subjectType: "Application",
      subjectId: application.id,
      before: { status: application.status },
      after: { status: "IN_ASSESSMENT", assignmentId: assignment.id, assessorId },
    });
    return assignment;
  }

  async function notifyAssigned(assessorId: string, applicationId: string, assignmentId: string) {
    const [assessor, application] = await Promise.all([
      prisma.user.findUnique({ where: { id: assessorId } }),
      prisma.application.findUnique({ where: { id: applicationId }, select: { reference: true } }),
    ]);
    if (!assessor) return;
    await deps.mailer.send({
      to: assessor.email,
      subject: `Application ${application?.reference ?? ""} assigned to you`,
      template: "assessment-assigned",
      context: { name: assessor.fullName, reference: application?.reference, assignmentId },
    });
  }

  const isUnique = (error: unknown) => (error as { code?: string } | null)?.code === "P2002";

  async function loadForAssessor(assessorId: string, assignmentId: string) {
    const assignment = await prisma.assignment.findFirst({
      where: { id: assignmentId, assessorId, status: { not: "CLOSED" } },
      include: {
        scores: true,
        application: {
          include: {
            themes: {
              include: {
                evidence: {
                  orderBy: { createdAt: "asc" },
                  select: { id: true, originalName: true, description: true, size: true },
                },
              },
            },
          },
        },
      },
    });
    return assignment;
  }

  return {
    async queue(filters: QueueFilters) {
      const where: Prisma.ApplicationWhereInput = {
        status: filters.status ? (filters.status as Prisma.ApplicationWhereInput["status"]) : { not: "DRAFT" },
        ...(filters.sector ? { organisation: { type: filters.sector } } : {}),
        AND: [
          ...(filters.place ? [{ organisation: { places: { some: { place: filters.place } } } }] : []),
          ...(filters.theme
            ? [{ themes: { some: { theme: filters.theme } } }, { chosenThemes: { contains: filters.theme } }]
            : []),
          ...(filters.assessor
            ? [{ assignments: { some: { assessorId: filters.assessor, status: { not: "CLOSED" as const } } } }]
            : []),
        ],
      };
      const orderBy: Prisma.ApplicationOrderByWithRelationInput[] =
        filters.sort === "newest"
          ? [{ submittedAt: "desc" }, { id: "asc" }]
          : filters.sort === "organisation"
            ? [{ orgName: "asc" }, { id: "asc" }]
            : filters.sort === "reference"
              ? [{ reference: "asc" }, { id: "asc" }]
              : [{ submittedAt: "asc" }, { id: "asc" }];
      const [total, counts] = await Promise.all([
        prisma.application.count({ where }),
        prisma.application.groupBy({ by: ["status"], where: { status: { not: "DRAFT" } }, _count: { _all: true } }),
      ]);
      const pages = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
      const page = Math.min(filters.page, pages);
      const rows = await prisma.application.findMany({
        where,
        orderBy,
        skip: (page - 1) * QUEUE_PAGE_SIZE,
        take: QUEUE_PAGE_SIZE,
        select: {
          id: true,
          reference: true,
          status: true,
          orgName: true,
          chosenThemes: true,
          submittedAt: true,
          secondAssessorNeeded: true,
          organisation: { select: { type: true } },
          assignments: {
            where: { status: { in: [...OPEN_ASSIGNMENT, "CONFLICT_DECLARED"] } },
            select: { status: true, reviewStatus: true, assessor: { select: { fullName: true } } },
          },
        },
      });
      return {
        items: rows.map((row) => ({
          id: row.id,
          reference: row.reference,
          status: row.status,
          organisationName: row.orgName,
          sector: row.organisation.type,
          themes: splitList(row.chosenThemes),
          submittedAt: row.submittedAt,
          secondAssessorNeeded: row.secondAssessorNeeded,
          conflictsToReassign: row.assignments.filter((a) => a.status === "CONFLICT_DECLARED").length,
          assessors: row.assignments
            .filter((a) => a.status !== "CONFLICT_DECLARED")
            .map((a) => ({ name: a.assessor.fullName, reviewStatus: a.reviewStatus })),
        })),
        total,
        page,
        pages,
        pageSize: QUEUE_PAGE_SIZE,
        counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number>,
      };
    },

    /** Active assessors with their open workload, fewest open reviews first. */
    async assessors() {
      const people = await prisma.user.findMany({
        where: { role: "ASSESSOR", active: true },
        orderBy: [{ fullName: "asc" }, { id: "asc" }],
        select: { id: true, fullName: true, email: true },
      });
      const load = await openWorkloads(people.map((p) => p.id));
      return people.map((p) => ({ ...p, openReviews: load.get(p.id) ?? 0 }));
    },

    /** Everything the lead sees about one application: answers, assignments and reviews side by side. */
    async forLead(applicationId: string) {
      const application = await prisma.application.findFirst({
        where: { id: applicationId, status: { not: "DRAFT" } },
        include: {
          themes: {
            include: {
              evidence: {
                orderBy: { createdAt: "asc" },
                select: { id: true, originalName: true, description: true, size: true },
              },
            },
          },
          organisation: { select: { type: true, website: true } },
          assignments: {
            orderBy: { assignedAt: "asc" },
            include: { scores: true, assessor: { select: { id: true, fullName: true, email: true } } },
          },
        },
      });
      if (!application) return null;
      const rules = rulesFrom(await deps.settings.all());
      const chosen = splitList(application.chosenThemes);
      const reviews = application.assignments.map((a) => {
        const byTheme = scoresByTheme(a.scores);
        return {
          id: a.id,
          assessor: a.assessor,
          status: a.status,
          reviewStatus: a.reviewStatus,
          conflictReason: a.conflictReason,
          assignedAt: a.assignedAt,
          submittedAt: a.submittedAt,
          returnComment: a.returnComment,
          autoAssigned: a.autoAssigned,
          themes: chosen.map((theme) => ({
            theme,
            scores: byTheme[theme]?.scores ?? {},
            reasons: byTheme[theme]?.reasons ?? {},
            result: themeResult(byTheme[theme]?.scores ?? {}, rules),
          })),
        };
      });
      const submitted = reviews.filter((r) => r.reviewStatus === "SUBMITTED" && r.status === "ACTIVE");
      const combined: Record<string, ThemeResult> = Object.fromEntries(
        chosen.map((theme) => [
          theme,
          combinedResult(
            submitted.map((r) => r.themes.find((t) => t.theme === theme)?.scores ?? {}),
            rules,
          ),
        ]),
      );
      return {
        id: application.id,
        reference: application.reference,
        status: application.status,
        organisationId: application.organisationId,
        organisationName: application.orgName,
        sector: application.organisation.type,
        orgPlaces: splitList(application.orgPlaces),
        submittedAt: application.submittedAt,
        secondAssessorNeeded: application.secondAssessorNeeded,
        chosenThemes: chosen,
        answers: chosen.map((theme) => application.themes.find((t) => t.theme === theme)).filter(Boolean),
        reviews,
        openReviews: reviews.filter((r) => (OPEN_ASSIGNMENT as readonly string[]).includes(r.status)),
        submittedReviews: submitted,
        combined,
      };
    },

    /** The automatic conflict checks for one assessor and application, for showing before assigning. */
    conflictsFor,

    async assign(
      actor: Actor,
      applicationId: string,
      assessorId: string,
    ): Promise<{ outcome: "assigned" } | { outcome: "refused"; message: string } | null> {
      const application = await prisma.application.findFirst({
        where: { id: applicationId, status: { not: "DRAFT" } },
        select: { id: true, status: true },
      });
      if (!application) return null;
      if (application.status !== "SUBMITTED" && application.status !== "IN_ASSESSMENT") {
        return { outcome: "refused", message: "Assessors can only be assigned to an application awaiting assessment." };
      }
      const assessor = await prisma.user.findFirst({ where: { id: assessorId, role: "ASSESSOR", active: true } });
      if (!assessor) return { outcome: "refused", message: "Select an active assessor from the list." };
      const conflicts = await conflictsFor(applicationId, assessor);
      if (conflicts.length > 0) {
        return {
          outcome: "refused",
          message: `${assessor.fullName} cannot assess this application: ${conflicts.join(" ")}`,
        };
      }
      const declared = await prisma.assignment.findFirst({
        where: { applicationId, assessorId, status: "CONFLICT_DECLARED" },
      });
      if (declared) {
        return {
          outcome: "refused",
          message: `${assessor.fullName} has declared a conflict of interest with this application.`,
        };
      }
      try {
        const assignment = await prisma.$transaction((tx) => assignIn(tx, actor, application, assessorId, false));
        await notifyAssigned(assessorId, applicationId, assignment.id);
        return { outcome: "assigned" };
      } catch (error) {
        if (isUnique(error)) {
          return { outcome: "refused", message: `${assessor.fullName} is already assigned to this application.` };
        }
        throw error;
      }
    },

    /**
     * Assigns one assessor to each given application (or to every submitted application that has
     * nobody assigned), choosing each time the eligible assessor with the fewest open reviews.
     */
    async autoAssign(actor: Actor, applicationIds?: string[]) {
      const applications = await prisma.application.findMany({
        where: applicationIds
          ? { id: { in: applicationIds }, status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } }
          : {
              status: { in: ["SUBMITTED", "IN_ASSESSMENT"] },
              assignments: { none: { status: { in: [...OPEN_ASSIGNMENT] } } },
            },
        orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          reference: true,
          assignments: { select: { assessorId: true, status: true } },
        },
      });
      const people = await this.assessors();
      const load = new Map(people.map((p) => [p.id, p.openReviews]));
      const assigned: { applicationId: string; reference: string | null; assessor: string }[] = [];
      const unassigned: { applicationId: string; reference: string | null }[] = [];
      for (const application of applications) {
        const taken = new Set(application.assignments.filter((a) => a.status !== "CLOSED").map((a) => a.assessorId));
        const candidates = [...people]
          .filter((p) => !taken.has(p.id))
          .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0) || a.fullName.localeCompare(b.fullName));
        let chosen: (typeof people)[number] | undefined;
        for (const candidate of candidates) {
          if ((await conflictsFor(application.id, candidate)).length === 0) {
            chosen = candidate;
            break;
          }
        }
        if (!chosen) {
          unassigned.push({ applicationId: application.id, reference: application.reference });
          continue;
        }
        const pick = chosen;
        try {
          const assignment = await prisma.$transaction((tx) => assignIn(tx, actor, application, pick.id, true));
          load.set(pick.id, (load.get(pick.id) ?? 0) + 1);
          assigned.push({ applicationId: application.id, reference: application.reference, assessor: pick.fullName });
          await notifyAssigned(pick.id, application.id, assignment.id);
        } catch (error) {
          if (!isUnique(error)) throw error;
          unassigned.push({ applicationId: application.id, reference: application.reference });
        }
      }
      return { assigned, unassigned };
    },

    /** The lead takes an assessor off an application whose review is not yet submitted. */
    async unassign(
      actor: Actor,
      assignmentId: string,
    ): Promise<{ applicationId: string } | { refused: string } | null> {
      const assignment = await prisma.assignment.findUnique({ where: { id: assignmentId } });
      if (!assignment) return null;
      if (!(OPEN_ASSIGNMENT as readonly string[]).includes(assignment.status)) {
        return { refused: "This assessor is no longer assigned." };
      }
      if (assignment.reviewStatus === "SUBMITTED") {
        return { refused: "This assessor has submitted their review, so they cannot be taken off the application." };
      }
      await prisma.$transaction(async (tx) => {
        await tx.assignment.update({
          where: { id: assignmentId },
          data: { status: "CLOSED", openKey: null, closedAt: now() },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "assessment.unassign",
          subjectType: "Application",
          subjectId: assignment.applicationId,
          before: { assignmentId, assessorId: assignment.assessorId, status: assignment.status },
          after: { assignmentId, status: "CLOSED" },
        });
      });
      return { applicationId: assignment.applicationId };
    },

    /** The assessor's own open assignments. */
    async assessorQueue(assessorId: string) {
      const rows = await prisma.assignment.findMany({
        where: {
          assessorId,
          status: { in: [...OPEN_ASSIGNMENT] },
          application: { status: { in: ["SUBMITTED", "IN_ASSESSMENT"] } },
        },
        orderBy: { assignedAt: "asc" },
        select: {
          id: true,
          status: true,
          reviewStatus: true,
          assignedAt: true,
          returnComment: true,
          application: { select: { reference: true, orgName: true, chosenThemes: true } },
        },
      });
      return rows.map((r) => ({
        id: r.id,
        status: r.status,
        reviewStatus: r.reviewStatus,
        assignedAt: r.assignedAt,
        returned: r.returnComment !== "" && r.reviewStatus !== "SUBMITTED",
        reference: r.application.reference,
        organisationName: r.application.orgName,
        themes: splitList(r.application.chosenThemes),
      }));
    },

    /**
     * One assignment as its assessor sees it. Until the assessor has declared no conflict of
     * interest, only the reference and organisation are given, not the answers.
     */
    async forAssessor(assessorId: string, assignmentId: string) {
      const assignment = await loadForAssessor(assessorId, assignmentId);
      if (!assignment) return null;
      const rules = rulesFrom(await deps.settings.all());
      const application = assignment.application;
      const chosen = splitList(application.chosenThemes);
      const mine = scoresByTheme(assignment.scores);
      const base = {
        id: assignment.id,
        status: assignment.status,
        reviewStatus: assignment.reviewStatus,
        returnComment: assignment.reviewStatus !== "SUBMITTED" ? assignment.returnComment : "",
        reference: application.reference,
        organisationName: application.orgName,
        applicationStatus: application.status,
        conflictReason: assignment.conflictReason,
      };
      if (assignment.status !== "ACTIVE") return { ...base, declared: false as const };
      const themes = chosen.map((theme) => ({
        theme,
        answers: application.themes.find((t) => t.theme === theme) ?? null,
        scores: mine[theme]?.scores ?? {},
        reasons: mine[theme]?.reasons ?? {},
        complete: themeComplete(mine[theme]),
        result: themeResult(mine[theme]?.scores ?? {}, rules),
      }));
      // Other assessors' reviews stay hidden until this one is submitted, so nobody is led by them.
      let others: {
        label: string;
        themes: { theme: string; result: ThemeResult; scores: Scores; reasons: Record<string, string> }[];
      }[] = [];
      if (assignment.reviewStatus === "SUBMITTED") {
        const rows = await prisma.assignment.findMany({
          where: {
            applicationId: application.id,
            id: { not: assignment.id },
            status: "ACTIVE",
            reviewStatus: "SUBMITTED",
          },
          orderBy: { submittedAt: "asc" },
          include: { scores: true },
        });
        others = rows.map((row, index) => {
          const byTheme = scoresByTheme(row.scores);
          return {
            label: `Other assessor ${index + 1}`,
            themes: chosen.map((theme) => ({
              theme,
              scores: byTheme[theme]?.scores ?? {},
              reasons: byTheme[theme]?.reasons ?? {},
              result: themeResult(byTheme[theme]?.scores ?? {}, rules),
            })),
          };
        });
      }
      return {
        ...base,
        declared: true as const,
        application: {
          orgType: application.orgType,
          orgPlaces: splitList(application.orgPlaces),
          orgSizeBand: application.orgSizeBand,
          orgWebsite: application.orgWebsite,
          submittedAt: application.submittedAt,
        },
        themes,
        others,
        canScore: assignment.reviewStatus !== "SUBMITTED" && application.status === "IN_ASSESSMENT",
      };
    },

    async declare(
      actor: Actor,
      assignmentId: string,
      declaration: { conflict: "yes" | "no"; conflictReason: string },
    ): Promise<"declared" | "conflict-declared" | { refused: string } | null> {
      const assignment = await loadForAssessor(actor.id, assignmentId);
      if (!assignment) return null;
      if (assignment.status !== "AWAITING_DECLARATION") {
        return { refused: "You have already made your declaration for this application." };
      }
      const conflict = declaration.conflict === "yes";
      const result = await prisma.$transaction(async (tx) => {
        const changed = await tx.assignment.updateMany({
          where: { id: assignmentId, status: "AWAITING_DECLARATION" },
          data: conflict
            ? {
                status: "CONFLICT_DECLARED",
                openKey: null,
                declaredAt: now(),
                conflictReason: declaration.conflictReason,
              }
            : { status: "ACTIVE", declaredAt: now() },
        });
        if (changed.count === 0) return false;
        await recordAudit(tx, {
          actorId: actor.id,
          action: conflict ? "assessment.declare-conflict" : "assessment.declare-no-conflict",
          subjectType: "Application",
          subjectId: assignment.applicationId,
          before: { assignmentId, status: "AWAITING_DECLARATION" },
          after: {
            assignmentId,
            status: conflict ? "CONFLICT_DECLARED" : "ACTIVE",
            ...(conflict ? { conflictReason: declaration.conflictReason } : {}),
          },
        });
        return true;
      });
      if (!result) return { refused: "You have already made your declaration for this application." };
      if (conflict) {
        const leads = await prisma.user.findMany({ where: { role: "PROGRAMME_LEAD", active: true } });
        if (leads.length > 0) {
          await deps.mailer.send({
            to: leads.map((l) => l.email),
            subject: `Conflict of interest declared on ${assignment.application.reference ?? "an application"}`,
            template: "assessment-conflict",
            context: {
              reference: assignment.application.reference,
              assessor: actor.fullName,
              reason: declaration.conflictReason,
              applicationId: assignment.applicationId,
            },
          });
        }
        return "conflict-declared";
      }
      return "declared";
    },

    /**
     * Saves what the assessor typed for one theme, complete or not, so that nothing is lost.
     * Refused once the review is submitted, or before the declaration.
     */
    async saveThemeScores(
      actor: Actor,
      assignmentId: string,
      theme: ThemeValue,
      input: ThemeScoreInput,
    ): Promise<{ errors: Record<string, string>; result: ThemeResult } | { refused: string } | null> {
      const assignment = await loadForAssessor(actor.id, assignmentId);
      if (!assignment || !splitList(assignment.application.chosenThemes).includes(theme)) return null;
      if (assignment.status !== "ACTIVE") {
        return { refused: "Declare whether you have a conflict of interest before you score this application." };
      }
      if (assignment.reviewStatus === "SUBMITTED") {
        return { refused: "You have submitted this review, so its scores can no longer be changed." };
      }
      if (assignment.application.status !== "IN_ASSESSMENT") {
        return { refused: "This application is no longer being assessed, so it cannot be scored." };
      }
      const rules = rulesFrom(await deps.settings.all());
      const before = scoresByTheme(assignment.scores)[theme] ?? { scores: {}, reasons: {} };
      const saved = await prisma.$transaction(async (tx) => {
        const open = await tx.assignment.updateMany({
          where: { id: assignmentId, status: "ACTIVE", reviewStatus: { not: "SUBMITTED" } },
          data: { reviewStatus: "DRAFT" },
        });
        if (open.count === 0) return false;
        for (const { key } of CRITERIA) {
          await tx.reviewScore.upsert({
            where: { assignmentId_theme_criterion: { assignmentId, theme, criterion: key } },
            create: { assignmentId, theme, criterion: key, score: input.scores[key], reason: input.reasons[key] },
            update: { score: input.scores[key], reason: input.reasons[key] },
          });
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: "review.score",
          subjectType: "Application",
          subjectId: assignment.applicationId,
          before: { assignmentId, theme, ...before },
          after: { assignmentId, theme, scores: input.scores, reasons: input.reasons },
        });
        return true;
      });
      if (!saved) return { refused: "You have submitted this review, so its scores can no longer be changed." };
      return { errors: themeScoreErrors(input), result: themeResult(input.scores, rules) };
    },

    async submitReview(
      actor: Actor,
      assignmentId: string,
    ): Promise<
      | { outcome: "submitted"; borderline: string[] }
      | { outcome: "incomplete"; themes: string[] }
      | { refused: string }
      | null
    > {
      const assignment = await loadForAssessor(actor.id, assignmentId);
      if (!assignment) return null;
      if (assignment.status !== "ACTIVE") {
        return { refused: "Declare whether you have a conflict of interest before you score this application." };
      }
      if (assignment.reviewStatus === "SUBMITTED") return { refused: "You have already submitted this review." };
      if (assignment.application.status !== "IN_ASSESSMENT") {
        return { refused: "This application is no longer being assessed." };
      }
      const chosen = splitList(assignment.application.chosenThemes);
      const mine = scoresByTheme(assignment.scores);
      const incomplete = chosen.filter((theme) => !themeComplete(mine[theme]));
      if (incomplete.length > 0) return { outcome: "incomplete", themes: incomplete.map(themeLabel) };
      const rules = rulesFrom(await deps.settings.all());
      const results = chosen.map((theme) => ({ theme, ...themeResult(mine[theme]?.scores ?? {}, rules) }));
      const borderline = results.filter((r) => r.borderline).map((r) => themeLabel(r.theme));
      const done = await prisma.$transaction(async (tx) => {
        const changed = await tx.assignment.updateMany({
          where: { id: assignmentId, status: "ACTIVE", reviewStatus: { not: "SUBMITTED" } },
          data: { reviewStatus: "SUBMITTED", submittedAt: now() },
        });
        if (changed.count === 0) return false;
        let flagged = false;
        if (borderline.length > 0) {
          const open = await tx.assignment.count({
            where: { applicationId: assignment.applicationId, status: { in: [...OPEN_ASSIGNMENT] } },
          });
          if (open < 2) {
            await tx.application.update({
              where: { id: assignment.applicationId },
              data: { secondAssessorNeeded: true },
            });
            flagged = true;
          }
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: "review.submit",
          subjectType: "Application",
          subjectId: assignment.applicationId,
          before: { assignmentId, reviewStatus: assignment.reviewStatus },
          after: {
            assignmentId,
            reviewStatus: "SUBMITTED",
            results: results.map((r) => ({ theme: r.theme, percent: r.percent, recognised: r.recognised })),
            secondAssessorNeeded: flagged,
          },
        });
        return true;
      });
      if (!done) return { refused: "You have already submitted this review." };
      return { outcome: "submitted", borderline };
    },

    /** The lead sends a submitted review back to its assessor with a comment. */
    async returnReview(actor: Actor, assignmentId: string, comment: string) {
      const assignment = await prisma.assignment.findUnique({
        where: { id: assignmentId },
        include: { assessor: true, application: { select: { status: true, reference: true } } },
      });
      if (!assignment || assignment.status !== "ACTIVE") return null;
      if (assignment.reviewStatus !== "SUBMITTED" || assignment.application.status !== "IN_ASSESSMENT") {
        return { refused: "Only a submitted review of an application still in assessment can be returned." };
      }
      await prisma.$transaction(async (tx) => {
        await tx.assignment.update({
          where: { id: assignmentId },
          data: { reviewStatus: "DRAFT", submittedAt: null, returnComment: comment, returnedAt: now() },
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "review.return",
          subjectType: "Application",
          subjectId: assignment.applicationId,
          before: { assignmentId, reviewStatus: "SUBMITTED" },
          after: { assignmentId, reviewStatus: "DRAFT", returnComment: comment },
        });
      });
      await deps.mailer.send({
        to: assignment.assessor.email,
        subject: `Your review of ${assignment.application.reference ?? "an application"} has been returned`,
        template: "review-returned",
        context: {
          name: assignment.assessor.fullName,
          reference: assignment.application.reference,
          comment,
          assignmentId,
        },
      });
      return { applicationId: assignment.applicationId };
    },

    /**
     * True only while the user holds a current assignment to the application and has declared no
     * conflict of interest. The evidence download asks this before serving an assessor a file.
     */
    async isAssignedAssessor(userId: string, applicationId: string): Promise<boolean> {
      const found = await prisma.assignment.findFirst({
        where: {
          assessorId: userId,
          applicationId,
          status: "ACTIVE",
          assessor: { active: true, role: "ASSESSOR" },
          // A withdrawn application is no longer anyone's to assess.
          application: { status: { not: "WITHDRAWN" } },
        },
        select: { id: true },
      });
      return found !== null;
    },

    /** The application's audit trail, oldest first, with who did what and the values before and after. */
    async history(applicationId: string) {
      const application = await prisma.application.findUnique({
        where: { id: applicationId },
        select: { id: true, reference: true, orgName: true, award: { select: { id: true } } },
      });
      if (!application) return null;
      const events = await prisma.auditEvent.findMany({
        where: {
          OR: [
            { subjectType: "Application", subjectId: applicationId },
            ...(application.award ? [{ subjectType: "Award", subjectId: application.award.id }] : []),
          ],
        },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
        include: { actor: { select: { fullName: true } } },
      });
      return {
        application,
        events: events.map((e) => ({
          id: e.id,
          occurredAt: e.occurredAt,
          actor: e.actor?.fullName ?? "The portal",
          action: e.action,
          before: e.before,
          after: e.after,
        })),
      };
    },
  };
}

export type AssessmentService = ReturnType<typeof createAssessmentService>;
