import { recordAudit } from "../../platform/audit.js";
import type { Db, Prisma } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import { validate, type FieldErrors } from "../../platform/validation.js";
import type { ProgrammeSettings, SettingsService } from "../settings/index.js";
import { THEMES } from "../programme/index.js";
import {
  declarationSchema,
  eligibilitySchema,
  orgDetailsSchema,
  themeSectionSchema,
  themesSchema,
  type EligibilityAnswers,
} from "./schemas.js";
import { toEvidenceView, type EvidenceService } from "./evidence.js";
import { joinList } from "../../platform/text.js";
import { EDITABLE_STATUSES, LIVE_STATUSES, type Actor, type ThemeValue } from "./types.js";
import {
  chosenThemesOf,
  ORG_DETAIL_FIELDS,
  sectionStatus,
  THEME_FIELDS,
  type ApplicationView,
  type Declaration,
  type OrgDetails,
  type ThemeAnswers,
  type ThemeView,
} from "./view.js";

export type SaveOutcome<T> =
  | { outcome: "saved"; completed: boolean; errors: FieldErrors }
  | { outcome: "conflict"; theirs: T; version: number }
  | { outcome: "locked" };

export type SubmitOutcome =
  | { outcome: "submitted"; reference: string }
  | { outcome: "already-submitted"; reference: string | null }
  | { outcome: "incomplete"; sections: string[] }
  | { outcome: "window-closed"; opensOn: string | null; closesOn: string | null }
  | { outcome: "locked" };

export type Ineligibility = "organisation-type" | "places" | "authority";

const withThemes = { themes: { include: { evidence: { orderBy: { createdAt: "asc" as const } } } } };
type ApplicationRow = Prisma.ApplicationGetPayload<{ include: typeof withThemes }>;

const isEditable = (status: string) => (EDITABLE_STATUSES as readonly string[]).includes(status);

function themeLimits(settings: ProgrammeSettings, now: Date) {
  return {
    whatChangedWords: settings.award.whatChangedWordLimit,
    differenceWords: settings.award.differenceWordLimit,
    currentYear: now.getUTCFullYear(),
  };
}

function toView(row: ApplicationRow): ApplicationView {
  const chosen = chosenThemesOf(row.chosenThemes);
  const themes: ThemeView[] = THEMES.filter((t) => chosen.includes(t.value)).map((t) => {
    const stored = row.themes.find((theme) => theme.theme === t.value);
    return {
      theme: t.value,
      whatChanged: stored?.whatChanged ?? "",
      difference: stored?.difference ?? "",
      stakeholderCount: stored?.stakeholderCount ?? "",
      places: stored?.places ?? "",
      startMonth: stored?.startMonth ?? "",
      startYear: stored?.startYear ?? "",
      endMonth: stored?.endMonth ?? "",
      endYear: stored?.endYear ?? "",
      marmotPrinciples: stored?.marmotPrinciples ?? "",
      status: sectionStatus(stored?.startedAt ?? null, stored?.completedAt ?? null),
      version: stored?.version ?? 0,
      evidence: (stored?.evidence ?? []).map(toEvidenceView),
    };
  });
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    organisationId: row.organisationId,
    editable: isEditable(row.status),
    live: row.liveKey !== null,
    orgDetails: Object.fromEntries(ORG_DETAIL_FIELDS.map((f) => [f, row[f]])) as unknown as OrgDetails,
    orgDetailsStatus: sectionStatus(row.orgDetailsStartedAt, row.orgDetailsCompletedAt),
    orgDetailsVersion: row.orgDetailsVersion,
    chosenThemes: chosen,
    themesStatus: sectionStatus(row.themesStartedAt, row.themesCompletedAt),
    themesVersion: row.themesVersion,
    themes,
    declaration: {
      declarationName: row.declarationName,
      declarationRole: row.declarationRole,
      declarationConfirmed: row.declarationConfirmed,
    },
    declarationStatus: sectionStatus(row.declarationStartedAt, row.declarationCompletedAt),
    declarationVersion: row.declarationVersion,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawalReason: row.withdrawalReason,
    copiedFromId: row.copiedFromId,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}

