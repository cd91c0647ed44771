import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { FILES, download, organisationWithHistory, secrets, unzip, type Unzipped } from "./fixture.js";

let t: TestApp;
let world: Awaited<ReturnType<typeof organisationWithHistory>>;
let zip: Unzipped;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  world = await organisationWithHistory(t);
  const response = await download(world.lead.visitor, `/admin/users/${world.owner.id}/subject-access`);
  expect(response.status).toBe(200);
  headers = response.headers;
  zip = unzip(response.body as Buffer);
});
afterAll(async () => {
  await t.close();
});

type Row = Record<string, unknown>;

describe("a person's subject access download", () => {
  it("starts from a page that says what the download holds, linked from the person's page", async () => {
    const person = await world.lead.visitor.get(`/admin/users/${world.owner.id}`);
    expect(person.text).toContain(`href="/admin/users/${world.owner.id}/subject-access"`);
    const page = await world.lead.visitor.get(`/admin/users/${world.owner.id}/subject-access`);
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    expect(page.text).toContain("Download everything held about Owen Owner");
    expect(page.text).toContain("password hashes");
    expect(page.text).toContain(`action="/admin/users/${world.owner.id}/subject-access"`);
    expect(page.text).toContain('name="_csrf"');
  });

  it("is a ZIP sent as an attachment, streamed, and never cached", () => {
    expect(headers["content-type"]).toBe("application/zip");
    expect(headers["content-disposition"]).toMatch(
      /^attachment; filename="subject-access-owen-owner-\d{4}-\d\d-\d\d\.zip"/,
    );
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-length"]).toBeUndefined();
    expect(headers["transfer-encoding"]).toBe("chunked");
  });

  it("holds the person's account and memberships", () => {
    expect(zip.text("README.txt")).toContain("Everything the portal holds about Owen Owner");
    const person = zip.json<Row>("person.json");
    expect(person).toMatchObject({
      id: world.owner.id,
      email: world.owner.email,
      fullName: "Owen Owner",
      jobTitle: "Chief executive",
      role: "APPLICANT",
      active: true,
    });
    expect(person.lastSignedInAt).toMatch(/^\d{4}-/);
    expect(Object.keys(person)).not.toContain("passwordHash");
    expect(zip.json("memberships.json")).toEqual([
      {
        organisationId: world.organisation.id,
        organisationName: "Subject Org Trust",
        isOwner: true,
        memberSince: expect.stringMatching(/^\d{4}-/) as unknown,
      },
    ]);
  });

  it("holds the applications the person took part in, with their themes and answers", () => {
    const applications = zip.json<Row[]>("applications.json");
    expect(applications).toHaveLength(1);
    const [application] = applications as [Row];
    expect(application).toMatchObject({
      id: world.applicationId,
      reference: world.reference,
      status: "NOT_AWARDED",
      organisation: { id: world.organisation.id, name: "Subject Org Trust" },
      yourPart: [
        "started it",
        "answered or edited a theme",
        "uploaded evidence",
        "submitted it",
        "appealed a decision",
      ],
      chosenThemes: ["SOCIAL"],
      declaration: { name: "Owen Owner", role: "Chief executive", confirmed: true },
    });
    expect(application.organisationDetails).toMatchObject({ places: ["LIVERPOOL", "SEFTON"], sizeBand: "SMALL" });
    expect(application.themes).toEqual([
      expect.objectContaining({
        theme: "SOCIAL",
        whatChanged: "Forty young people finished a paid apprenticeship with local employers.",
        difference: "Most are now in work and earning, and say they feel more confident.",
        stakeholderCount: "40",
        places: ["LIVERPOOL", "KNOWSLEY"],
        start: { month: "3", year: "2024" },
        marmotPrinciples: ["FAIR_EMPLOYMENT"],
      }),
    ]);
  });

  it("holds the evidence files the person uploaded, under unique names, byte for byte", () => {
    const folder = `files/${world.reference}`;
    const records = zip.json<Row[]>("evidence-files.json");
    expect(records.map((r) => [r.originalName, r.description, r.fileInArchive, r.uploadedBy])).toEqual([
      ["Survey.pdf", "Survey of 120 families", `${folder}/Survey.pdf`, "this person"],
      ["Survey.pdf", "Follow-up survey", `${folder}/Survey (2).pdf`, "this person"],
      ["SURVEY.pdf", "Third survey", `${folder}/SURVEY (3).pdf`, "this person"],
    ]);
    expect(records[0]).toMatchObject({ theme: "SOCIAL", contentType: "application/pdf", size: FILES.first.length });
    expect(zip.bytes(`${folder}/Survey.pdf`).equals(FILES.first)).toBe(true);
    expect(zip.bytes(`${folder}/Survey (2).pdf`).equals(FILES.second)).toBe(true);
    expect(zip.bytes(`${folder}/SURVEY (3).pdf`).equals(FILES.third)).toBe(true);
    // The member's photo is the member's, not this person's.
    expect(zip.names.filter((n) => n.startsWith("files/"))).toHaveLength(3);
  });

  it("holds the decision as the organisation sees it, with the shared scores but no assessor's name", () => {
    const [decision] = zip.json<Row[]>("decisions.json") as [Row];
    expect(decision).toMatchObject({
      applicationId: world.applicationId,
      outcome: "NOT_AWARDED",
      feedback: "The evidence of reach was thin.",
      recognisedThemes: [],
      appealBy: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) as unknown,
    });
    const reviews = decision.assessorScores as { assessor: string; scores: Row[] }[];
    expect(reviews.map((r) => r.assessor)).toEqual(["Assessor 1"]);
    expect(reviews[0]!.scores).toHaveLength(5);
    expect(reviews[0]!.scores).toContainEqual({
      theme: "SOCIAL",
      criterion: "outcome",
      score: 1,
      reason: "Clear evidence in the answers. (outcome)",
    });
    expect(zip.everything).not.toContain("Asha Assessor");
    expect(zip.everything).not.toContain(world.assessor.user.email);
    expect(zip.everything).not.toContain(world.assessor.user.id);
    expect(zip.json("appeals.json")).toEqual([
      expect.objectContaining({ reason: "The assessor missed our Sefton figures.", outcome: null }),
    ]);
    expect(zip.json("awards.json")).toEqual([]);
    expect(zip.json("reviews.json")).toEqual([]);
  });

  it("holds the charter request, the champion record with the same email, invitations and links sent", () => {
    expect(zip.json("charter.json")).toEqual([
      expect.objectContaining({
        organisationName: "Subject Org Trust",
        sponsorName: "Dr Sponsor",
        pledge: "We will buy locally.",
        status: "PENDING",
      }),
    ]);
    const champions = zip.json<Row[]>("champions.json");
    expect(champions.map((c) => [c.name, c.phone])).toEqual([["Owen Owner", "0151 000 0000"]]);
    expect(zip.json("invitations.json")).toEqual([
      expect.objectContaining({
        direction: "sent",
        email: "new.colleague@example.org",
        role: "APPLICANT",
        organisationName: "Subject Org Trust",
      }),
    ]);
    const links = zip.json<Row[]>("account-links.json");
    expect(links).toEqual([expect.objectContaining({ purpose: "RESET_PASSWORD", usedAt: null })]);
    expect(Object.keys(links[0]!).sort()).toEqual(["expiresAt", "newEmail", "purpose", "sentAt", "usedAt"]);
    const sessions = zip.json<Row[]>("sessions.json");
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) expect(Object.keys(session)).toEqual(["endsAt"]);
  });

  it("holds the audit entries where the person acted or was acted on, including this download", async () => {
    const events = zip.json<Row[]>("audit-events.json");
    const actions = events.map((e) => `${String(e.action)} by ${String(e.by)}`);
    expect(actions).toContain("user.sign-in by this person");
    expect(actions).toContain("application.submit by this person");
    expect(actions).toContain("evidence.upload by this person");
    expect(actions).toContain("appeal.submit by this person");
    expect(actions).toContain("charter.request by this person");
    expect(actions).toContain("subject-access.download by a programme lead");
    // Nothing that someone else did to something else.
    expect(actions.some((a) => a.startsWith("review."))).toBe(false);
    expect(actions.some((a) => a.startsWith("decision."))).toBe(false);
    const stored = await t.prisma.auditEvent.count({
      where: { OR: [{ actorId: world.owner.id }, { subjectType: "User", subjectId: world.owner.id }] },
    });
    expect(events.length).toBe(stored);
  });

  it("holds no password hash, link token hash or session data anywhere", async () => {
    const all = await secrets(t);
    expect(all.length).toBeGreaterThan(5);
    for (const secret of all) expect(zip.everything.includes(secret), secret).toBe(false);
    expect(zip.everything).not.toMatch(/passwordHash|tokenHash|"sid"/);
  });

  it("writes an audit record of each download", async () => {
    const before = await t.prisma.auditEvent.count({ where: { action: "subject-access.download" } });
    const again = await download(world.lead.visitor, `/admin/users/${world.member.id}/subject-access`);
    expect(again.status).toBe(200);
    const records = await t.prisma.auditEvent.findMany({
      where: { action: "subject-access.download" },
      orderBy: { occurredAt: "asc" },
    });
    expect(records).toHaveLength(before + 1);
    const latest = records.at(-1)!;
    expect(latest).toMatchObject({ actorId: world.lead.user.id, subjectType: "User", subjectId: world.member.id });
    expect(JSON.parse(latest.after!)).toMatchObject({ files: 1 });
    const memberZip = unzip(again.body as Buffer);
    expect(memberZip.json("evidence-files.json")).toEqual([
      expect.objectContaining({
        originalName: "Allotment photo.png",
        fileInArchive: `files/${world.reference}/Allotment photo.png`,
      }),
    ]);
    expect(memberZip.bytes(`files/${world.reference}/Allotment photo.png`).equals(FILES.photo)).toBe(true);
  });

  it("gives an assessor their own reviews and declarations", async () => {
    const response = await download(world.lead.visitor, `/admin/users/${world.assessor.user.id}/subject-access`);
    const assessorZip = unzip(response.body as Buffer);
    const [review] = assessorZip.json<Row[]>("reviews.json") as [Row];
    expect(review).toMatchObject({
      applicationReference: world.reference,
      organisationName: "Subject Org Trust",
      reviewStatus: "SUBMITTED",
    });
    expect(review.scores).toHaveLength(5);
    expect(assessorZip.json("applications.json")).toEqual([]);
    const actions = assessorZip.json<Row[]>("audit-events.json").map((e) => e.action);
    expect(actions).toContain("review.submit");
    expect(actions).toContain("assessment.declare-no-conflict");
  });

  it("lists a file missing from storage without stopping the download", async () => {
    const file = await t.prisma.evidenceFile.findFirstOrThrow({ where: { originalName: "Allotment photo.png" } });
    await t.deps.storage.delete(file.storageKey);
    try {
      const response = await download(world.lead.visitor, `/admin/users/${world.member.id}/subject-access`);
      expect(response.status).toBe(200);
      const memberZip = unzip(response.body as Buffer);
      expect(memberZip.json("evidence-files.json")).toEqual([
        expect.objectContaining({ originalName: "Allotment photo.png", fileInArchive: null }),
      ]);
      expect(memberZip.names.some((n) => n.startsWith("files/"))).toBe(false);
    } finally {
      // The member's photo is back in storage for the tests that download it.
      await t.deps.storage.put(file.storageKey, Readable.from([FILES.photo]));
    }
  });

  it("writes every audit entry of a long history, read a page at a time", async () => {
    const busy = await t.prisma.user.create({
      data: { email: "busy@example.org", fullName: "Busy Person", passwordHash: "scrypt$not-real" },
    });
    await t.prisma.auditEvent.createMany({
      data: Array.from({ length: 1203 }, (_, n) => ({
        actorId: busy.id,
        action: "test.action",
        subjectType: "Test",
        subjectId: String(n),
        occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, Math.floor(n / 3))),
        after: JSON.stringify({ n, passwordHash: "must-not-appear", nested: { resetToken: "nor-this" } }),
      })),
    });
    const response = await download(world.lead.visitor, `/admin/users/${busy.id}/subject-access`);
    const events = unzip(response.body as Buffer).json<Row[]>("audit-events.json");
    expect(events).toHaveLength(1204);
    expect(events.slice(0, 1203).map((e) => (e.after as { n: number }).n)).toEqual(
      Array.from({ length: 1203 }, (_, n) => n),
    );
    expect(events[0]!.after).toEqual({ n: 0, nested: {} });
    expect(events[1203]!.action).toBe("subject-access.download");
  });

  it("answers 404 for a person who does not exist", async () => {
    expect((await world.lead.visitor.get("/admin/users/nobody/subject-access")).status).toBe(404);
    const page = await world.lead.visitor.get(`/admin/users/${world.owner.id}/subject-access`);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1] ?? "";
    expect((await world.lead.visitor.post("/admin/users/nobody/subject-access", { _csrf: token })).status).toBe(404);
  });
});
