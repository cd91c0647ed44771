import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { signedInAs } from "../helpers/assessment.js";
import {
  HARBOUR,
  leadAndAssessor,
  organisationStory,
  statistics,
  storedFiles,
  storedPath,
  whereFound,
  type OrganisationStory,
} from "./helpers.js";

type People = Awaited<ReturnType<typeof leadAndAssessor>>;
interface Portal extends People {
  t: TestApp;
  harbour: OrganisationStory;
}

const opened: TestApp[] = [];
afterAll(async () => {
  for (const t of opened) await t.close();
});

/**
 * An app on a database of its own, closed after the file's tests, with a lead, an assessor and the
 * harbour organisation, awarded and listed on the register.
 */
async function harbourPortal(): Promise<Portal> {
  const t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  opened.push(t);
  const { lead, assessor } = await leadAndAssessor(t);
  const harbour = await organisationStory(t, { lead: lead.visitor, assessor }, HARBOUR);
  return { t, lead, assessor, harbour };
}

/** The organisation whose rows must stay as they were when the harbour is erased. */
const CONTROL = {
  organisation: "Sefton Control Trust",
  owner: "Cerys Constant",
  member: "Dafydd Steady",
  postcode: "L20 3AB",
  registration: "1122334",
  website: "https://control-trust.example.org",
  street: "4 Marsh Lane",
  answer: "Twenty families in Bootle joined a food co-operative.",
  evidenceName: "Co-operative accounts.pdf",
  evidenceText: "Control accounts",
};

// The tests that leave the harbour standing share one portal; the test that erases it has a harbour
// to itself, with the control organisation beside it, which no other test uses.
let shared: Portal;
let erasure: Portal & { control: OrganisationStory };

beforeAll(async () => {
  shared = await harbourPortal();
});
beforeAll(async () => {
  const portal = await harbourPortal();
  const control = await organisationStory(portal.t, { lead: portal.lead.visitor, assessor: portal.assessor }, CONTROL);
  erasure = { ...portal, control };
});

const erasePage = (id: string) => `/admin/organisations/${id}/erase`;

