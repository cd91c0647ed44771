import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMailTo, linkIn, STRONG_PASSWORD } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t.close();
});

let counter = 0;
/** A verified owner with an organisation, signed in. */
async function owner(name = "Owner Person") {
  counter += 1;
  const user = await createUser(t.prisma, { email: `owner${counter}@example.org`, fullName: name });
  const org = await t.prisma.organisation.create({
    data: {
      name: `Organisation ${counter}`,
      type: "VCFSE",
      addressLine1: "1 High Street",
      town: "Warrington",
      postcode: "WA1 1AA",
      sizeBand: "MICRO",
      places: { create: [{ place: "WARRINGTON" }] },
      members: { create: { userId: user.id, isOwner: true } },
    },
  });
  const visitor = new Visitor(t.app);
  await visitor.signIn(user.email, user.password);
  return { user, org, visitor, base: `/organisations/${org.id}` };
}

async function invite(visitor: Visitor, base: string, email: string) {
  return visitor.submit(`${base}/invite`, `${base}/invite`, { email });
}

describe("organisation members", () => {
  it("lets the owner invite a colleague, who creates an account from the link and joins", async () => {
    const { visitor, base, org, user } = await owner("Aoife Owner");
    const sent = await invite(visitor, base, " Colleague@Example.org ");
    expect(sent.status).toBe(303);
    const page = await visitor.get(sent.headers.location as string);
    expect(page.text).toContain("Invitation sent");
    expect(page.text).toContain("colleague@example.org");

    const mail = latestMailTo(t, "colleague@example.org");
    expect(mail?.subject).toBe(`Join ${org.name} on the Cheshire and Merseyside Social Value portal`);
    expect(mail?.text).toContain("Aoife Owner has invited you to join");
    expect(mail?.text).toContain("7 days");
    const link = linkIn(mail, "/invitations/");
    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email: "colleague@example.org" } });
    expect(Math.abs(invitation.expiresAt.getTime() - Date.now() - 7 * 24 * 60 * 60_000)).toBeLessThan(60_000);
    expect(link).not.toContain(invitation.tokenHash);
    expect(await t.prisma.auditEvent.count({ where: { actorId: user.id, action: "invitation.create" } })).toBe(1);

    const colleague = new Visitor(t.app);
    const form = await colleague.get(link);
    expect(form.status).toBe(200);
    expect(form.text).toContain(`Join ${org.name}`);
    expect(form.text).toContain(`Aoife Owner has invited you to join ${org.name} on the portal`);
    const bad = await colleague.submit(link, link, { fullName: "", password: "short" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#fullName"');
    expect(bad.text).toContain('href="#password"');

    const joined = await colleague.submit(link, link, {
      fullName: "Colm Colleague",
      jobTitle: "",
      password: STRONG_PASSWORD,
    });
    expect(joined.status).toBe(303);
    const created = await t.prisma.user.findUniqueOrThrow({ where: { email: "colleague@example.org" } });
    expect(created.role).toBe("APPLICANT");
    expect(created.emailVerifiedAt).not.toBeNull();
    const orgPage = await colleague.get(`/organisations/${org.id}`);
    expect(orgPage.status).toBe(200);
    expect(orgPage.text).toContain("Colm Colleague");
    // A member who is not the owner sees the members but cannot manage them.
    expect(orgPage.text).not.toContain("Invite a colleague");
    expect((await colleague.get(`${base}/invite`)).status).toBe(404);

    const reused = await new Visitor(t.app).get(link);
    expect(reused.status).toBe(410);
    expect(reused.text).toContain("This link has already been used");
  });

  it("lets a person who already has an account accept by signing in as that account", async () => {
    const { visitor, base, org } = await owner();
    const existing = await createUser(t.prisma, { email: "existing@example.org", fullName: "Existing Member" });
    await invite(visitor, base, existing.email);
    const link = linkIn(latestMailTo(t, existing.email), "/invitations/");

    const signedOut = await new Visitor(t.app).get(link);
    expect(signedOut.text).toContain("Sign in to accept");
    expect(signedOut.text).toContain(`/sign-in?returnTo=${encodeURIComponent(link)}`);

    const wrong = await createUser(t.prisma, { email: "wrong@example.org" });
    const wrongVisitor = new Visitor(t.app);
    await wrongVisitor.signIn(wrong.email, wrong.password);
    const refused = await wrongVisitor.submit(link, link, {});
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("This invitation is not for this account");

    const member = new Visitor(t.app);
    await member.signIn(existing.email, existing.password);
    const accepted = await member.submit(link, link, {});
    expect(accepted.status).toBe(303);
    expect(accepted.headers.location).toBe(`/organisations/${org.id}`);
    expect(await t.prisma.membership.count({ where: { organisationId: org.id, userId: existing.id } })).toBe(1);
  });

  it("refuses an expired or made-up invitation with a clear page", async () => {
    const { visitor, base } = await owner();
    await invite(visitor, base, "expired@example.org");
    const link = linkIn(latestMailTo(t, "expired@example.org"), "/invitations/");
    await t.prisma.invitation.updateMany({
      where: { email: "expired@example.org" },
      data: { expiresAt: new Date(Date.now() - 1) },
    });
    const expired = await new Visitor(t.app).get(link);
    expect(expired.status).toBe(410);
    expect(expired.text).toContain("This link has expired");
    expect(expired.text).toContain("Ask the person who invited you to send a new invitation");
    const post = await new Visitor(t.app).submit("/sign-in", link, { fullName: "Late", password: STRONG_PASSWORD });
    expect(post.status).toBe(410);
    expect(await t.prisma.user.findUnique({ where: { email: "expired@example.org" } })).toBeNull();
    expect((await new Visitor(t.app).get("/invitations/made-up")).status).toBe(404);
  });

  it("lets the owner cancel an invitation, after confirming, so that its link stops working", async () => {
    const { visitor, base, user } = await owner();
    await invite(visitor, base, "changed-mind@example.org");
    const link = linkIn(latestMailTo(t, "changed-mind@example.org"), "/invitations/");
    const invitation = await t.prisma.invitation.findFirstOrThrow({ where: { email: "changed-mind@example.org" } });
    const page = await visitor.get(base);
    expect(page.text).toContain(`${base}/invitations/${invitation.id}/cancel`);
    const confirm = await visitor.get(`${base}/invitations/${invitation.id}/cancel`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain("Cancel the invitation to changed-mind@example.org?");
    const cancelled = await visitor.submit(
      `${base}/invitations/${invitation.id}/cancel`,
      `${base}/invitations/${invitation.id}/cancel`,
      {},
    );
    expect(cancelled.status).toBe(303);
    const after = await visitor.get(cancelled.headers.location as string);
    expect(after.text).toContain("The invitation has been cancelled");
    expect(after.text).not.toContain("changed-mind@example.org");
    expect((await new Visitor(t.app).get(link)).status).toBe(404);
    const join = await new Visitor(t.app).submit("/sign-in", link, { fullName: "Too Late", password: STRONG_PASSWORD });
    expect(join.status).toBe(404);
    expect(await t.prisma.user.findUnique({ where: { email: "changed-mind@example.org" } })).toBeNull();
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, action: "organisation.invitation-cancel" },
    });
    expect(JSON.parse(event.before!)).toMatchObject({ invitationEmail: "changed-mind@example.org" });
    // Once cancelled, there is nothing left to cancel.
    expect((await visitor.get(`${base}/invitations/${invitation.id}/cancel`)).status).toBe(404);
  });

  it("does not invite someone who is already a member", async () => {
    const { visitor, base, user } = await owner();
    const response = await invite(visitor, base, user.email);
    expect(response.status).toBe(400);
    expect(response.text).toContain("already a member");
  });

  it("lets the owner remove a member, after confirming, and tells them", async () => {
    const { visitor, base, org, user } = await owner();
    const member = await createUser(t.prisma, { email: "leaving@example.org", fullName: "Leaving Member" });
    const membership = await t.prisma.membership.create({ data: { userId: member.id, organisationId: org.id } });
    const confirm = await visitor.get(`${base}/members/${membership.id}/remove`);
    expect(confirm.text).toContain("Remove Leaving Member from");
    const removed = await visitor.submit(
      `${base}/members/${membership.id}/remove`,
      `${base}/members/${membership.id}/remove`,
      {},
    );
    expect(removed.status).toBe(303);
    expect(await t.prisma.membership.findUnique({ where: { id: membership.id } })).toBeNull();
    expect(latestMailTo(t, member.email)?.subject).toBe(`You are no longer a member of ${org.name}`);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, action: "organisation.member-remove" },
    });
    expect(JSON.parse(event.before!)).toMatchObject({ memberEmail: member.email });

    const former = new Visitor(t.app);
    await former.signIn(member.email, member.password);
    expect((await former.get(base)).status).toBe(404);
  });

  it("hands ownership to another member", async () => {
    const { visitor, base, org, user } = await owner();
    const member = await createUser(t.prisma, { email: "heir@example.org", fullName: "Heir Member" });
    const membership = await t.prisma.membership.create({ data: { userId: member.id, organisationId: org.id } });
    const empty = await visitor.submit(`${base}/transfer`, `${base}/transfer`, {});
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#memberId"');
    const moved = await visitor.submit(`${base}/transfer`, `${base}/transfer`, { memberId: membership.id });
    expect(moved.status).toBe(303);
    const rows = await t.prisma.membership.findMany({ where: { organisationId: org.id } });
    expect(rows.find((r) => r.userId === member.id)?.isOwner).toBe(true);
    expect(rows.find((r) => r.userId === user.id)?.isOwner).toBe(false);
    expect(latestMailTo(t, member.email)?.subject).toBe(`You are now the owner of ${org.name}`);
    expect(
      await t.prisma.auditEvent.count({ where: { action: "organisation.ownership-transfer", subjectId: org.id } }),
    ).toBe(1);
    // The former owner can no longer manage members.
    expect((await visitor.get(`${base}/invite`)).status).toBe(404);
  });

  it("lets the owner edit the organisation's details, auditing before and after", async () => {
    const { visitor, base, org, user } = await owner();
    const bad = await visitor.submit(`${base}/edit`, `${base}/edit`, {
      name: "Renamed",
      type: "BUSINESS",
      addressLine1: "1 High Street",
      town: "Warrington",
      postcode: "nope",
      sizeBand: "LARGE",
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#postcode"');
    expect(bad.text).toContain('href="#places"');
    expect(bad.text).toContain('value="Renamed"');
    const saved = await visitor.submit(`${base}/edit`, `${base}/edit`, {
      name: "Renamed Ltd",
      type: "BUSINESS",
      registrationNumber: "sc123456",
      addressLine1: "1 High Street",
      town: "Warrington",
      postcode: "wa11aa",
      places: ["WARRINGTON", "HALTON"],
      sizeBand: "MICRO",
    });
    expect(saved.status).toBe(303);
    const updated = await t.prisma.organisation.findUniqueOrThrow({ where: { id: org.id }, include: { places: true } });
    expect(updated.name).toBe("Renamed Ltd");
    expect(updated.registrationNumber).toBe("SC123456");
    expect(updated.postcode).toBe("WA1 1AA");
    expect(updated.places.map((p) => p.place).sort()).toEqual(["HALTON", "WARRINGTON"]);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { actorId: user.id, action: "organisation.update" },
    });
    expect(JSON.parse(event.before!)).toMatchObject({ name: org.name, type: "VCFSE", places: ["WARRINGTON"] });
    expect(JSON.parse(event.after!)).toMatchObject({
      name: "Renamed Ltd",
      type: "BUSINESS",
      places: ["HALTON", "WARRINGTON"],
    });
    expect(JSON.parse(event.after!)).not.toHaveProperty("town");
  });

  it("answers 404 for another organisation's pages, and for a member of it who is not the owner", async () => {
    const first = await owner();
    const second = await owner();
    for (const path of ["", "/edit", "/invite", "/transfer"]) {
      expect((await first.visitor.get(`${second.base}${path}`)).status).toBe(404);
    }
    const postInvite = await first.visitor.submit(`${first.base}/invite`, `${second.base}/invite`, {
      email: "x@example.org",
    });
    expect(postInvite.status).toBe(404);
    const theirOwner = await t.prisma.membership.findFirstOrThrow({ where: { organisationId: second.org.id } });
    const remove = await first.visitor.submit(
      `${first.base}/invite`,
      `${second.base}/members/${theirOwner.id}/remove`,
      {},
    );
    expect(remove.status).toBe(404);
    expect(await t.prisma.membership.count({ where: { organisationId: second.org.id } })).toBe(1);
    await invite(second.visitor, second.base, "theirs@example.org");
    const theirs = await t.prisma.invitation.findFirstOrThrow({ where: { email: "theirs@example.org" } });
    const cancelPath = `${second.base}/invitations/${theirs.id}/cancel`;
    expect((await first.visitor.get(cancelPath)).status).toBe(404);
    expect((await first.visitor.submit(`${first.base}/invite`, cancelPath, {})).status).toBe(404);
    // Nor through one's own organisation's address.
    const viaOwn = `${first.base}/invitations/${theirs.id}/cancel`;
    expect((await first.visitor.submit(`${first.base}/invite`, viaOwn, {})).status).toBe(404);
    expect((await t.prisma.invitation.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
    expect((await first.visitor.get("/organisations/does-not-exist")).status).toBe(404);
    expect((await request(t.app).get(first.base)).status).toBe(303);
  });
});
