import type { Actor } from "../../platform/auth.js";
import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import { incompleteSections } from "./completeness.js";
import type { ApplicationsDeps } from "./deps.js";
import { notifySubmitted } from "./notifications.js";
import { isEditable, loadForMember, toView, type ApplicationRow } from "./queries.js";
import { EDITABLE_STATUSES } from "./types.js";
import { windowState } from "./window.js";

export type SubmitOutcome =
  | { outcome: "submitted"; reference: string }
  | { outcome: "already-submitted"; reference: string | null }
  | { outcome: "unverified" }
  | { outcome: "incomplete"; sections: string[] }
  | { outcome: "window-closed"; opensOn: string | null; closesOn: string | null }
  | { outcome: "locked" };

/** Whether the person has followed the link sent to their email address, as stored now. */
async function hasVerifiedEmail(prisma: Db, userId: string): Promise<boolean> {
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return Boolean(user?.emailVerifiedAt);
}

/**
 * Submits the application for assessment. Drafts can be worked on before the person's email
 * address is confirmed; submitting needs it, whoever asks for the submission.
 */
export async function submit(
  deps: ApplicationsDeps,
  actor: Actor,
  applicationId: string,
): Promise<SubmitOutcome | null> {
  const { prisma, now } = deps;
  const row = await loadForMember(prisma, actor.id, applicationId);
  if (!row) return null;
  if (!(await hasVerifiedEmail(prisma, actor.id))) return { outcome: "unverified" };
  if (!isEditable(row.status)) return { outcome: "already-submitted", reference: row.reference };
  const settings = await deps.settings.all();
  const window = windowState(settings, now());
  if (!window.open) return { outcome: "window-closed", opensOn: window.opensOn, closesOn: window.closesOn };
  const incomplete = incompleteSections(toView(row), settings, now());
  if (incomplete.length > 0) return { outcome: "incomplete", sections: incomplete };

  const reference = await markSubmitted(prisma, actor, row, now());
  if (!reference) {
    const fresh = await prisma.application.findUnique({ where: { id: applicationId }, select: { reference: true } });
    return { outcome: "already-submitted", reference: fresh?.reference ?? null };
  }
  await notifySubmitted(deps, {
    applicationId,
    organisationId: row.organisationId,
    organisationName: row.orgName,
    reference,
    submittedBy: actor.fullName,
    decisionWorkingDays: settings.award.decisionWorkingDays,
  });
  return { outcome: "submitted", reference };
}

/**
 * Moves the application to SUBMITTED and gives it a reference (keeping the one it had, if it is
 * coming back after revisions). Null when another submission got there first.
 */
async function markSubmitted(prisma: Db, actor: Actor, row: ApplicationRow, submittedAt: Date): Promise<string | null> {
  return prisma.$transaction(async (tx) => {
    const won = await tx.application.updateMany({
      where: { id: row.id, status: { in: [...EDITABLE_STATUSES] } },
      data: { status: "SUBMITTED", submittedAt, submittedById: actor.id },
    });
    if (won.count === 0) return null;
    let reference = row.reference;
    if (!reference) {
      const year = submittedAt.getUTCFullYear();
      const counter = await tx.applicationReferenceCounter.upsert({
        where: { year },
        create: { year, last: 1 },
        update: { last: { increment: 1 } },
      });
      reference = `SVA-${year}-${String(counter.last).padStart(4, "0")}`;
      await tx.application.update({ where: { id: row.id }, data: { reference } });
    }
    await recordAudit(tx, actor.id, "application.submit", ["Application", row.id], {
      before: { status: row.status },
      after: { status: "SUBMITTED", reference },
    });
    return reference;
  });
}