describe("erasing an organisation", () => {
  it("is for programme leads only, and an unknown organisation is not found", async () => {
    const { t, lead, assessor, harbour } = shared;
    const page = erasePage(harbour.organisation.id);
    expect((await new Visitor(t.app).get(page)).headers.location).toContain("/sign-in");
    expect((await assessor.visitor.get(page)).status).toBe(403);
    expect((await harbour.ownerVisitor.get(page)).status).toBe(403);
    const token = /name="_csrf" value="([^"]+)"/.exec((await harbour.ownerVisitor.get("/account")).text)?.[1] ?? "";
    const posted = await harbour.ownerVisitor.post(page, { _csrf: token, confirmed: "yes", awardConfirmed: "yes" });
    expect(posted.status).toBe(403);
    expect((await lead.visitor.get(erasePage("no-such-organisation"))).status).toBe(404);
    expect(
      (await t.prisma.organisation.findUniqueOrThrow({ where: { id: harbour.organisation.id } })).erasedAt,
    ).toBeNull();
  });

  it("warns about a current award and asks for it to be confirmed, and for the request to be checked", async () => {
    const { t, lead, harbour } = shared;
    const page = await lead.visitor.get(erasePage(harbour.organisation.id));
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain("This organisation holds a current Social Value Award");
    expect(page.text).toContain("Erasing it revokes the award");
    expect(page.text).toContain("What will be removed");
    expect(page.text).toContain("What will be kept");
    expect(page.text).toContain(
      "The accounts of Olwen Harbourmaster, Mabli Quayside, who belong to no other organisation",
    );
    expect(page.text).toContain("1 draft application never submitted");
    expect(page.text).toContain("evidence files, with their names and descriptions, from storage");

    const nothing = await lead.visitor.submit(
      erasePage(harbour.organisation.id),
      erasePage(harbour.organisation.id),
      {},
    );
    expect(nothing.status).toBe(400);
    expect(nothing.text).toContain("There is a problem");
    expect(nothing.text).toContain('href="#awardConfirmed"');
    expect(nothing.text).toContain("Confirm that the organisation&#39;s current award will be revoked");
    expect(nothing.text).toContain('href="#confirmed"');

    const withoutAward = await lead.visitor.submit(
      erasePage(harbour.organisation.id),
      erasePage(harbour.organisation.id),
      {
        confirmed: "yes",
        requestReference: "DP-2026-007",
      },
    );
    expect(withoutAward.status).toBe(400);
    expect(withoutAward.text).toContain('href="#awardConfirmed"');
    expect(withoutAward.text).not.toContain('href="#confirmed"');
    expect(withoutAward.text).toContain('value="DP-2026-007"');

    const badReference = await lead.visitor.submit(
      erasePage(harbour.organisation.id),
      erasePage(harbour.organisation.id),
      {
        confirmed: "yes",
        awardConfirmed: "yes",
        requestReference: "olwen@example.org",
      },
    );
    expect(badReference.status).toBe(400);
    expect(badReference.text).toContain("The reference can only include letters, numbers");
    expect(
      (await t.prisma.organisation.findUniqueOrThrow({ where: { id: harbour.organisation.id } })).erasedAt,
    ).toBeNull();
  });

  it("removes every trace of the organisation and its people, keeps the statistics, and revokes the award", async () => {
    const { t, lead, harbour, control } = erasure;
    const id = harbour.organisation.id;
    const applicationIds = (await t.prisma.application.findMany({ where: { organisationId: id } })).map((a) => a.id);
    const keptIds = applicationIds.filter((a) => a !== harbour.draftId);
    const evidence = await t.prisma.evidenceFile.findMany({
      where: { applicationTheme: { application: { organisationId: id } } },
    });
    expect(evidence.length).toBe(2);
    const controlFiles = await t.prisma.evidenceFile.findMany({
      where: { applicationTheme: { application: { organisationId: control.organisation.id } } },
    });
    // An entry that concerns the organisation only through its organisationId.
    const note = await t.prisma.auditEvent.create({
      data: {
        action: "note.add",
        subjectType: "Note",
        organisationId: id,
        after: JSON.stringify({ note: "Rang the chair on 07700 900123", status: "OPEN" }),
      },
    });
    // Before: the texts are there, as the search below would show.
    expect(await whereFound(t, harbour.needles)).not.toEqual([]);
    const before = await statistics(t, keptIds);
    const controlBefore = await statistics(t, [control.applicationId, control.draftId]);
    const award = await t.prisma.award.findUniqueOrThrow({ where: { id: harbour.awardId } });

    const erased = await lead.visitor.submit(erasePage(id), erasePage(id), {
      confirmed: "yes",
      awardConfirmed: "yes",
      requestReference: "DP-2026-007",
    });
    expect(erased.status, erased.text.slice(0, 500)).toBe(303);
    expect(erased.headers.location).toBe("/admin/erased?what=organisation&waiting=0");
    expect((await lead.visitor.get(erased.headers.location!)).text).toContain("Organisation erased");

    // No personal data anywhere in the database, nor in storage.
    expect(await whereFound(t, harbour.needles)).toEqual([]);
    for (const file of evidence) expect(existsSync(storedPath(t, file.storageKey))).toBe(false);
    expect(storedFiles(t).some((f) => f.content.includes("Harbour payroll"))).toBe(false);
    expect(await t.prisma.fileDeletion.count()).toBe(0);

    // The statistics are as they were; the draft that was never submitted has gone.
    expect(await statistics(t, keptIds)).toEqual(before);
    expect(await t.prisma.application.count({ where: { id: harbour.draftId } })).toBe(0);
    const organisation = await t.prisma.organisation.findUniqueOrThrow({ where: { id }, include: { places: true } });
    expect(organisation).toMatchObject({ name: "Erased organisation", type: "VCFSE", sizeBand: "SMALL", postcode: "" });
    expect(organisation.places.map((p) => p.place)).toEqual(["WIRRAL"]);
    expect(await t.prisma.membership.count({ where: { organisationId: id } })).toBe(0);
    expect(await t.prisma.user.count({ where: { id: { in: [harbour.owner.id, harbour.member.id] } } })).toBe(0);
    expect(await t.prisma.invitation.count({ where: { organisationId: id } })).toBe(0);
    const signature = await t.prisma.charterSignature.findFirstOrThrow({ where: { organisationId: id } });
    expect(signature).toMatchObject({ status: "PENDING", sponsorName: "", pledge: "" });

    // The award is revoked, off the register, and its certificate says so.
    const after = await t.prisma.award.findUniqueOrThrow({ where: { id: harbour.awardId } });
    expect(after).toMatchObject({
      status: "REVOKED",
      listedOnRegister: false,
      organisationName: "Erased organisation",
    });
    expect(after.awardedAt).toEqual(award.awardedAt);
    const verify = await new Visitor(t.app).get(`/verify/${award.certificateCode}`);
    expect(verify.text).toContain("This award has been revoked");
    const register = await new Visitor(t.app).get("/register");
    expect(register.text).not.toContain("Erased organisation");
    expect(register.text).toContain("Sefton Control Trust");

    // The lead's pages still open, with nothing personal on them.
    const leadPage = await lead.visitor.get(`/admin/applications/${harbour.applicationId}`);
    expect(leadPage.status).toBe(200);
    expect(leadPage.text).toContain("Erased organisation");
    expect((await lead.visitor.get("/admin/applications")).status).toBe(200);

    // The owner's sessions ended with the account.
    expect((await harbour.ownerVisitor.get("/account")).headers.location).toContain("/sign-in");

    // The audit log says it happened, by whom, with the reference, and holds none of the data.
    const entry = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "organisation.erase", subjectId: id },
    });
    expect(entry.actorId).toBe(lead.user.id);
    const recorded = JSON.parse(entry.after!) as { requestReference: string; awardsRevoked: string[] };
    expect(recorded.requestReference).toBe("DP-2026-007");
    expect(recorded.awardsRevoked).toEqual([harbour.awardId]);
    const userErasures = await t.prisma.auditEvent.count({ where: { action: "user.erase", actorId: lead.user.id } });
    expect(userErasures).toBe(2);
    // Earlier entries stay, without their values.
    const submitted = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "application.submit", subjectId: harbour.applicationId },
    });
    expect(JSON.parse(submitted.after!)).toEqual({ status: "SUBMITTED", reference: before.applications[0]!.reference });
    const upload = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "evidence.upload", subjectId: harbour.applicationId },
    });
    expect(JSON.parse(upload.after!)).toMatchObject({ theme: "SOCIAL", file: "[removed]" });
    expect(upload.actorId).toBeNull();

    const scrubbedNote = await t.prisma.auditEvent.findUniqueOrThrow({ where: { id: note.id } });
    expect(JSON.parse(scrubbedNote.after!)).toEqual({ note: "[removed]", status: "OPEN" });
    expect(scrubbedNote.organisationId).toBe(id);

    // The other organisation is untouched.
    expect(await statistics(t, [control.applicationId, control.draftId])).toEqual(controlBefore);
    expect(await whereFound(t, ["Sefton Control Trust", "Cerys Constant", "Twenty families in Bootle"])).not.toEqual(
      [],
    );
    for (const file of controlFiles) expect(existsSync(storedPath(t, file.storageKey))).toBe(true);

    // A second erasure has nothing to do.
    const again = await lead.visitor.get(erasePage(id));
    expect(again.text).toContain("This organisation has already been erased");
  });

  it("keeps an erased organisation's charter signature in the figures but off the public list", async () => {
    const { t, assessor } = shared;
    const { visitor: otherLead, user } = await signedInAs(t, "PROGRAMME_LEAD", "Second Lead");
    const story = await organisationStory(
      t,
      { lead: otherLead, assessor },
      {
        organisation: "Knowsley Signing Circle",
        owner: "Gethin Signer",
        member: "Nia Pledger",
        postcode: "L34 9AA",
        registration: "5550001",
        website: "https://signing-circle.example.org",
        street: "1 Charter Row",
        answer: "Sixty volunteers planted orchards in Huyton.",
        evidenceName: "Orchard photos.pdf",
        evidenceText: "Orchard",
      },
    );
    const signature = await t.prisma.charterSignature.findFirstOrThrow({
      where: { organisationId: story.organisation.id },
    });
    await t.prisma.charterSignature.update({
      where: { id: signature.id },
      data: { status: "APPROVED", signedAt: new Date() },
    });
    expect((await new Visitor(t.app).get("/charter")).text).toContain("Knowsley Signing Circle");
    const page = erasePage(story.organisation.id);
    const erased = await otherLead.submit(page, page, { confirmed: "yes", awardConfirmed: "yes" });
    expect(erased.status).toBe(303);
    expect((await t.prisma.charterSignature.findUniqueOrThrow({ where: { id: signature.id } })).status).toBe(
      "APPROVED",
    );
    const charter = await new Visitor(t.app).get("/charter");
    expect(charter.text).not.toContain("Knowsley Signing Circle");
    expect(charter.text).not.toContain("Erased organisation");
    expect(await whereFound(t, story.needles)).toEqual([]);
    const entry = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "organisation.erase", subjectId: story.organisation.id },
    });
    expect(entry.actorId).toBe(user.id);
    expect(JSON.parse(entry.after!)).toMatchObject({ requestReference: "" });
  });
});