/** Today's date in the UK as YYYY-MM-DD. */
function londonDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

export function windowState(settings: ProgrammeSettings, now: Date) {
  const { opensOn, closesOn } = settings.award.applicationWindow;
  const today = londonDate(now);
  const open = (!opensOn || today >= opensOn) && (!closesOn || today <= closesOn);
  return { open, opensOn, closesOn, notYetOpen: Boolean(opensOn && today < opensOn) };
}

export function createApplicationsService(deps: {
  prisma: Db;
  settings: SettingsService;
  mailer: Mailer;
  evidence: EvidenceService;
  now?: () => Date;
}) {
  const { prisma } = deps;
  const now = deps.now ?? (() => new Date());

  /** The application, if the user is a member of the organisation it belongs to. */
  async function load(userId: string, applicationId: string): Promise<ApplicationRow | null> {
    return prisma.application.findFirst({
      where: { id: applicationId, organisation: { members: { some: { userId } } } },
      include: withThemes,
    });
  }

  function incompleteSections(view: ApplicationView, settings: ProgrammeSettings): string[] {
    const missing: string[] = [];
    if (!validate(orgDetailsSchema, view.orgDetails).ok || view.orgDetailsStatus !== "COMPLETED") {
      missing.push("Organisation details");
    }
    const themesValid = validate(themesSchema(settings.award.minimumThemes), {
      chosenThemes: joinList(view.chosenThemes),
    }).ok;
    if (!themesValid || view.themesStatus !== "COMPLETED") missing.push("Choose themes");
    const schema = themeSectionSchema(themeLimits(settings, now()));
    for (const theme of view.themes) {
      if (theme.status !== "COMPLETED" || !validate(schema, theme).ok) {
        missing.push(`${THEMES.find((t) => t.value === theme.theme)?.label ?? theme.theme} theme`);
      }
    }
    if (!validate(declarationSchema, view.declaration).ok || view.declarationStatus !== "COMPLETED") {
      missing.push("Declaration");
    }
    return missing;
  }

  return {
    checkEligibility(
      input: unknown,
    ): { errors: FieldErrors } | { eligible: true } | { ineligible: Ineligibility; answers: EligibilityAnswers } {
      const answers = validate(eligibilitySchema, input);
      if (!answers.ok) return { errors: answers.errors };
      if (answers.data.organisationType === "NONE") return { ineligible: "organisation-type", answers: answers.data };
      if (answers.data.worksInPlaces === "no") return { ineligible: "places", answers: answers.data };
      if (answers.data.authorised === "no") return { ineligible: "authority", answers: answers.data };
      return { eligible: true };
    },

    /** The organisation the user applies for: their first, and the live application if any. */
    async applicantContext(userId: string) {
      const membership = await prisma.membership.findFirst({
        where: { userId },
        orderBy: { createdAt: "asc" },
        include: {
          organisation: {
            include: {
              applications: {
                orderBy: { createdAt: "desc" },
                select: { id: true, status: true, liveKey: true, reference: true, createdAt: true, submittedAt: true },
              },
            },
          },
        },
      });
      if (!membership) return null;
      const applications = membership.organisation.applications;
      return {
        organisationId: membership.organisationId,
        organisationName: membership.organisation.name,
        liveApplicationId: applications.find((a) => a.liveKey !== null)?.id ?? null,
        applications: applications.map((a) => ({
          id: a.id,
          status: a.status,
          reference: a.reference,
          createdAt: a.createdAt,
          submittedAt: a.submittedAt,
        })),
      };
    },

    /**
     * Starts an application for the user's organisation, with its details filled in from the
     * organisation's profile. If one is already live, that one is returned instead.
     */
    async start(actor: Actor): Promise<{ id: string } | null> {
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
          await recordAudit(tx, {
            actorId: actor.id,
            action: "application.start",
            subjectType: "Application",
            subjectId: application.id,
            after: { organisationId: organisation.id },
          });
          return { id: application.id };
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        const live = await prisma.application.findFirst({ where: { liveKey: organisation.id }, select: { id: true } });
        return live;
      }
    },

    async view(userId: string, applicationId: string): Promise<ApplicationView | null> {
      const row = await load(userId, applicationId);
      return row ? toView(row) : null;
    },

    async saveOrgDetails(
      actor: Actor,
      applicationId: string,
      answers: OrgDetails,
      options: { version: number; complete: boolean },
    ): Promise<SaveOutcome<OrgDetails> | null> {
      const row = await load(actor.id, applicationId);
      if (!row) return null;
      if (!isEditable(row.status)) return { outcome: "locked" };
      const check = validate(orgDetailsSchema, answers);
      const stored = check.ok ? { ...answers, ...check.data, orgPlaces: joinList(check.data.orgPlaces) } : answers;
      const completed = check.ok && options.complete;
      const result = await prisma.application.updateMany({
        where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, orgDetailsVersion: options.version },
        data: {
          ...stored,
          orgDetailsStartedAt: row.orgDetailsStartedAt ?? now(),
          orgDetailsCompletedAt: completed ? now() : null,
          orgDetailsVersion: { increment: 1 },
        },
      });
      if (result.count === 1) return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
      const fresh = await load(actor.id, applicationId);
      if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
      return { outcome: "conflict", theirs: toView(fresh).orgDetails, version: fresh.orgDetailsVersion };
    },

    async saveThemes(
      actor: Actor,
      applicationId: string,
      chosen: string[],
      options: { version: number; complete: boolean },
    ): Promise<SaveOutcome<ThemeValue[]> | null> {
      const row = await load(actor.id, applicationId);
      if (!row) return null;
      if (!isEditable(row.status)) return { outcome: "locked" };
      const settings = await deps.settings.all();
      const known = THEMES.map((t) => t.value as string);
      const kept = known.filter((value) => chosen.includes(value));
      const unknown = chosen.filter((value) => !known.includes(value));
      const check = validate(themesSchema(settings.award.minimumThemes), { chosenThemes: joinList(chosen) });
      const errors =
        unknown.length > 0 ? { chosenThemes: "Select themes from the list" } : check.ok ? {} : check.errors;
      const valid = Object.keys(errors).length === 0;
      const completed = valid && options.complete;
      const saved = await prisma.$transaction(async (tx) => {
        const result = await tx.application.updateMany({
          where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, themesVersion: options.version },
          data: {
            chosenThemes: joinList(kept),
            themesStartedAt: row.themesStartedAt ?? now(),
            themesCompletedAt: completed ? now() : null,
            themesVersion: { increment: 1 },
          },
        });
        if (result.count === 0) return false;
        // A theme taken off keeps its answers, so choosing it again brings them back.
        for (const theme of kept) {
          await tx.applicationTheme.upsert({
            where: { applicationId_theme: { applicationId, theme: theme as ThemeValue } },
            create: { applicationId, theme: theme as ThemeValue },
            update: {},
          });
        }
        return true;
      });
      if (saved) return { outcome: "saved", completed, errors };
      const fresh = await load(actor.id, applicationId);
      if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
      return { outcome: "conflict", theirs: chosenThemesOf(fresh.chosenThemes), version: fresh.themesVersion };
    },

    async saveTheme(
      actor: Actor,
      applicationId: string,
      theme: ThemeValue,
      answers: ThemeAnswers,
      options: { version: number; complete: boolean },
    ): Promise<SaveOutcome<ThemeAnswers> | null> {
      const row = await load(actor.id, applicationId);
      if (!row || !chosenThemesOf(row.chosenThemes).includes(theme)) return null;
      if (!isEditable(row.status)) return { outcome: "locked" };
      const settings = await deps.settings.all();
      const check = validate(themeSectionSchema(themeLimits(settings, now())), answers);
      const completed = check.ok && options.complete;
      const existing = row.themes.find((t) => t.theme === theme);
      const saved = await prisma.$transaction(async (tx) => {
        // Touching the application first takes its row lock, so a submission cannot slip in
        // between this check and the save.
        const open = await tx.application.updateMany({
          where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
          data: { updatedAt: now() },
        });
        if (open.count === 0) return "locked" as const;
        const result = await tx.applicationTheme.updateMany({
          where: { applicationId, theme, version: options.version },
          data: {
            ...answers,
            startedAt: existing?.startedAt ?? now(),
            completedAt: completed ? now() : null,
            updatedById: actor.id,
            version: { increment: 1 },
          },
        });
        return result.count === 1 ? ("saved" as const) : ("conflict" as const);
      });
      if (saved === "saved") return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
      if (saved === "locked") return { outcome: "locked" };
      const fresh = await load(actor.id, applicationId);
      const theirs = fresh?.themes.find((t) => t.theme === theme);
      if (!fresh || !theirs) return { outcome: "locked" };
      const picked = Object.fromEntries(THEME_FIELDS.map((f) => [f, theirs[f]])) as unknown as ThemeAnswers;
      return { outcome: "conflict", theirs: picked, version: theirs.version };
    },

    async saveDeclaration(
      actor: Actor,
      applicationId: string,
      answers: Declaration,
      options: { version: number; complete: boolean },
    ): Promise<SaveOutcome<Declaration> | null> {
      const row = await load(actor.id, applicationId);
      if (!row) return null;
      if (!isEditable(row.status)) return { outcome: "locked" };
      const check = validate(declarationSchema, answers);
      const completed = check.ok && options.complete;
      const result = await prisma.application.updateMany({
        where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] }, declarationVersion: options.version },
        data: {
          ...answers,
          declarationStartedAt: row.declarationStartedAt ?? now(),
          declarationCompletedAt: completed ? now() : null,
          declarationVersion: { increment: 1 },
        },
      });
      if (result.count === 1) return { outcome: "saved", completed, errors: check.ok ? {} : check.errors };
      const fresh = await load(actor.id, applicationId);
      if (!fresh || !isEditable(fresh.status)) return { outcome: "locked" };
      return { outcome: "conflict", theirs: toView(fresh).declaration, version: fresh.declarationVersion };
    },

    async readiness(userId: string, applicationId: string) {
      const row = await load(userId, applicationId);
      if (!row) return null;
      const settings = await deps.settings.all();
      const view = toView(row);
      return {
        view,
        incomplete: incompleteSections(view, settings),
        window: windowState(settings, now()),
        decisionWorkingDays: settings.award.decisionWorkingDays,
      };
    },

    async submit(actor: Actor, applicationId: string): Promise<SubmitOutcome | null> {
      const row = await load(actor.id, applicationId);
      if (!row) return null;
      if (!isEditable(row.status)) return { outcome: "already-submitted", reference: row.reference };
      const settings = await deps.settings.all();
      const window = windowState(settings, now());
      if (!window.open) return { outcome: "window-closed", opensOn: window.opensOn, closesOn: window.closesOn };
      const incomplete = incompleteSections(toView(row), settings);
      if (incomplete.length > 0) return { outcome: "incomplete", sections: incomplete };

      const submittedAt = now();
      const reference = await prisma.$transaction(async (tx) => {
        const won = await tx.application.updateMany({
          where: { id: applicationId, status: { in: [...EDITABLE_STATUSES] } },
          data: { status: "SUBMITTED", submittedAt, submittedById: actor.id },
        });
        if (won.count === 0) return null;
        let ref = row.reference;
        if (!ref) {
          const year = submittedAt.getUTCFullYear();
          const counter = await tx.applicationReferenceCounter.upsert({
            where: { year },
            create: { year, last: 1 },
            update: { last: { increment: 1 } },
          });
          ref = `SVA-${year}-${String(counter.last).padStart(4, "0")}`;
          await tx.application.update({ where: { id: applicationId }, data: { reference: ref } });
        }
        await recordAudit(tx, {
          actorId: actor.id,
          action: "application.submit",
          subjectType: "Application",
          subjectId: applicationId,
          before: { status: row.status },
          after: { status: "SUBMITTED", reference: ref },
        });
        return ref;
      });
      if (!reference) {
        const fresh = await prisma.application.findUnique({
          where: { id: applicationId },
          select: { reference: true },
        });
        return { outcome: "already-submitted", reference: fresh?.reference ?? null };
      }

      const [members, leads] = await Promise.all([
        prisma.membership.findMany({
          where: { organisationId: row.organisationId, user: { active: true } },
          include: { user: true },
        }),
        prisma.user.findMany({ where: { role: "PROGRAMME_LEAD", active: true } }),
      ]);
      const context = { reference, organisationName: row.orgName, submittedBy: actor.fullName, applicationId };
      await deps.mailer.send({
        to: members.map((m) => m.user.email),
        subject: `Application ${reference} submitted`,
        template: "application-submitted",
        context: { ...context, decisionWorkingDays: settings.award.decisionWorkingDays },
      });
      if (leads.length > 0) {
        await deps.mailer.send({
          to: leads.map((l) => l.email),
          subject: `New application ${reference} from ${row.orgName}`,
          template: "application-submitted-lead",
          context,
        });
      }
      return { outcome: "submitted", reference };
    },

    async withdraw(actor: Actor, applicationId: string, reason: string): Promise<"withdrawn" | "not-allowed" | null> {
      const row = await load(actor.id, applicationId);
      if (!row) return null;
      const allowed = ["DRAFT", "SUBMITTED", "IN_ASSESSMENT", "REVISIONS_REQUESTED"];
      return prisma.$transaction(async (tx) => {
        const result = await tx.application.updateMany({
          where: { id: applicationId, status: { in: allowed as ("DRAFT" | "SUBMITTED")[] } },
          data: {
            status: "WITHDRAWN",
            liveKey: null,
            withdrawnAt: now(),
            withdrawnById: actor.id,
            withdrawalReason: reason,
          },
        });
        if (result.count === 0) return "not-allowed" as const;
        await recordAudit(tx, {
          actorId: actor.id,
          action: "application.withdraw",
          subjectType: "Application",
          subjectId: applicationId,
          before: { status: row.status },
          after: { status: "WITHDRAWN", reason },
        });
        return "withdrawn" as const;
      });
    },

    /**
     * Starts a new application from a copy of a previous one that is no longer live. Every section
     * is copied as "in progress" so that the organisation reviews it; the declaration is not copied.
     */
    async reapply(actor: Actor, previousId: string): Promise<{ id: string } | "live-exists" | null> {
      const previous = await load(actor.id, previousId);
      if (!previous) return null;
      if (previous.liveKey !== null) return "live-exists";
      const startedAt = now();
      const files = await deps.evidence.copyFor(previous.themes);
      try {
        return await prisma.$transaction(async (tx) => {
          const copy = await tx.application.create({
            data: {
              organisationId: previous.organisationId,
              liveKey: previous.organisationId,
              createdById: actor.id,
              copiedFromId: previous.id,
              ...Object.fromEntries(ORG_DETAIL_FIELDS.map((f) => [f, previous[f]])),
              orgDetailsStartedAt: startedAt,
              chosenThemes: previous.chosenThemes,
              themesStartedAt: previous.chosenThemes ? startedAt : null,
              themes: {
                create: previous.themes.map((t) => ({
                  theme: t.theme,
                  ...Object.fromEntries(THEME_FIELDS.map((f) => [f, t[f]])),
                  startedAt,
                  updatedById: actor.id,
                  evidence: {
                    create: (files.byTheme.get(t.theme) ?? []).map((file) => ({ ...file, uploadedById: actor.id })),
                  },
                })),
              },
            },
          });
          await recordAudit(tx, {
            actorId: actor.id,
            action: "application.reapply",
            subjectType: "Application",
            subjectId: copy.id,
            after: { copiedFrom: previous.id },
          });
          return { id: copy.id };
        });
      } catch (error) {
        await files.discard();
        if (isUniqueViolation(error)) return "live-exists";
        throw error;
      }
    },
  };
}

export type ApplicationsService = ReturnType<typeof createApplicationsService>;
export { LIVE_STATUSES };
