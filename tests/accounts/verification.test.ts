import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { latestMailTo, linkIn, signUp, STRONG_PASSWORD } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function signedUp(email: string) {
  const visitor = new Visitor(t.app);
  await signUp(visitor, email);
  await visitor.signIn(email, STRONG_PASSWORD);
  const user = await t.prisma.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  return { visitor, user, organisationId: user.memberships[0]!.organisationId };
}

describe("email verification", () => {
  it("lets a new owner sign in before verifying, but not invite anyone until they follow the link", async () => {
    const { visitor, organisationId } = await signedUp("unverified@example.org");
    const account = await visitor.get("/account");
    expect(account.text).toContain("Confirm your email address");

    const refused = await visitor.submit(
      `/organisations/${organisationId}/invite`,
      `/organisations/${organisationId}/invite`,
      {
        email: "colleague@example.org",
      },
    );
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("Confirm your own email address before you invite anyone");
    expect(await t.prisma.invitation.count({ where: { email: "colleague@example.org" } })).toBe(0);

    const link = linkIn(latestMailTo(t, "unverified@example.org"), "/verify-email/");
    const verified = await new Visitor(t.app).get(link);
    expect(verified.status).toBe(200);
    expect(verified.text).toContain("Your email address is confirmed");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "unverified@example.org" } });
    expect(user.emailVerifiedAt).not.toBeNull();
    expect(await t.prisma.auditEvent.count({ where: { subjectId: user.id, action: "user.email-verified" } })).toBe(1);

    expect((await visitor.get("/account")).text).not.toContain("Send a new link");
    const invited = await visitor.submit(
      `/organisations/${organisationId}/invite`,
      `/organisations/${organisationId}/invite`,
      {
        email: "colleague@example.org",
      },
    );
    expect(invited.status).toBe(303);
  });

  it("works once: the same link again gets a clear page with a way forward", async () => {
    await signUp(new Visitor(t.app), "twice@example.org");
    const link = linkIn(latestMailTo(t, "twice@example.org"), "/verify-email/");
    expect((await new Visitor(t.app).get(link)).status).toBe(200);
    const again = await new Visitor(t.app).get(link);
    expect(again.status).toBe(410);
    expect(again.text).toContain("This link has already been used");
    expect(again.text).toContain('href="/account"');
  });

  it("expires after 24 hours", async () => {
    await signUp(new Visitor(t.app), "late@example.org");
    const link = linkIn(latestMailTo(t, "late@example.org"), "/verify-email/");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "late@example.org" } });
    const token = await t.prisma.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(Math.abs(token.expiresAt.getTime() - token.createdAt.getTime() - 24 * 60 * 60_000)).toBeLessThan(60_000);
    await t.prisma.accountToken.update({ where: { id: token.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const response = await new Visitor(t.app).get(link);
    expect(response.status).toBe(410);
    expect(response.text).toContain("This link has expired");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt).toBeNull();
  });

  it("refuses a tampered or made-up link, and keeps only the token's hash", async () => {
    await signUp(new Visitor(t.app), "tamper@example.org");
    const link = linkIn(latestMailTo(t, "tamper@example.org"), "/verify-email/");
    const token = link.split("/").pop()!;
    const flipped = token.slice(0, -1) + (token.endsWith("A") ? "B" : "A");
    for (const path of [`/verify-email/${flipped}`, "/verify-email/nonsense", `/verify-email/${token}extra`]) {
      const response = await new Visitor(t.app).get(path);
      expect(response.status).toBe(404);
      expect(response.text).toContain("This link is not valid");
    }
    expect(await t.prisma.accountToken.count({ where: { tokenHash: token } })).toBe(0);
    // The request log shows the path with the token hidden.
    expect(JSON.stringify(t.logLines())).not.toContain(token);
    // A reset link's token is not accepted as a verification token either.
    expect((await new Visitor(t.app).get(`/reset-password/${token}`)).status).toBe(404);
  });

  it("sends a new link on request, and the old one stops working", async () => {
    const { visitor } = await signedUp("resend@example.org");
    const first = linkIn(latestMailTo(t, "resend@example.org"), "/verify-email/");
    const resent = await visitor.submit("/account", "/account/resend-verification", {});
    expect(resent.status).toBe(303);
    expect((await visitor.get(resent.headers.location as string)).text).toContain("We have sent a new link");
    const second = linkIn(latestMailTo(t, "resend@example.org"), "/verify-email/");
    expect(second).not.toBe(first);
    expect((await new Visitor(t.app).get(first)).status).toBe(410);
    expect((await new Visitor(t.app).get(second)).status).toBe(200);
  });

  it("deletes links that ended more than a week ago, and keeps the others", async () => {
    await signUp(new Visitor(t.app), "prune@example.org");
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email: "prune@example.org" } });
    await t.prisma.accountToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 8 * 24 * 60 * 60_000) },
    });
    const before = await t.prisma.accountToken.count();
    expect(await t.deps.accounts.pruneExpiredLinks()).toBe(1);
    expect(await t.prisma.accountToken.count()).toBe(before - 1);
    expect(await t.prisma.accountToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
