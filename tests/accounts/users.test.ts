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

async function signedInLead(email: string) {
  const lead = await createUser(t.prisma, { email, role: "PROGRAMME_LEAD", fullName: `Lead ${email}` });
  const visitor = new Visitor(t.app);
  await visitor.signIn(lead.email, lead.password);
  return { lead, visitor };
}

describe("the programme lead's user management", () => {
  it("lists users a page at a time and shows each one", async () => {
    const { visitor } = await signedInLead("lister@example.org");
    const person = await createUser(t.prisma, { email: "listed@example.org", fullName: "Listed Person" });
    const list = await visitor.get("/admin/users");
    expect(list.status).toBe(200);
    expect(list.text).toContain("Listed Person");
    expect(list.text).toContain(`href="/admin/users/${person.id}"`);
    const page = await visitor.get(`/admin/users/${person.id}`);
    expect(page.text).toContain("listed@example.org");
    expect((await visitor.get("/admin/users/no-such-user")).status).toBe(404);
    expect((await visitor.get("/admin/users?page=999")).status).toBe(200);
  });

  it("changes a user's role, with immediate effect and an audit record", async () => {
    const { lead, visitor } = await signedInLead("roles@example.org");
    const person = await createUser(t.prisma, { email: "promoted@example.org" });
    const personVisitor = new Visitor(t.app);
    await personVisitor.signIn(person.email, person.password);
    expect((await personVisitor.get("/assessment")).status).toBe(403);

    const changed = await visitor.submit(`/admin/users/${person.id}`, `/admin/users/${person.id}/role`, {
      role: "ASSESSOR",
    });
    expect(changed.status).toBe(303);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: person.id } })).role).toBe("ASSESSOR");
    expect((await personVisitor.get("/assessment")).status).toBe(200);
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { subjectId: person.id, action: "user.role-change" },
    });
    expect(event.actorId).toBe(lead.id);
    expect(JSON.parse(event.before!)).toEqual({ role: "APPLICANT" });
    expect(JSON.parse(event.after!)).toEqual({ role: "ASSESSOR" });

    const bad = await visitor.submit(`/admin/users/${person.id}`, `/admin/users/${person.id}/role`, { role: "KING" });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('href="#role"');
  });

  it("deactivates a user, ending their sessions at once, and reactivates them", async () => {
    const { visitor } = await signedInLead("deactivator@example.org");
    const person = await createUser(t.prisma, { email: "deactivated@example.org" });
    const personVisitor = new Visitor(t.app);
    await personVisitor.signIn(person.email, person.password);
    expect(await t.prisma.session.count({ where: { userId: person.id } })).toBe(1);

    const done = await visitor.submit(`/admin/users/${person.id}`, `/admin/users/${person.id}/deactivate`, {});
    expect(done.status).toBe(303);
    expect(await t.prisma.session.count({ where: { userId: person.id } })).toBe(0);
    const after = await personVisitor.get("/account");
    expect(after.status).toBe(303);
    expect(after.headers.location).toContain("/sign-in");
    const refused = await new Visitor(t.app).submit("/sign-in", "/sign-in", {
      email: person.email,
      password: person.password,
    });
    expect(refused.status).toBe(400);
    expect(await t.prisma.auditEvent.count({ where: { subjectId: person.id, action: "user.deactivate" } })).toBe(1);

    await visitor.submit(`/admin/users/${person.id}`, `/admin/users/${person.id}/reactivate`, {});
    await new Visitor(t.app).signIn(person.email, person.password);
    expect(await t.prisma.auditEvent.count({ where: { subjectId: person.id, action: "user.reactivate" } })).toBe(1);
  });

  it("always keeps at least one active programme lead", async () => {
    // The only other lead in this database is deactivated, so this lead is the last active one.
    await t.prisma.user.updateMany({ where: { role: "PROGRAMME_LEAD" }, data: { active: false } });
    const { lead, visitor } = await signedInLead("last@example.org");
    const demote = await visitor.submit(`/admin/users/${lead.id}`, `/admin/users/${lead.id}/role`, {
      role: "ASSESSOR",
    });
    expect(demote.status).toBe(409);
    expect(demote.text).toContain("There must always be at least one active programme lead");
    expect(demote.text).toContain('href="#role"');
    const self = await visitor.submit(`/admin/users/${lead.id}`, `/admin/users/${lead.id}/deactivate`, {});
    expect(self.status).toBe(409);
    expect(self.text).toContain("You cannot deactivate your own account");
    expect(self.text).toContain('href="#deactivate"');

    const second = await createUser(t.prisma, { email: "second-lead@example.org", role: "PROGRAMME_LEAD" });
    const secondVisitor = new Visitor(t.app);
    await secondVisitor.signIn(second.email, second.password);
    // With two leads, one can step down; then the other is the last and cannot.
    expect(
      (await visitor.submit(`/admin/users/${lead.id}`, `/admin/users/${lead.id}/role`, { role: "ASSESSOR" })).status,
    ).toBe(303);
    const lastDemote = await secondVisitor.submit(`/admin/users/${second.id}`, `/admin/users/${second.id}/role`, {
      role: "APPLICANT",
    });
    expect(lastDemote.status).toBe(409);
    expect(await t.prisma.user.count({ where: { role: "PROGRAMME_LEAD", active: true } })).toBe(1);
  });

  it("invites an assessor, who creates an account with that role from the link", async () => {
    const { visitor } = await signedInLead("inviter@example.org");
    const empty = await visitor.submit("/admin/users/invite", "/admin/users/invite", { email: "" });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('href="#email"');
    expect(empty.text).toContain('href="#role"');

    const sent = await visitor.submit("/admin/users/invite", "/admin/users/invite", {
      email: "new.assessor@example.org",
      role: "ASSESSOR",
    });
    expect(sent.status).toBe(303);
    const mail = latestMailTo(t, "new.assessor@example.org");
    expect(mail?.text).toContain("as: Assessor");
    const link = linkIn(mail, "/invitations/");
    const assessor = new Visitor(t.app);
    const accepted = await assessor.submit(link, link, { fullName: "Ana Assessor", password: STRONG_PASSWORD });
    expect(accepted.status).toBe(303);
    expect((await t.prisma.user.findUniqueOrThrow({ where: { email: "new.assessor@example.org" } })).role).toBe(
      "ASSESSOR",
    );
    expect((await assessor.get("/assessment")).status).toBe(200);

    const again = await visitor.submit("/admin/users/invite", "/admin/users/invite", {
      email: "new.assessor@example.org",
      role: "PROGRAMME_LEAD",
    });
    expect(again.status).toBe(400);
    expect(again.text).toContain("already has an account");
  });
});
