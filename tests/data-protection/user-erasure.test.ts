import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { signedIn } from "../helpers/applications.js";
import { signedInAs } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { TEST_PASSWORD } from "../helpers/factories.js";
import {
  HARBOUR,
  leadAndAssessor,
  organisationStory,
  statistics,
  storedPath,
  whereFound,
  type OrganisationStory,
} from "./helpers.js";

type People = Awaited<ReturnType<typeof leadAndAssessor>>;
interface Portal extends People {
  t: TestApp;
  story: OrganisationStory;
}

const opened: TestApp[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

/**
 * An app on a database of its own, closed after the file's tests, with a lead, the assessor Ffion
 * Scorer and the harbour organisation, whose review she submitted.
 */
async function harbourPortal(): Promise<Portal> {
  const t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  opened.push(t);
  const { lead, assessor } = await leadAndAssessor(t, "Ffion Scorer");
  const story = await organisationStory(t, { lead: lead.visitor, assessor }, HARBOUR);
  return { t, lead, assessor, story };
}

// The tests that erase no one from the harbour share one portal; each test that erases one of its
// people has a harbour to itself, which no other test uses.
let shared: Portal;
let memberErasure: Portal;
let assessorErasure: Portal;

beforeAll(async () => {
  shared = await harbourPortal();
});
beforeAll(async () => {
  memberErasure = await harbourPortal();
});
beforeAll(async () => {
  assessorErasure = await harbourPortal();
});

const erasePage = (id: string) => `/admin/users/${id}/erase`;

describe("erasing a user", () => {
  it("is linked from the user's page, for programme leads only", async () => {
    const { t, lead, assessor, story } = shared;
    const page = await lead.visitor.get(`/admin/users/${story.member.id}`);
    expect(page.text).toContain(`href="/admin/users/${story.member.id}/erase"`);
    expect(page.text).toContain("Erase this user");
    expect((await new Visitor(t.app).get(erasePage(story.member.id))).headers.location).toContain("/sign-in");
    expect((await assessor.visitor.get(erasePage(story.member.id))).status).toBe(403);
    expect((await story.ownerVisitor.get(erasePage(story.member.id))).status).toBe(403);
    expect((await lead.visitor.get(erasePage("no-such-user"))).status).toBe(404);
    const token = /name="_csrf" value="([^"]+)"/.exec((await assessor.visitor.get("/account")).text)?.[1] ?? "";
    expect((await assessor.visitor.post(erasePage(story.member.id), { _csrf: token, confirmed: "yes" })).status).toBe(
      403,
    );
  });

  it("removes a member's personal data from every table, ends their sessions and keeps the statistics", async () => {
    const { t, lead, story } = memberErasure;
    const member = story.member;
    // The member renames themselves, so that an earlier name sits in the audit log.
    const memberVisitor = await signedIn(t.app, member);
    const renamed = await memberVisitor.submit("/account/profile", "/account/profile", {
      fullName: "Mabli Harbour-Hand",
      jobTitle: "Volunteer harbour guide",
    });
    expect(renamed.status).toBe(303);
    await t.prisma.champion.create({
      data: { name: "Mabli Harbour-Hand", place: "WIRRAL", email: member.email.toUpperCase(), listed: true },
    });
    await t.prisma.invitation.create({
      data: {
        tokenHash: "hash-of-an-old-invitation",
        email: member.email,
        role: "APPLICANT",
        organisationId: story.organisation.id,
        expiresAt: new Date("2027-01-01T00:00:00Z"),
      },
    });
    const needles = ["Mabli Quayside", "Mabli Harbour-Hand", member.email, "Volunteer harbour guide"];
    expect(await whereFound(t, needles)).not.toEqual([]);
    const applicationIds = (await t.prisma.application.findMany({ select: { id: true } })).map((a) => a.id);
    const before = await statistics(t, applicationIds);
    const evidence = await t.prisma.evidenceFile.findMany();

    const page = await lead.visitor.get(erasePage(member.id));
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain("What will be removed");
    expect(page.text).toContain("Their account: name, email address, job title and password");
    expect(page.text).toContain("1 signed-in session: they are signed out at once");
    expect(page.text).toContain("Their membership of Wirral Harbour Foundation");
    expect(page.text).toContain("1 Social Value Champion entry with their email address");
    expect(page.text).toContain("What will be kept");

    const unconfirmed = await lead.visitor.submit(erasePage(member.id), erasePage(member.id), {
      requestReference: "SAR 12/3",
    });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.text).toContain('href="#confirmed"');
    expect(unconfirmed.text).toContain("Confirm that you have checked this request");
    expect(await t.prisma.user.count({ where: { id: member.id } })).toBe(1);

    const erased = await lead.visitor.submit(erasePage(member.id), erasePage(member.id), {
      confirmed: "yes",
      requestReference: "DP-2026-011",
    });
    expect(erased.status, erased.text.slice(0, 300)).toBe(303);
    expect(erased.headers.location).toBe("/admin/erased?what=account");

    expect(await whereFound(t, needles)).toEqual([]);
    expect(await t.prisma.user.count({ where: { id: member.id } })).toBe(0);
    expect((await memberVisitor.get("/account")).headers.location).toContain("/sign-in");
    expect(await statistics(t, applicationIds)).toEqual(before);
    // The evidence is the organisation's, and stays with it; the member's name left its description.
    for (const file of evidence) expect(existsSync(storedPath(t, file.storageKey))).toBe(true);
    const description = await t.prisma.evidenceFile.findFirstOrThrow({ where: { id: evidence[0]!.id } });
    expect(description.description).toBe("Photographs taken by [removed]");
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: story.applicationId } });
    expect(theme.difference).toBe("[removed] says the difference is clear.");
    // The rest of the organisation is untouched.
    expect(await whereFound(t, ["Olwen Harbourmaster", "Wirral Harbour Foundation"])).not.toEqual([]);

    const entry = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.erase", subjectId: member.id } });
    expect(entry.actorId).toBe(lead.user.id);
    expect(JSON.parse(entry.after!)).toMatchObject({
      reason: "request",
      requestReference: "DP-2026-011",
      accountKept: false,
    });
    const profileChange = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "user.profile-update", subjectId: member.id },
    });
    expect(profileChange.actorId).toBeNull();
    expect(JSON.parse(profileChange.after!)).toEqual({ fullName: "[removed]", jobTitle: "[removed]" });
  });

  it("keeps an assessor's submitted review, under an account with no personal data that cannot sign in", async () => {
    const { t, lead, assessor, story } = assessorErasure;
    const user = assessor.user;
    const reviews = await t.prisma.assignment.findMany({ where: { assessorId: user.id }, include: { scores: true } });
    expect(reviews.some((r) => r.reviewStatus === "SUBMITTED")).toBe(true);
    const applicationIds = reviews.map((r) => r.applicationId);
    const before = await statistics(t, applicationIds);
    expect(await whereFound(t, ["Ffion Scorer", user.email])).not.toEqual([]);

    const page = await lead.visitor.get(erasePage(user.id));
    expect(page.text).toContain(
      "The account itself stays, as “Erased account”, unable to sign in, because their reviews stay",
    );
    expect(page.text).toContain("1 submitted review, with the scores, as an anonymous assessor");
    const erased = await lead.visitor.submit(erasePage(user.id), erasePage(user.id), { confirmed: "yes" });
    expect(erased.status).toBe(303);

    expect(await whereFound(t, ["Ffion Scorer", user.email])).toEqual([]);
    expect(await statistics(t, applicationIds)).toEqual(before);
    const kept = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(kept).toMatchObject({ fullName: "Erased account", jobTitle: "", active: false, role: "ASSESSOR" });
    expect(kept.erasedAt).not.toBeNull();
    expect((await assessor.visitor.get("/assessor")).headers.location).toContain("/sign-in");
    const signIn = await new Visitor(t.app).submit("/sign-in", "/sign-in", {
      email: user.email,
      password: TEST_PASSWORD,
    });
    expect(signIn.status).toBe(400);
    // The decision page shows the review's scores, never a name.
    const lead2 = await lead.visitor.get(`/admin/applications/${story.applicationId}`);
    expect(lead2.status).toBe(200);
    expect(lead2.text).not.toContain("Ffion Scorer");
    const again = await lead.visitor.get(erasePage(user.id));
    expect(again.text).toContain("This account has already been erased");
    expect(again.text).not.toContain('action="/admin/users/');
  });

  it("refuses to erase an organisation's owner, pointing to the handover or the organisation's erasure", async () => {
    const { t, lead, story } = shared;
    const page = await lead.visitor.get(erasePage(story.owner.id));
    expect(page.text).toContain("This person owns an organisation");
    expect(page.text).toContain(`href="/admin/organisations/${story.organisation.id}/erase"`);
    expect(page.text).not.toContain('name="confirmed"');
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    const refused = await lead.visitor.post(erasePage(story.owner.id), { _csrf: token, confirmed: "yes" });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain("This person owns an organisation");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: story.owner.id } })).fullName).toBe(
      "Olwen Harbourmaster",
    );
  });

  it("says where published settings still name the person, which erasure does not edit", async () => {
    const { t, lead } = shared;
    const contact = await signedInAs(t, "PROGRAMME_LEAD", "Carys Contact");
    const before = await t.deps.settings.get("contact");
    try {
      await t.deps.settings.set(
        "contact",
        { name: "Carys Contact", role: "Programme lead", organisation: "", email: contact.user.email },
        lead.user.id,
      );
      const page = await lead.visitor.get(erasePage(contact.user.id));
      expect(page.text).toContain("Their name or email address also appears in the contact settings");
    } finally {
      await t.deps.settings.set("contact", before, lead.user.id);
    }
  });

  it("never erases the last active programme lead, nor lets a lead erase their own account", async () => {
    const { t, lead } = shared;
    const second = await signedInAs(t, "PROGRAMME_LEAD", "Second Lead");
    const own = await second.visitor.get(erasePage(second.user.id));
    expect(own.text).toContain("You cannot erase your own account");
    expect(own.text).not.toContain('name="confirmed"');
    const token = /name="_csrf" value="([^"]+)"/.exec(own.text)?.[1] ?? "";
    expect((await second.visitor.post(erasePage(second.user.id), { _csrf: token, confirmed: "yes" })).status).toBe(409);

    // The other leads leave; the one left cannot be erased, by anyone. They all come back afterwards.
    const others = await t.prisma.user.findMany({
      where: { role: "PROGRAMME_LEAD", active: true, id: { not: second.user.id } },
      select: { id: true },
    });
    try {
      await t.prisma.user.updateMany({
        where: { role: "PROGRAMME_LEAD", id: { not: second.user.id } },
        data: { active: false },
      });
      const last = await second.visitor.get(erasePage(second.user.id));
      expect(last.text).toContain("There must always be at least one active programme lead");
      const refused = await t.deps.dataProtection.erasure.eraseUser(lead.user.id, second.user.id, "");
      expect(refused).toEqual({ ok: false, refusal: { kind: "last-lead" } });
      expect((await t.prisma.user.findUniqueOrThrow({ where: { id: second.user.id } })).active).toBe(true);
      // Another lead, made active again, can erase this one.
      await t.prisma.user.update({ where: { id: lead.user.id }, data: { active: true } });
      const done = await t.deps.dataProtection.erasure.eraseUser(lead.user.id, second.user.id, "");
      expect(done).toEqual({ ok: true, accountKept: false });
    } finally {
      await t.prisma.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { active: true } });
    }
  });
});
