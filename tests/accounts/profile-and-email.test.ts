import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMailTo, linkIn } from "../helpers/accounts.js";
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

describe("profile", () => {
  it("saves a new name and job title, trimmed, and audits what changed", async () => {
    const user = await createUser(t.prisma, { email: "profile@example.org", fullName: "Old Name" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const saved = await visitor.submit("/account/profile", "/account/profile", {
      fullName: "  Siân Ní Bhriain ",
      jobTitle: "Head of <b>Partnerships</b>",
    });
    expect(saved.status).toBe(303);
    const account = await visitor.get(saved.headers.location as string);
    expect(account.text).toContain("Your name and job title have been saved");
    expect(account.text).toContain("Siân Ní Bhriain");
    expect(account.text).toContain("Head of &lt;b&gt;Partnerships&lt;/b&gt;");
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { subjectId: user.id, action: "user.profile-update" },
    });
    expect(event.actorId).toBe(user.id);
    expect(JSON.parse(event.before!)).toEqual({ fullName: "Old Name", jobTitle: "" });
    expect(JSON.parse(event.after!)).toEqual({ fullName: "Siân Ní Bhriain", jobTitle: "Head of <b>Partnerships</b>" });
  });

  it("shows errors for an empty or over-long name, keeping what was typed", async () => {
    const user = await createUser(t.prisma);
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const response = await visitor.submit("/account/profile", "/account/profile", {
      fullName: " ",
      jobTitle: "j".repeat(101),
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('href="#fullName"');
    expect(response.text).toContain("Job title must be 100 characters or fewer");
    expect(response.text).toContain(`value="${"j".repeat(101)}"`);
  });
});

describe("changing an email address", () => {
  it("sends a link to the new address and changes the email only when it is followed", async () => {
    const user = await createUser(t.prisma, { email: "before@example.org", fullName: "Mover" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const sent = await visitor.submit("/account/email", "/account/email", {
      email: " After@Example.org ",
      currentPassword: user.password,
    });
    expect(sent.status).toBe(303);
    const account = await visitor.get(sent.headers.location as string);
    expect(account.text).toContain("We have sent a link to your new email address");
    expect(account.text).toContain("Waiting for you to confirm after@example.org");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("before@example.org");

    const link = linkIn(latestMailTo(t, "after@example.org"), "/confirm-email/");
    const confirmed = await visitor.get(link);
    expect(confirmed.status).toBe(200);
    expect(confirmed.text).toContain("Your email address has been changed");
    const changed = await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(changed.email).toBe("after@example.org");
    expect(changed.emailVerifiedAt).not.toBeNull();
    expect(latestMailTo(t, "before@example.org")?.subject).toBe("Your email address has been changed");
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { subjectId: user.id, action: "user.email-change" },
    });
    expect(JSON.parse(event.before!)).toEqual({ email: "before@example.org" });
    expect(JSON.parse(event.after!)).toEqual({ email: "after@example.org" });

    expect((await new Visitor(t.app).get(link)).status).toBe(410);
    await new Visitor(t.app).signIn("AFTER@example.org", user.password);
  });

  it("needs the current password and a different address", async () => {
    const user = await createUser(t.prisma, { email: "stay@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const wrong = await visitor.submit("/account/email", "/account/email", {
      email: "new@example.org",
      currentPassword: "wrong password",
    });
    expect(wrong.status).toBe(400);
    expect(wrong.text).toContain("Your current password is not right");
    expect(wrong.text).toContain('value="new@example.org"');
    const same = await visitor.submit("/account/email", "/account/email", {
      email: "STAY@example.org",
      currentPassword: user.password,
    });
    expect(same.status).toBe(400);
    expect(same.text).toContain("different from the one you use now");
    expect(latestMailTo(t, "new@example.org")).toBeUndefined();
  });

  it("does not reveal that the new address already has an account", async () => {
    await createUser(t.prisma, { email: "occupied@example.org", fullName: "Occupant" });
    const user = await createUser(t.prisma, { email: "curious@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    const response = await visitor.submit("/account/email", "/account/email", {
      email: "occupied@example.org",
      currentPassword: user.password,
    });
    expect(response.status).toBe(303);
    expect(response.headers.location).toBe("/account?sent=email-change");
    expect(latestMailTo(t, "occupied@example.org")?.subject).toBe("Someone tried to use this email address");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("curious@example.org");
  });

  it("refuses the link if the address was taken by another account in the meantime", async () => {
    const user = await createUser(t.prisma, { email: "racer@example.org" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    await visitor.submit("/account/email", "/account/email", {
      email: "contested@example.org",
      currentPassword: user.password,
    });
    const link = linkIn(latestMailTo(t, "contested@example.org"), "/confirm-email/");
    await createUser(t.prisma, { email: "contested@example.org" });
    const response = await visitor.get(link);
    expect(response.status).toBe(409);
    expect(response.text).toContain("That email address is already in use");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe("racer@example.org");
  });
});
