import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import type { FieldErrors } from "../../platform/validation.js";
import {
  labelOf,
  ORGANISATION_TYPES,
  PLACES,
  type OrganisationTypeValue,
  type PlaceValue,
} from "../programme/index.js";
import type { SignRequestInput } from "./schemas.js";

const PUBLIC_PAGE_SIZE = 50;

export function createCharterService(prisma: Db, mailer: Mailer) {
  async function notify(signatureId: string, template: "charter-approved" | "charter-declined", subject: string) {
    const signature = await prisma.charterSignature.findUnique({
      where: { id: signatureId },
      include: { organisation: { include: { members: { where: { isOwner: true }, include: { user: true } } } } },
    });
    if (!signature) return;
    const requester = signature.requestedById
      ? await prisma.user.findUnique({ where: { id: signature.requestedById } })
      : null;
    const to = requester?.active
      ? [requester.email]
      : signature.organisation.members.map((member) => member.user.email);
    if (to.length === 0) return;
    await mailer.send({
      to,
      subject,
      template,
      context: { organisation: signature.organisation.name, reason: signature.reason, name: requester?.fullName ?? "" },
    });
  }

  return {
    /** Approved signatories, newest first, optionally by sector (organisation type) and place. */
    async signatories(filter: { sector?: OrganisationTypeValue; place?: PlaceValue; page: number }) {
      const where = {
        status: "APPROVED" as const,
        organisation: {
          // An erased organisation still counts in the programme's figures, but is not listed.
          erasedAt: null,
          ...(filter.sector ? { type: filter.sector } : {}),
          ...(filter.place ? { places: { some: { place: filter.place } } } : {}),
        },
      };
      const total = await prisma.charterSignature.count({ where });
      const pageCount = Math.max(1, Math.ceil(total / PUBLIC_PAGE_SIZE));
      const page = Math.min(filter.page, pageCount);
      const rows = await prisma.charterSignature.findMany({
        where,
        orderBy: [{ signedAt: "desc" }, { id: "asc" }],
        skip: (page - 1) * PUBLIC_PAGE_SIZE,
        take: PUBLIC_PAGE_SIZE,
        include: { organisation: { include: { places: true } } },
      });
      return {
        total,
        page,
        pageCount,
        items: rows.map((row) => ({
          id: row.id,
          organisation: row.organisation.name,
          sector: labelOf(ORGANISATION_TYPES, row.organisation.type),
          places: row.organisation.places.map((p) => labelOf(PLACES, p.place)).sort(),
          signedAt: row.signedAt,
          pledge: row.pledge,
        })),
      };
    },

    /** Organisations the person owns, with where each stands with the charter. */
    async ownedOrganisations(userId: string) {
      const memberships = await prisma.membership.findMany({
        where: { userId, isOwner: true },
        include: {
          organisation: { include: { charterSignatures: { where: { status: { in: ["PENDING", "APPROVED"] } } } } },
        },
        orderBy: { createdAt: "asc" },
      });
      return memberships.map((m) => ({
        id: m.organisation.id,
        name: m.organisation.name,
        status: m.organisation.charterSignatures[0]?.status ?? null,
      }));
    },

    async request(
      userId: string,
      input: SignRequestInput,
    ): Promise<{ ok: true; id: string } | { ok: false; errors: FieldErrors }> {
      const membership = await prisma.membership.findFirst({
        where: { userId, organisationId: input.organisationId, isOwner: true },
      });
      if (!membership) return { ok: false, errors: { organisationId: "Select an organisation you own" } };
      return prisma.$transaction(async (tx) => {
        const open = await tx.charterSignature.findFirst({
          where: { organisationId: input.organisationId, status: { in: ["PENDING", "APPROVED"] } },
        });
        if (open) {
          return {
            ok: false as const,
            errors: {
              organisationId:
                open.status === "APPROVED"
                  ? "This organisation has already signed the charter"
                  : "This organisation has already asked to sign: the programme lead will reply",
            },
          };
        }
        const created = await tx.charterSignature.create({
          data: {
            organisationId: input.organisationId,
            requestedById: userId,
            sponsorName: input.sponsorName,
            sponsorRole: input.sponsorRole,
            pledge: input.pledge,
          },
        });
        await recordAudit(tx, {
          actorId: userId,
          action: "charter.request",
          subjectType: "CharterSignature",
          subjectId: created.id,
          after: input,
        });
        return { ok: true as const, id: created.id };
      });
    },

    async forLead(status: "PENDING" | "APPROVED" | "DECLINED" | "REMOVED") {
      return prisma.charterSignature.findMany({
        where: { status },
        orderBy: { createdAt: status === "PENDING" ? "asc" : "desc" },
        take: 200,
        include: { organisation: true },
      });
    },

    async get(id: string) {
      const row = await prisma.charterSignature.findUnique({
        where: { id },
        include: { organisation: { include: { places: true } } },
      });
      if (!row) return null;
      return {
        ...row,
        sectorLabel: labelOf(ORGANISATION_TYPES, row.organisation.type),
        placeLabels: row.organisation.places.map((p) => labelOf(PLACES, p.place)),
      };
    },

    async approve(id: string, actorId: string): Promise<boolean> {
      const changed = await prisma.$transaction(async (tx) => {
        const now = new Date();
        const { count } = await tx.charterSignature.updateMany({
          where: { id, status: "PENDING" },
          data: { status: "APPROVED", decidedAt: now, decidedById: actorId, signedAt: now, reason: "" },
        });
        if (count === 1)
          await recordAudit(tx, { actorId, action: "charter.approve", subjectType: "CharterSignature", subjectId: id });
        return count === 1;
      });
      if (changed) await notify(id, "charter-approved", "Your organisation has signed the Social Value Charter");
      return changed;
    },

    async decline(id: string, reason: string, actorId: string): Promise<boolean> {
      const changed = await prisma.$transaction(async (tx) => {
        const { count } = await tx.charterSignature.updateMany({
          where: { id, status: "PENDING" },
          data: { status: "DECLINED", decidedAt: new Date(), decidedById: actorId, reason },
        });
        if (count === 1)
          await recordAudit(tx, {
            actorId,
            action: "charter.decline",
            subjectType: "CharterSignature",
            subjectId: id,
            after: { reason },
          });
        return count === 1;
      });
      if (changed) await notify(id, "charter-declined", "Your request to sign the Social Value Charter");
      return changed;
    },

    /** Takes an approved signatory off the public list. */
    async remove(id: string, reason: string, actorId: string): Promise<boolean> {
      return prisma.$transaction(async (tx) => {
        const { count } = await tx.charterSignature.updateMany({
          where: { id, status: "APPROVED" },
          data: { status: "REMOVED", decidedAt: new Date(), decidedById: actorId, reason },
        });
        if (count === 1)
          await recordAudit(tx, {
            actorId,
            action: "charter.remove",
            subjectType: "CharterSignature",
            subjectId: id,
            after: { reason },
          });
        return count === 1;
      });
    },
  };
}

export type CharterService = ReturnType<typeof createCharterService>;
