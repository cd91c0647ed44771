import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { overview } from "../../src/modules/admin/overview.js";
import type { OrganisationsDeps } from "../../src/modules/organisations/deps.js";
import { removeMember, transferOwnership } from "../../src/modules/organisations/member-changes.js";
import { changeRole } from "../../src/modules/users/change-role.js";
import type { UsersDeps } from "../../src/modules/users/deps.js";
import { setActive } from "../../src/modules/users/set-active.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation } from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";

// The rules about who may change an account or an organisation's members, checked on the use
// cases themselves, without HTTP: a page that forgot a check could not get round them.

let t: TestApp;
let users: UsersDeps;
let organisations: OrganisationsDeps;
beforeAll(async () => {
  t = await createTestApp();
  const core = { prisma: t.prisma, now: t.deps.now, random: t.deps.random };
  users = { ...core, invitations: t.deps.invitations };
  organisations = { ...core, mailer: t.deps.mailer, invitations: t.deps.invitations };
});
afterAll(async () => {
  await t?.close();
});

const audited = (subjectId: string, action: string) => t.prisma.auditEvent.count({ where: { subjectId, action } });

describe("the last active programme lead", () => {
  it("can neither step down, be deactivated nor deactivate themselves, until another lead is active", async () => {
    await t.prisma.user.updateMany({ where: { role: "PROGRAMME_LEAD" }, data: { active: false } });
    const lead = await createUser(t.prisma, { email: "only-lead@example.org", role: "PROGRAMME_LEAD" });
    const former = await createUser(t.prisma, {
      email: "former-lead@example.org",
      role: "PROGRAMME_LEAD",
      active: false,
    });

    expect(await changeRole(users, lead.id, lead.id, "ASSESSOR")).toBe("last-lead");
    expect(await setActive(users, lead.id, lead.id, false)).toBe("self");
    // The rule holds whoever asks, not only on the lead's own page.
    expect(await setActive(users, former.id, lead.id, false)).toBe("last-lead");
    expect(await t.prisma.user.findUniqueOrThrow({ where: { id: lead.id } })).toMatchObject({
      role: "PROGRAMME_LEAD",
      active: true,
    });
    expect(await audited(lead.id, "user.role-change")).toBe(0);
    expect(await audited(lead.id, "user.deactivate")).toBe(0);

    // With a second active lead, the first may step down; then the second is the last.
    const second = await createUser(t.prisma, { email: "second-only-lead@example.org", role: "PROGRAMME_LEAD" });
    expect(await changeRole(users, lead.id, lead.id, "ASSESSOR")).toBe("done");
    expect(await audited(lead.id, "user.role-change")).toBe(1);
    expect(await changeRole(users, second.id, second.id, "APPLICANT")).toBe("last-lead");
    expect(await t.prisma.user.count({ where: { role: "PROGRAMME_LEAD", active: true } })).toBe(1);
  });

  it("counts among the active accounts on the lead's home page", async () => {
    const figures = await overview({ prisma: t.prisma });
    const active = async (role: "APPLICANT" | "ASSESSOR" | "PROGRAMME_LEAD") =>
      t.prisma.user.count({ where: { role, active: true } });
    expect(figures).toEqual({
      applicants: await active("APPLICANT"),
      assessors: await active("ASSESSOR"),
      leads: 1,
      organisations: await t.prisma.organisation.count(),
    });
  });
});

describe("an organisation's owner", () => {
  it("keeps the applicant role while they own an organisation", async () => {
    const lead = await createUser(t.prisma, { email: "role-lead@example.org", role: "PROGRAMME_LEAD" });
    const { owner } = await createOrganisation(t.prisma, "Owned Trust");
    expect(await changeRole(users, lead.id, owner.id, "ASSESSOR")).toBe("owner");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("APPLICANT");
  });

  it("cannot remove themselves nor hand ownership to themselves, so the organisation keeps its owner", async () => {
    const { organisation, owner } = await createOrganisation(t.prisma, "Last Owner Trust");
    const own = await t.prisma.membership.findFirstOrThrow({ where: { userId: owner.id } });

    expect(
      await removeMember(organisations, { userId: owner.id, organisationId: organisation.id, memberId: own.id }),
    ).toBe(false);
    expect(
      await transferOwnership(organisations, { userId: owner.id, organisationId: organisation.id, memberId: own.id }),
    ).toBe(false);
    expect(await t.prisma.membership.findUnique({ where: { id: own.id } })).toMatchObject({ isOwner: true });
    expect(await audited(organisation.id, "organisation.member-remove")).toBe(0);
  });

  it("may remove another member, but a member who is not the owner may not", async () => {
    const { organisation, owner } = await createOrganisation(t.prisma, "Two Member Trust");
    const member = await addMember(t.prisma, organisation.id);
    const theirs = await t.prisma.membership.findFirstOrThrow({ where: { userId: member.id } });
    const owners = await t.prisma.membership.findFirstOrThrow({ where: { userId: owner.id } });

    expect(
      await removeMember(organisations, { userId: member.id, organisationId: organisation.id, memberId: owners.id }),
    ).toBe(false);
    expect(await t.prisma.membership.count({ where: { organisationId: organisation.id } })).toBe(2);

    expect(
      await removeMember(organisations, { userId: owner.id, organisationId: organisation.id, memberId: theirs.id }),
    ).toBe(true);
    expect(await t.prisma.membership.findUnique({ where: { id: theirs.id } })).toBeNull();
    expect(await audited(organisation.id, "organisation.member-remove")).toBe(1);
    expect(t.outbox().some((m) => m.to.includes(member.email) && m.subject.includes("no longer a member"))).toBe(true);
  });
});
