import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import type { Mailer } from "../../platform/mail.js";
import { changedFields } from "../accounts/index.js";
import { createInvitation, type InvitationsService } from "../invitations/index.js";
import { labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS, type PlaceValue } from "../programme/index.js";
import type { OrganisationDetails } from "./schemas.js";

export interface OrganisationPage {
  id: string;
  isOwner: boolean;
  details: OrganisationDetails;
  labels: { type: string; sizeBand: string; places: string[] };
  members: { id: string; userId: string; fullName: string; email: string; jobTitle: string; isOwner: boolean }[];
  pendingInvitations: { id: string; email: string; expiresAt: Date }[];
}

// Every refusal below answers null, which the routes turn into 404: whether an organisation exists
// is not told to people who are not its members.
export function createOrganisationsService(prisma: Db, mailer: Mailer, invitations: InvitationsService) {
  async function membership(userId: string, organisationId: string) {
    if (typeof organisationId !== "string" || organisationId.length > 64) return null;
    return prisma.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
  }

  async function ownerOf(userId: string, organisationId: string) {
    const found = await membership(userId, organisationId);
    return found?.isOwner ? found : null;
  }

  async function detailsOf(organisationId: string): Promise<OrganisationDetails> {
    const org = await prisma.organisation.findUniqueOrThrow({
      where: { id: organisationId },
      include: { places: true },
    });
    return {
      name: org.name,
      type: org.type,
      registrationNumber: org.registrationNumber ?? "",
      addressLine1: org.addressLine1,
      addressLine2: org.addressLine2,
      town: org.town,
      postcode: org.postcode,
      places: PLACES.map((p) => p.value).filter((value) => org.places.some((row) => row.place === value)),
      sizeBand: org.sizeBand ?? "MICRO",
      website: org.website ?? "",
    };
  }

  return {
    async listForUser(userId: string): Promise<{ id: string; name: string; isOwner: boolean }[]> {
      const rows = await prisma.membership.findMany({
        where: { userId },
        include: { organisation: true },
        orderBy: { createdAt: "asc" },
      });
      return rows.map((row) => ({ id: row.organisationId, name: row.organisation.name, isOwner: row.isOwner }));
    },

    async page(userId: string, organisationId: string): Promise<OrganisationPage | null> {
      const mine = await membership(userId, organisationId);
      if (!mine) return null;
      const [details, members, pending] = await Promise.all([
        detailsOf(organisationId),
        prisma.membership.findMany({
          where: { organisationId },
          include: { user: true },
          orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }],
        }),
        prisma.invitation.findMany({
          where: { organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
          orderBy: { createdAt: "desc" },
          take: 50,
        }),
      ]);
      return {
        id: organisationId,
        isOwner: mine.isOwner,
        details,
        labels: {
          type: labelOf(ORGANISATION_TYPES, details.type),
          sizeBand: labelOf(SIZE_BANDS, details.sizeBand),
          places: details.places.map((place: PlaceValue) => labelOf(PLACES, place)),
        },
        members: members.map((m) => ({
          id: m.id,
          userId: m.userId,
          fullName: m.user.fullName,
          email: m.user.email,
          jobTitle: m.user.jobTitle,
          isOwner: m.isOwner,
        })),
        pendingInvitations: pending.map((i) => ({ id: i.id, email: i.email, expiresAt: i.expiresAt })),
      };
    },

    /** The details for the owner's edit form, or null for anyone else. */
    async detailsForOwner(userId: string, organisationId: string): Promise<OrganisationDetails | null> {
      if (!(await ownerOf(userId, organisationId))) return null;
      return detailsOf(organisationId);
    },

    async update(userId: string, organisationId: string, input: OrganisationDetails): Promise<boolean> {
      if (!(await ownerOf(userId, organisationId))) return false;
      const before = await detailsOf(organisationId);
      const changes = changedFields(before, input);
      if (!changes) return true;
      const { places, ...fields } = input;
      await prisma.$transaction(async (tx) => {
        await tx.organisation.update({
          where: { id: organisationId },
          data: { ...fields, registrationNumber: fields.registrationNumber || null, website: fields.website || null },
        });
        await tx.organisationPlace.deleteMany({ where: { organisationId } });
        await tx.organisationPlace.createMany({ data: places.map((place) => ({ organisationId, place })) });
        await recordAudit(tx, {
          actorId: userId,
          action: "organisation.update",
          subjectType: "Organisation",
          subjectId: organisationId,
          ...changes,
        });
      });
      return true;
    },

    /** The owner invites a colleague. Refused until the owner has confirmed their own email. */
    async invite(
      userId: string,
      organisationId: string,
      email: string,
    ): Promise<"sent" | "not-found" | "unverified" | "already-member"> {
      if (!(await ownerOf(userId, organisationId))) return "not-found";
      const inviter = await prisma.user.findUniqueOrThrow({ where: { id: userId } });
      if (!inviter.emailVerifiedAt) return "unverified";
      const alreadyMember = await prisma.membership.findFirst({ where: { organisationId, user: { email } } });
      if (alreadyMember) return "already-member";
      const org = await prisma.organisation.findUniqueOrThrow({ where: { id: organisationId } });
      const { token } = await prisma.$transaction(async (tx) => {
        const created = await createInvitation(tx, { email, role: "APPLICANT", organisationId, invitedById: userId });
        await recordAudit(tx, {
          actorId: userId,
          action: "invitation.create",
          subjectType: "Invitation",
          subjectId: created.id,
          after: { email, organisationId, role: "APPLICANT" },
        });
        return created;
      });
      await invitations.sendInvitation({
        email,
        token,
        inviterName: inviter.fullName,
        organisationName: org.name,
        role: "APPLICANT",
      });
      return "sent";
    },

    /** The member as the owner sees them before removing them or handing over ownership. */
    /** An invitation not yet accepted, for the owner only. */
    async pendingInvitationForOwner(userId: string, organisationId: string, invitationId: string) {
      if (!(await ownerOf(userId, organisationId))) return null;
      if (typeof invitationId !== "string" || invitationId.length > 64) return null;
      const invitation = await prisma.invitation.findFirst({
        where: { id: invitationId, organisationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
        include: { organisation: true },
      });
      if (!invitation) return null;
      return {
        id: invitation.id,
        email: invitation.email,
        expiresAt: invitation.expiresAt,
        organisationName: invitation.organisation?.name ?? "",
      };
    },

    /** The owner withdraws an invitation: its link stops working at once. */
    async cancelInvitation(userId: string, organisationId: string, invitationId: string): Promise<boolean> {
      const invitation = await this.pendingInvitationForOwner(userId, organisationId, invitationId);
      if (!invitation) return false;
      return prisma.$transaction(async (tx) => {
        const changed = await tx.invitation.updateMany({
          where: { id: invitation.id, acceptedAt: null, revokedAt: null },
          data: { revokedAt: new Date() },
        });
        if (changed.count === 0) return false;
        await recordAudit(tx, {
          actorId: userId,
          action: "organisation.invitation-cancel",
          subjectType: "Organisation",
          subjectId: organisationId,
          before: { invitationEmail: invitation.email },
        });
        return true;
      });
    },

    async memberForOwner(userId: string, organisationId: string, memberId: string) {
      if (!(await ownerOf(userId, organisationId))) return null;
      const member = await prisma.membership.findFirst({
        where: { id: memberId, organisationId },
        include: { user: true, organisation: true },
      });
      if (!member || member.userId === userId) return null;
      return {
        id: member.id,
        fullName: member.user.fullName,
        email: member.user.email,
        organisationName: member.organisation.name,
      };
    },

    async removeMember(userId: string, organisationId: string, memberId: string): Promise<boolean> {
      const member = await this.memberForOwner(userId, organisationId, memberId);
      if (!member) return false;
      await prisma.$transaction(async (tx) => {
        await tx.membership.delete({ where: { id: memberId } });
        await recordAudit(tx, {
          actorId: userId,
          action: "organisation.member-remove",
          subjectType: "Organisation",
          subjectId: organisationId,
          before: { memberEmail: member.email, memberName: member.fullName },
        });
      });
      await mailer.send({
        to: member.email,
        subject: `You are no longer a member of ${member.organisationName}`,
        template: "member-removed",
        context: { fullName: member.fullName, organisationName: member.organisationName },
      });
      return true;
    },

    async transferOwnership(userId: string, organisationId: string, memberId: string): Promise<boolean> {
      const member = await this.memberForOwner(userId, organisationId, memberId);
      if (!member) return false;
      const moved = await prisma.$transaction(async (tx) => {
        // Only while the current owner is still the owner: two transfers at once cannot both win.
        const demoted = await tx.membership.updateMany({
          where: { userId, organisationId, isOwner: true },
          data: { isOwner: false },
        });
        if (demoted.count !== 1) return false;
        const promoted = await tx.membership.update({ where: { id: memberId }, data: { isOwner: true } });
        await recordAudit(tx, {
          actorId: userId,
          action: "organisation.ownership-transfer",
          subjectType: "Organisation",
          subjectId: organisationId,
          before: { ownerUserId: userId },
          after: { ownerUserId: promoted.userId },
        });
        return true;
      });
      if (!moved) return false;
      await mailer.send({
        to: member.email,
        subject: `You are now the owner of ${member.organisationName}`,
        template: "ownership-transferred",
        context: { fullName: member.fullName, organisationName: member.organisationName },
      });
      return true;
    },
  };
}

export type OrganisationsService = ReturnType<typeof createOrganisationsService>;
