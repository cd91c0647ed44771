import type { Actor } from "../../platform/auth.js";
import { randomBytes } from "node:crypto";
import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import { joinList, splitList } from "../../platform/text.js";
import { combinedResult, rulesFrom, scoresByTheme, themeResult } from "../assessment/index.js";
import { THEMES } from "../programme/index.js";
import type { SettingsService } from "../settings/index.js";
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.js";
import type { DecisionInput } from "./schemas.js";
import { addWorkingDays, isWorkingDay, onOrBefore, ukDate } from "../../platform/working-days.js";

const themeLabel = (theme: string) => THEMES.find((t) => t.value === theme)?.label ?? theme;
const OUTCOME_WORDS = { AWARDED: "Awarded", NOT_AWARDED: "Not awarded", REVISIONS_REQUESTED: "Revisions requested" };

/** A certificate code: 80 random bits in Crockford's base 32, grouped for reading aloud. */
export function newCertificateCode(): string {
  const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  const bytes = randomBytes(10);
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out.match(/.{4}/g)!.join("-");
}

export function addYears(date: Date, years: number): Date {
  const next = new Date(date);
  next.setUTCFullYear(next.getUTCFullYear() + years);
  return next;
}

export type Refused = { refused: string };

export function createDecisionsService(deps: {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  now?: () => Date;
}) {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());

  async function holidays(): Promise<Set<string>> {
    const extra = await deps.settings.get("extraBankHolidays");
    return new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS, ...extra]);
  }

  async function load(applicationId: string) {
    return prisma.application.findUnique({
      where: { id: applicationId },
      include: {
        assignments: { include: { scores: true } },
        decisions: { orderBy: [{ decidedAt: "desc" }, { id: "desc" }], take: 1, include: { appeal: true } },
        award: true,
      },
    });
  }
  type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

  async function isMember(userId: string, applicationId: string): Promise<boolean> {
    const found = await prisma.application.findFirst({
      where: { id: applicationId, organisation: { members: { some: { userId } } } },
      select: { id: true },
    });
    return found !== null;
  }

  function submittedReviews(application: Loaded) {
    return application.assignments.filter((a) => a.status === "ACTIVE" && a.reviewStatus === "SUBMITTED");
  }

  /** Why the lead cannot decide now, or null when they can. */
  function blockToDeciding(application: Loaded): string | null {
    if (application.status !== "IN_ASSESSMENT") {
      return "Only an application in assessment can be decided.";
    }
    if (submittedReviews(application).length === 0) {
      return "At least one assessor must submit a review before a decision can be made.";
    }
    return null;
  }

  async function members(organisationId: string) {
    const rows = await prisma.membership.findMany({
      where: { organisationId, user: { active: true } },
      include: { user: { select: { email: true } } },
    });
    return rows.map((m) => m.user.email);
  }

  /** The assessors' reasons, theme by theme, without their names: where the lead's feedback starts. */
  function draftFeedback(application: Loaded): string {
    const reviews = submittedReviews(application);
    const sections = splitList(application.chosenThemes).map((theme) => {
      const lines = reviews.flatMap((review) =>
        review.scores.filter((s) => s.theme === theme && s.reason.trim() !== "").map((s) => `- ${s.reason.trim()}`),
      );
      return `${themeLabel(theme)} theme\n${lines.join("\n")}`;
    });
    return sections.join("\n\n");
  }

  function publishedScores(application: Loaded, rules: ReturnType<typeof rulesFrom>) {
    const reviews = submittedReviews(application);
    return splitList(application.chosenThemes).map((theme) => {
      const perReview = reviews.map((review, index) => {
        const entry = scoresByTheme(review.scores)[theme] ?? { scores: {}, reasons: {} };
        return { label: `Assessor ${index + 1}`, ...entry, result: themeResult(entry.scores, rules) };
      });
      return {
        theme,
        combined: combinedResult(
          perReview.map((r) => r.scores),
          rules,
        ),
        reviews: perReview,
      };
    });
  }

  return {
    holidays,

    /** The decision panel on the lead's application page. */
    async forLead(applicationId: string) {
      const application = await load(applicationId);
      if (!application) return null;
      const rules = rulesFrom(await deps.settings.all());
      const latest = application.decisions[0] ?? null;
      const combined = Object.fromEntries(
        splitList(application.chosenThemes).map((theme) => [
          theme,
          combinedResult(
            submittedReviews(application).map((r) => scoresByTheme(r.scores)[theme]?.scores ?? {}),
            rules,
          ),
        ]),
      );
      return {
        applicationId,
        status: application.status,
        chosenThemes: splitList(application.chosenThemes),
        blocked: blockToDeciding(application),
        suggestedThemes: Object.entries(combined)
          .filter(([, r]) => r.recognised)
          .map(([theme]) => theme),
        draftFeedback: draftFeedback(application),
        secondAssessorNeeded: application.secondAssessorNeeded,
        latest: latest && {
          id: latest.id,
          outcome: latest.outcome,
          outcomeText: OUTCOME_WORDS[latest.outcome],
          recognisedThemes: splitList(latest.recognisedThemes),
          feedback: latest.feedback,
          decidedAt: latest.decidedAt,
          appealBy: latest.appealBy,
          appeal: latest.appeal,
        },
        award: application.award,
      };
    },

    async decide(
      actor: Actor,
      applicationId: string,
      input: DecisionInput,
    ): Promise<Refused | { errors: Record<string, string> } | { decided: string } | null> {
      const application = await load(applicationId);
      if (!application) return null;
      const blocked = blockToDeciding(application);
      if (blocked) return { refused: blocked };
      const chosen = splitList(application.chosenThemes);
      const recognised = chosen.filter((t) => input.recognisedThemes.includes(t));
      const errors: Record<string, string> = {};
      if (input.recognisedThemes.some((t) => !chosen.includes(t))) {
        errors.recognisedThemes = "Select only themes the organisation applied under";
      } else if (input.outcome === "AWARDED" && recognised.length === 0) {
        errors.recognisedThemes = "Select at least one recognised theme to grant the award";
      } else if (input.outcome === "NOT_AWARDED" && recognised.length > 0) {
        errors.recognisedThemes =
          "The award is granted when a theme is recognised: choose Awarded, or recognise no theme";
      }
      const previous = application.decisions[0];
      if (input.outcome === "REVISIONS_REQUESTED" && previous?.appeal?.outcome === "UPHELD") {
        errors.outcome = "After an upheld appeal the decision must be Awarded or Not awarded";
      }
      if (Object.keys(errors).length > 0) return { errors };

      const settings = await deps.settings.all();
      const decidedAt = now();
      const appealBy =
        input.outcome === "NOT_AWARDED"
          ? addWorkingDays(ukDate(decidedAt), settings.award.appealWorkingDays, await holidays())
          : null;
      const result = await prisma.$transaction(async (tx) => {
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
        await recordAudit(tx, {
          actorId: actor.id,
          action: "decision.record",
          subjectType: "Application",
          subjectId: applicationId,
          before: { status: application.status },
          after: {
            status: input.outcome,
            decisionId: decision.id,
            recognisedThemes: recognised,
            scoresPublished: input.scoresPublished,
            appealBy,
          },
        });
        let award = null;
        if (input.outcome === "AWARDED") {
          award = await tx.award.create({
            data: {
              applicationId,
              organisationId: application.organisationId,
              decisionId: decision.id,
              organisationName: application.orgName,
              themes: joinList(recognised),
              awardedAt: decidedAt,
              expiresAt: addYears(decidedAt, settings.award.validityYears),
              certificateCode: newCertificateCode(),
            },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "award.create",
            subjectType: "Award",
            subjectId: award.id,
            after: {
              applicationId,
              themes: recognised,
              awardedAt: award.awardedAt.toISOString(),
              expiresAt: award.expiresAt.toISOString(),
            },
          });
        }
        return { decision, award };
      });
      if (!result) return { refused: "Only an application in assessment can be decided." };

      await deps.mailer.send({
        to: await members(application.organisationId),
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
          applicationId,
          awardId: result.award?.id,
        },
      });
      return { decided: input.outcome };
    },

    /** What the organisation sees of the decision: never assessors' names; scores only if published. */
    async forApplicant(userId: string, applicationId: string) {
      if (!(await isMember(userId, applicationId))) return null;
      const application = await load(applicationId);
      if (!application) return null;
      const latest = application.decisions[0];
      if (!latest) return null;
      const rules = rulesFrom(await deps.settings.all());
      const at = now();
      const award = application.award;
      const awardState = award
        ? award.status === "REVOKED"
          ? "REVOKED"
          : award.expiresAt <= at
            ? "EXPIRED"
            : "CURRENT"
        : null;
      return {
        outcome: latest.outcome,
        outcomeText: OUTCOME_WORDS[latest.outcome],
        decidedAt: latest.decidedAt,
        recognisedThemes: splitList(latest.recognisedThemes),
        feedback: latest.feedback,
        appealBy: latest.appealBy,
        canAppeal:
          latest.outcome === "NOT_AWARDED" &&
          !latest.appeal &&
          latest.appealBy !== null &&
          onOrBefore(at, latest.appealBy),
        appeal: latest.appeal && {
          submittedAt: latest.appeal.submittedAt,
          reason: latest.appeal.reason,
          outcome: latest.appeal.outcome,
          outcomeNotes: latest.appeal.outcomeNotes,
          decidedAt: latest.appeal.decidedAt,
        },
        scores: latest.scoresPublished ? publishedScores(application, rules) : null,
        award: award && {
          id: award.id,
          state: awardState,
          awardedAt: award.awardedAt,
          expiresAt: award.expiresAt,
          revocationReason: award.revocationReason,
          listedOnRegister: award.listedOnRegister,
        },
      };
    },

    async appeal(actor: Actor, applicationId: string, reason: string): Promise<"appealed" | Refused | null> {
      if (!(await isMember(actor.id, applicationId))) return null;
      const application = await load(applicationId);
      if (!application) return null;
      const latest = application.decisions[0];
      if (!latest) return { refused: "There is no decision on this application to appeal." };
      if (latest.outcome !== "NOT_AWARDED") {
        return { refused: "Only a Not awarded decision can be appealed." };
      }
      if (latest.appeal) return { refused: "This decision has already been appealed." };
      if (!latest.appealBy || !onOrBefore(now(), latest.appealBy)) {
        return { refused: "The time to appeal this decision has passed." };
      }
      try {
        await prisma.$transaction(async (tx) => {
          const appeal = await tx.appeal.create({
            data: { decisionId: latest.id, applicationId, reason, submittedById: actor.id, submittedAt: now() },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "appeal.submit",
            subjectType: "Application",
            subjectId: applicationId,
            after: { appealId: appeal.id, decisionId: latest.id, reason },
          });
        });
      } catch (error) {
        if ((error as { code?: string }).code === "P2002")
          return { refused: "This decision has already been appealed." };
        throw error;
      }
      const leads = await prisma.user.findMany({ where: { role: "PROGRAMME_LEAD", active: true } });
      if (leads.length > 0) {
        await deps.mailer.send({
          to: leads.map((l) => l.email),
          subject: `Appeal against the decision on ${application.reference ?? "an application"}`,
          template: "appeal-submitted",
          context: { reference: application.reference, organisationName: application.orgName, reason, applicationId },
        });
      }
      return "appealed";
    },

    /**
     * The lead records the appeal's outcome. An upheld appeal puts the application back in
     * assessment so that the lead can make a new decision.
     */
    async decideAppeal(
      actor: Actor,
      applicationId: string,
      input: { appealOutcome: "UPHELD" | "DISMISSED"; outcomeNotes: string },
    ): Promise<"recorded" | Refused | null> {
      const application = await load(applicationId);
      if (!application) return null;
      const appeal = application.decisions[0]?.appeal;
      if (!appeal) return { refused: "There is no appeal on this application." };
      if (appeal.outcome) return { refused: "The outcome of this appeal has already been recorded." };
      const done = await prisma.$transaction(async (tx) => {
        if (input.appealOutcome === "UPHELD") {
          // The application becomes live again, and an organisation has one live application
          // at a time: one started since the decision must be withdrawn first.
          const other = await tx.application.findFirst({
            where: { liveKey: application.organisationId, id: { not: applicationId } },
            select: { reference: true },
          });
          if (other) return "other-live" as const;
        }
        const changed = await tx.appeal.updateMany({
          where: { id: appeal.id, outcome: null },
          data: {
            outcome: input.appealOutcome,
            outcomeNotes: input.outcomeNotes,
            decidedById: actor.id,
            decidedAt: now(),
          },
        });
        if (changed.count === 0) return false;
        if (input.appealOutcome === "UPHELD") {
          await tx.application.update({
            where: { id: applicationId },
            data: { status: "IN_ASSESSMENT", liveKey: application.organisationId },
          });
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: "appeal.decide",
          subjectType: "Application",
          subjectId: applicationId,
          before: { appealId: appeal.id, outcome: null, status: application.status },
          after: {
            appealId: appeal.id,
            outcome: input.appealOutcome,
            notes: input.outcomeNotes,
            status: input.appealOutcome === "UPHELD" ? "IN_ASSESSMENT" : application.status,
          },
        });
        return true;
      });
      if (done === "other-live") {
        return {
          refused:
            "The organisation has started another application since this decision. An upheld appeal reopens this one for assessment, so the other application must be withdrawn first.",
        };
      }
      if (!done) return { refused: "The outcome of this appeal has already been recorded." };
      await deps.mailer.send({
        to: await members(application.organisationId),
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
    },

    async bankHolidays() {
      const extra = await deps.settings.get("extraBankHolidays");
      return { shipped: ENGLAND_AND_WALES_BANK_HOLIDAYS, extra };
    },

    /**
     * Adds a bank holiday. A deadline to appeal that has not yet passed and would have counted
     * that day as a working day moves one working day later, as if the holiday had been known
     * when the decision was made. Returns how many deadlines moved.
     */
    async addBankHoliday(actor: Actor, date: string): Promise<number> {
      const extra = await deps.settings.get("extraBankHolidays");
      if (extra.includes(date) || ENGLAND_AND_WALES_BANK_HOLIDAYS.includes(date)) return 0;
      const before = await holidays();
      await deps.settings.set("extraBankHolidays", [...extra, date].sort(), actor.id);
      if (!isWorkingDay(date, before)) return 0;
      const after = await holidays();
      const open = await prisma.decision.findMany({
        where: { outcome: "NOT_AWARDED", appealBy: { gte: date }, appeal: { is: null } },
        select: { id: true, applicationId: true, decidedAt: true, appealBy: true },
      });
      let moved = 0;
      for (const decision of open) {
        if (!decision.appealBy || ukDate(decision.decidedAt) >= date) continue;
        const appealBy = addWorkingDays(decision.appealBy, 1, after);
        await prisma.$transaction(async (tx) => {
          const changed = await tx.decision.updateMany({
            where: { id: decision.id, appealBy: decision.appealBy },
            data: { appealBy },
          });
          if (changed.count === 0) return;
          moved += 1;
          await recordAudit(tx, {
            actorId: actor.id,
            action: "decision.appeal-deadline.move",
            subjectType: "Application",
            subjectId: decision.applicationId,
            before: { appealBy: decision.appealBy },
            after: { appealBy, bankHoliday: date },
          });
        });
      }
      return moved;
    },
  };
}

export type DecisionsService = ReturnType<typeof createDecisionsService>;
