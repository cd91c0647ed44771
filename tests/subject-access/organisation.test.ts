import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, signedIn } from "../helpers/applications.js";
import { csrfTokenIn, Visitor } from "../helpers/browser.js";
import { FILES, download, organisationWithHistory, secrets, unzip, type Unzipped } from "./fixture.js";

let t: TestApp;
let world: Awaited<ReturnType<typeof organisationWithHistory>>;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  world = await organisationWithHistory(t);
});
afterAll(async () => {
  await t.close();
});

type Row = Record<string, unknown>;

function expectOrganisationArchive(zip: Unzipped) {
  expect(zip.text("README.txt")).toContain("Everything the portal holds about Subject Org Trust");
  expect(zip.json("organisation.json")).toMatchObject({
    id: world.organisation.id,
    name: "Subject Org Trust",
    type: "VCFSE",
    addressLine1: "2 Dock Road",
    postcode: "L3 4BB",
    places: ["LIVERPOOL"],
    sizeBand: "SMALL",
  });
  const members = zip.json<Row[]>("memberships.json");
  expect(members.map((m) => [m.fullName, m.email, m.isOwner])).toEqual([
    ["Owen Owner", world.owner.email, true],
    ["Mia Member", world.member.email, false],
  ]);
  expect(zip.json("invitations.json")).toEqual([
    expect.objectContaining({ email: "new.colleague@example.org", invitedBy: "Owen Owner", acceptedAt: null }),
  ]);

  const [application] = zip.json<Row[]>("applications.json") as [Row];
  expect(application).toMatchObject({ id: world.applicationId, reference: world.reference, status: "NOT_AWARDED" });
  expect(application.themes).toEqual([
    expect.objectContaining({ theme: "SOCIAL", stakeholderCount: "40", places: ["LIVERPOOL", "KNOWSLEY"] }),
  ]);

  const folder = `files/${world.reference}`;
  const files = zip.json<Row[]>("evidence-files.json");
  expect(files.map((f) => [f.fileInArchive, f.uploadedBy])).toEqual([
    [`${folder}/Survey.pdf`, "Owen Owner"],
    [`${folder}/Survey (2).pdf`, "Owen Owner"],
    [`${folder}/SURVEY (3).pdf`, "Owen Owner"],
    [`${folder}/Allotment photo.png`, "Mia Member"],
  ]);
  expect(zip.bytes(`${folder}/Survey.pdf`).equals(FILES.first)).toBe(true);
  expect(zip.bytes(`${folder}/Survey (2).pdf`).equals(FILES.second)).toBe(true);
  expect(zip.bytes(`${folder}/SURVEY (3).pdf`).equals(FILES.third)).toBe(true);
  expect(zip.bytes(`${folder}/Allotment photo.png`).equals(FILES.photo)).toBe(true);

  const [decision] = zip.json<Row[]>("decisions.json") as [Row];
  expect(decision).toMatchObject({ outcome: "NOT_AWARDED", feedback: "The evidence of reach was thin." });
  expect((decision.assessorScores as Row[]).map((r) => r.assessor)).toEqual(["Assessor 1"]);
  expect(zip.json("appeals.json")).toEqual([
    expect.objectContaining({ reason: "The assessor missed our Sefton figures." }),
  ]);
  expect(zip.json("awards.json")).toEqual([]);
  expect(zip.json("charter.json")).toEqual([expect.objectContaining({ sponsorName: "Dr Sponsor", status: "PENDING" })]);
  expect(zip.json<Row[]>("champions.json").map((c) => c.name)).toEqual(["Owen Owner"]);

  const events = zip.json<Row[]>("audit-events.json");
  const actions = events.map((e) => `${String(e.action)} by ${String(e.by)}`);
  expect(actions).toContain("application.submit by Owen Owner");
  expect(actions).toContain("evidence.upload by Mia Member");
  expect(actions).toContain("decision.record by the programme team");
  expect(actions).toContain("appeal.submit by Owen Owner");
  expect(actions).toContain("charter.request by Owen Owner");
  expect(actions).toContain("invitation.create by Owen Owner");
  // How the assessors worked is the programme's; the organisation sees the decision that came of it.
  expect(actions.some((a) => /^(assessment|review)\./.test(a))).toBe(false);
  // Nobody's own account history: that belongs in their own download.
  expect(actions.some((a) => a.startsWith("user."))).toBe(false);

  expect(zip.everything).not.toContain("Asha Assessor");
  expect(zip.everything).not.toContain(world.assessor.user.email);
  expect(zip.everything).not.toContain(world.assessor.user.id);
  expect(zip.everything).not.toContain("Lee Lead");
}

