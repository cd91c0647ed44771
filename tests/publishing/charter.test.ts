import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";
import { signedIn } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

async function owner(name: string, isOwner = true) {
  const user = await createUser(t.prisma, { fullName: `${name} Owner` });
  const organisation = await t.prisma.organisation.create({
    data: {
      name,
      type: "VCFSE",
      places: { create: [{ place: "KNOWSLEY" }] },
      members: { create: { userId: user.id, isOwner } },
    },
  });
  const visitor = new Visitor(t.app);
  await visitor.signIn(user.email, user.password);
  return { user, organisation, visitor };
}

describe("signing the charter", () => {
  it("goes from an owner's request to the lead's approval, an email and the public list", async () => {
    const { organisation, visitor, user } = await owner("Knowsley Food Network");
    const invalid = await visitor.submit("/charter/sign", "/charter/sign", {
      organisationId: organisation.id,
      sponsorName: "",
      sponsorRole: "Chief Executive",
      pledge: "",
    });
    expect(invalid.status).toBe(400);
    expect(invalid.text).toContain('href="#sponsorName"');
    expect(invalid.text).toContain('href="#pledge"');
    expect(invalid.text).toContain('value="Chief Executive"');

    const sent = await visitor.submit("/charter/sign", "/charter/sign", {
      organisationId: organisation.id,
      sponsorName: "Dana Sponsor",
      sponsorRole: "Chief Executive",
      pledge: "We will buy locally.",
    });
    expect(sent.status).toBe(303);
    expect((await new Visitor(t.app).get("/charter")).text).not.toContain("Knowsley Food Network");

    const again = await visitor.submit("/charter/sign", "/charter/sign", {
      organisationId: organisation.id,
      sponsorName: "Dana Sponsor",
      sponsorRole: "Chief Executive",
      pledge: "Again",
    });
    expect(again.status).toBe(400);
    expect(again.text).toContain("already asked to sign");

    const { visitor: lead } = await signedIn(t);
    const request = await t.prisma.charterSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
    expect((await lead.get("/admin/charter")).text).toContain("Knowsley Food Network");
    const approved = await lead.submit(`/admin/charter/${request.id}`, `/admin/charter/${request.id}/approve`, {});
    expect(approved.status).toBe(303);

    const list = await new Visitor(t.app).get("/charter?place=KNOWSLEY");
    expect(list.text).toContain("Knowsley Food Network");
    const mail = t.outbox()[0];
    expect(mail?.to).toEqual([user.email]);
    expect(mail?.subject).toContain("signed the Social Value Charter");
    expect(
      await t.prisma.auditEvent.count({
        where: { subjectId: request.id, action: { in: ["charter.request", "charter.approve"] } },
      }),
    ).toBe(2);

    const noReason = await lead.submit(`/admin/charter/${request.id}`, `/admin/charter/${request.id}/remove`, {
      reason: "",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.text).toContain('href="#remove-reason"');
    await lead.submit(`/admin/charter/${request.id}`, `/admin/charter/${request.id}/remove`, {
      reason: "Organisation closed",
    });
    expect((await new Visitor(t.app).get("/charter")).text).not.toContain("Knowsley Food Network");
    expect(await t.prisma.auditEvent.count({ where: { subjectId: request.id, action: "charter.remove" } })).toBe(1);
  });

  it("declines with a reason that is emailed to the organisation", async () => {
    const { organisation, visitor, user } = await owner("Halton Makers");
    await visitor.submit("/charter/sign", "/charter/sign", {
      organisationId: organisation.id,
      sponsorName: "Eli",
      sponsorRole: "Chair",
      pledge: "Pledge",
    });
    const request = await t.prisma.charterSignature.findFirstOrThrow({ where: { organisationId: organisation.id } });
    const { visitor: lead } = await signedIn(t);
    const missing = await lead.submit(`/admin/charter/${request.id}`, `/admin/charter/${request.id}/decline`, {
      reason: "",
    });
    expect(missing.status).toBe(400);
    expect(missing.text).toContain('href="#decline-reason"');
    await lead.submit(`/admin/charter/${request.id}`, `/admin/charter/${request.id}/decline`, {
      reason: "Please name a board-level sponsor.",
    });
    const mail = t.outbox().find((m) => m.to.includes(user.email));
    expect(mail?.text).toContain("Please name a board-level sponsor.");
    expect((await t.prisma.charterSignature.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("DECLINED");
    expect((await new Visitor(t.app).get("/charter")).text).not.toContain("Halton Makers");
  });

  it("lets only an organisation's owner ask, and only the lead decide", async () => {
    const { organisation, visitor } = await owner("Member Only Org", false);
    const page = await visitor.get("/charter/sign");
    expect(page.text).toContain("Only the owner");
    const attempt = await visitor.post("/charter/sign", {
      _csrf: /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "",
      organisationId: organisation.id,
      sponsorName: "X",
      sponsorRole: "Y",
      pledge: "Z",
    });
    expect(attempt.status).toBe(400);
    expect(await t.prisma.charterSignature.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect((await new Visitor(t.app).get("/charter/sign")).status).toBe(303);
    const { visitor: applicant } = await signedIn(t, "APPLICANT");
    expect((await applicant.get("/admin/charter")).status).toBe(403);
  });
});