describe("an organisation's subject access download", () => {
  it("gives the lead everything about the organisation, from a page linked from its admin page", async () => {
    const admin = await world.lead.visitor.get(`/admin/organisations/${world.organisation.id}`);
    expect(admin.text).toContain(`href="/admin/organisations/${world.organisation.id}/subject-access"`);
    // Other tests download the organisation's archive too (the owner, for one); find this one's record.
    const downloads = {
      action: "subject-access.download",
      subjectType: "Organisation",
      subjectId: world.organisation.id,
    };
    const earlier = await t.prisma.auditEvent.findMany({ where: downloads, select: { id: true } });
    const response = await download(world.lead.visitor, `/admin/organisations/${world.organisation.id}/subject-access`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    expect(response.headers["content-disposition"]).toMatch(/^attachment; filename="subject-access-subject-org-trust-/);
    expect(response.headers["cache-control"]).toBe("no-store");
    const zip = unzip(response.body as Buffer);
    expectOrganisationArchive(zip);
    for (const secret of await secrets(t)) expect(zip.everything.includes(secret), secret).toBe(false);
    const record = await t.prisma.auditEvent.findFirstOrThrow({
      where: { ...downloads, id: { notIn: earlier.map((e) => e.id) } },
    });
    expect(record.actorId).toBe(world.lead.user.id);
  });

  it("gives the owner the same for their own organisation, from a link on its page", async () => {
    const orgPage = await world.applicant.get(`/organisations/${world.organisation.id}`);
    expect(orgPage.text).toContain(`href="/organisations/${world.organisation.id}/subject-access"`);
    const page = await world.applicant.get(`/organisations/${world.organisation.id}/subject-access`);
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain("As the owner of Subject Org Trust");
    const response = await download(world.applicant, `/organisations/${world.organisation.id}/subject-access`);
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("application/zip");
    const zip = unzip(response.body as Buffer);
    expectOrganisationArchive(zip);
    for (const secret of await secrets(t)) expect(zip.everything.includes(secret), secret).toBe(false);
    const records = await t.prisma.auditEvent.findMany({
      where: { action: "subject-access.download", subjectId: world.organisation.id, actorId: world.owner.id },
    });
    expect(records).toHaveLength(1);
  });
});

describe("who may download", () => {
  it("is not a member who is not the owner: the page and the download do not exist for them", async () => {
    const orgPage = await world.memberVisitor.get(`/organisations/${world.organisation.id}`);
    expect(orgPage.status).toBe(200);
    expect(orgPage.text).not.toContain("/subject-access");
    const path = `/organisations/${world.organisation.id}/subject-access`;
    expect((await world.memberVisitor.get(path)).status).toBe(404);
    const refused = await world.memberVisitor.post(path, { _csrf: csrfTokenIn(orgPage.text) });
    expect(refused.status).toBe(404);
    expect(refused.headers["content-type"]).toMatch(/^text\/html/);
  });

  it("is not the owner of another organisation", async () => {
    const { owner: otherOwner, organisation: other } = await createOrganisation(t.prisma, "Other Org");
    const visitor = await signedIn(t.app, otherOwner);
    const path = `/organisations/${world.organisation.id}/subject-access`;
    expect((await visitor.get(path)).status).toBe(404);
    const ownPage = await visitor.get(`/organisations/${other.id}/subject-access`);
    expect(ownPage.status).toBe(200);
    const refused = await visitor.post(path, { _csrf: csrfTokenIn(ownPage.text) });
    expect(refused.status).toBe(404);
    expect((await visitor.get(`/admin/organisations/${world.organisation.id}/subject-access`)).status).toBe(403);
    expect((await visitor.get(`/admin/users/${world.owner.id}/subject-access`)).status).toBe(403);
    expect((await visitor.get(`/admin/users/${otherOwner.id}/subject-access`)).status).toBe(403);
  });

  it("is not an assessor, even one who reviewed the organisation's application", async () => {
    const assessor = world.assessor.visitor;
    const own = await assessor.get("/assessor");
    for (const path of [
      `/organisations/${world.organisation.id}/subject-access`,
      `/admin/organisations/${world.organisation.id}/subject-access`,
      `/admin/users/${world.owner.id}/subject-access`,
      `/admin/users/${world.assessor.user.id}/subject-access`,
    ]) {
      expect((await assessor.get(path)).status, path).toBe(403);
      expect((await assessor.post(path, { _csrf: csrfTokenIn(own.text) })).status, path).toBe(403);
    }
  });

  it("sends a signed-out visitor to sign in, and refuses a download without the form's token", async () => {
    const visitor = new Visitor(t.app);
    for (const path of [
      `/organisations/${world.organisation.id}/subject-access`,
      `/admin/organisations/${world.organisation.id}/subject-access`,
      `/admin/users/${world.owner.id}/subject-access`,
    ]) {
      const page = await visitor.get(path);
      expect(page.status).toBe(303);
      expect(page.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
      const signIn = await visitor.get("/sign-in");
      const post = await visitor.post(path, { _csrf: csrfTokenIn(signIn.text) });
      expect(post.status).toBe(303);
      expect(post.headers.location).toMatch(/^\/sign-in/);
    }
    const before = await t.prisma.auditEvent.count({ where: { action: "subject-access.download" } });
    const forged = await world.lead.visitor.post(`/admin/organisations/${world.organisation.id}/subject-access`, {});
    expect(forged.status).toBe(403);
    expect(forged.headers["content-type"]).toMatch(/^text\/html/);
    expect(await t.prisma.auditEvent.count({ where: { action: "subject-access.download" } })).toBe(before);
  });

  it("answers 404 to the lead for an organisation that does not exist", async () => {
    expect((await world.lead.visitor.get("/admin/organisations/nothing-here/subject-access")).status).toBe(404);
  });
});
