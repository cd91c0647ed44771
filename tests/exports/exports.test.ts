import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/app.js";
import { createExportsService } from "../../src/modules/exports/service.js";
import { createDatabase } from "../../src/platform/db/index.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, signedIn } from "../helpers/applications.js";
import { assign, completeReview, signedInAs, submittedApplication } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let lead: Visitor;
let leadId: string;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  const signedInLead = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
  lead = signedInLead.visitor;
  leadId = signedInLead.user.id;
});
afterAll(async () => {
  await t?.close();
});

const ukDate = (instant: Date | null) =>
  instant ? new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(instant) : "";

/** Downloads a file as its bytes, so that the byte order mark and line ends are seen as sent. */
async function download(visitor: Visitor, path: string) {
  const response = await visitor
    .raw("get", path)
    .buffer(true)
    .parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => callback(null, Buffer.concat(chunks)));
    });
  const bytes = response.body as Buffer;
  return { response, bytes, text: bytes.toString("utf8") };
}

const BOM = "\ufeff";

describe("the exports page", () => {
  it("links each export and describes its columns", async () => {
    const admin = await lead.get("/admin");
    expect(admin.text).toContain('href="/admin/exports"');
    expect(admin.text).toContain('href="/admin/audit"');
    const page = await lead.get("/admin/exports");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
    for (const key of ["applications", "awards", "charter-signatories", "champions"]) {
      expect(page.text).toContain(`href="/admin/exports/${key}.csv"`);
      expect(page.text).toContain(`id="columns-${key}"`);
    }
    expect(page.text).toContain("Social: review scores (%)");
    expect(page.text).toContain("Agreed to share contact details");
  });
});

describe("who may export", () => {
  const paths = [
    "/admin/exports",
    "/admin/exports/applications.csv",
    "/admin/exports/awards.csv",
    "/admin/exports/charter-signatories.csv",
    "/admin/exports/champions.csv",
  ];

  it("sends a signed-out visitor to sign in", async () => {
    for (const path of paths) {
      const response = await new Visitor(t.app).get(path);
      expect(response.status, path).toBe(303);
      expect(response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    }
  });

  it("refuses applicants and assessors, and records nothing", async () => {
    const downloads = () => t.prisma.auditEvent.count({ where: { action: "export.download" } });
    const recordedBefore = await downloads();
    const { owner } = await createOrganisation(t.prisma, "Curious Trust");
    const applicant = await signedIn(t.app, owner);
    const { visitor: assessor } = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    for (const visitor of [applicant, assessor]) {
      for (const path of paths) {
        const response = await visitor.get(path);
        expect(response.status, path).toBe(403);
        expect(response.headers["content-type"]).toContain("text/html");
        expect(response.text).not.toContain("Reference");
      }
    }
    expect(await downloads()).toBe(recordedBefore);
  });
});

describe("the champions export", () => {
  it("holds every champion with their consent, quoted and neutralised exactly", async () => {
    const rows = [
      {
        name: "Siân Ó Conaill",
        role: "=cmd|' /C calc'!A0",
        organisationName: 'Mersey "Care", Ltd',
        place: "LIVERPOOL" as const,
        email: "sian@example.org",
        phone: "+44 151 000 0000",
        listed: true,
        contactConsent: false,
      },
      {
        name: "@Bob Brown",
        role: "Lead,\nsecond line",
        organisationName: "-Minus Org",
        place: "WIRRAL" as const,
        email: "",
        phone: "\t0151",
        listed: false,
        contactConsent: true,
      },
      {
        name: "Zoë 李",
        role: "\rCarriage",
        organisationName: "Plain",
        place: "ST_HELENS" as const,
        email: "zoe@example.org",
        phone: "0151 111",
        listed: true,
        contactConsent: true,
      },
    ];
    // The export holds every champion, so only these: none left by another test.
    await t.prisma.champion.deleteMany();
    for (const data of rows) await t.prisma.champion.create({ data });
    const stored = await t.prisma.champion.findMany({ orderBy: { id: "asc" } });
    const cells: Record<string, string> = {
      "Siân Ó Conaill": `"Siân Ó Conaill","'=cmd|' /C calc'!A0","Mersey ""Care"", Ltd","Liverpool","sian@example.org","'+44 151 000 0000","Yes","No"`,
      "@Bob Brown": `"'@Bob Brown","Lead,\nsecond line","'-Minus Org","Wirral","","'\t0151","No","Yes"`,
      "Zoë 李": `"Zoë 李","'\rCarriage","Plain","St Helens","zoe@example.org","0151 111","Yes","Yes"`,
    };
    const expected =
      BOM +
      `"Name","Role","Organisation","Place","Email","Phone","Agreed to be listed","Agreed to share contact details","Added","Last changed"\r\n` +
      stored.map((c) => `${cells[c.name]},"${ukDate(c.createdAt)}","${ukDate(c.updatedAt)}"\r\n`).join("");

    const { response, bytes, text } = await download(lead, "/admin/exports/champions.csv");
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-disposition"]).toBe(`attachment; filename="champions-${ukDate(new Date())}.csv"`);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toBe(expected);
  });
});

describe("the applications export", () => {
  it("has one row per submitted application with each review's percentage and the decision per theme", async () => {
    // The export holds every application, so this test has a database of its own, with a lead.
    const local = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
    try {
      const { visitor: localLead } = await signedInAs(local, "PROGRAMME_LEAD", "Lee Lead");
      // Through the pages: two assessors score two themes; the lead recognises one of them.
      const themes = ["social", "economic"];
      const application = await submittedApplication(local, { name: "Journey Trust", themes });
      const first = await signedInAs(local, "ASSESSOR", "Ann Assessor");
      const second = await signedInAs(local, "ASSESSOR", "Ben Assessor");
      await completeReview(first.visitor, await assign(local, localLead, application.id, first.user.id), 4, themes);
      await completeReview(second.visitor, await assign(local, localLead, application.id, second.user.id), 3, themes);
      const decided = await localLead.submit(
        `/admin/applications/${application.id}/decision`,
        `/admin/applications/${application.id}/decision`,
        { outcome: "AWARDED", recognisedThemes: ["SOCIAL"], feedback: "Well done." },
      );
      expect(decided.status).toBe(303);

      // Straight into the database: awkward names, and a draft that is not exported.
      const { organisation: other } = await createOrganisation(local.prisma, "Other Org");
      await local.prisma.application.create({
        data: {
          organisationId: other.id,
          createdById: "seed",
          status: "SUBMITTED",
          reference: "SVA-2026-9001",
          orgName: '=HYPERLINK("http://evil.example")',
          orgType: "BUSINESS",
          orgPlaces: "WIRRAL",
          chosenThemes: "INNOVATION",
          // 00:30 on 1 July in the UK (summer time).
          submittedAt: new Date("2026-06-30T23:30:00Z"),
        },
      });
      await local.prisma.application.create({
        data: {
          organisationId: other.id,
          createdById: "seed",
          status: "WITHDRAWN",
          reference: "SVA-2026-9002",
          orgName: 'Siân\'s "Café", Llŷn\nBranch',
          orgType: "",
          orgPlaces: "HALTON,CHESHIRE_EAST",
          chosenThemes: "ENVIRONMENT,SOCIAL",
          submittedAt: new Date("2026-01-15T12:00:00Z"),
        },
      });
      await local.prisma.application.create({
        data: { organisationId: other.id, createdById: "seed", status: "DRAFT", orgName: "Draft Only" },
      });

      const journey = await local.prisma.application.findUniqueOrThrow({
        where: { id: application.id },
        include: { decisions: true },
      });
      const rows: Record<string, string> = {
        [journey.reference!]:
          `"${journey.reference}","Journey Trust","Voluntary, community, faith or social enterprise (VCFSE) organisation","Liverpool; Sefton","Awarded","Social; Economic","${ukDate(journey.submittedAt)}","2",` +
          `"100; 75","87.5","Recognised","100; 75","87.5","Not recognised","","","","","","",` +
          `"Awarded","${ukDate(journey.decisions[0]!.decidedAt)}"`,
        "SVA-2026-9001":
          `"SVA-2026-9001","'=HYPERLINK(""http://evil.example"")","Business","Wirral","Submitted","Innovation","2026-07-01","0",` +
          `"","","","","","","","","","","","","",""`,
        "SVA-2026-9002":
          `"SVA-2026-9002","Siân's ""Café"", Llŷn\nBranch","Voluntary, community, faith or social enterprise (VCFSE) organisation","Cheshire East; Halton","Withdrawn","Social; Environment","2026-01-15","0",` +
          `"","","","","","","","","","","","","",""`,
      };
      const order = await local.prisma.application.findMany({
        where: { reference: { not: null } },
        orderBy: { id: "asc" },
        select: { reference: true },
      });
      const header =
        `"Reference","Organisation","Organisation type","Places","Status","Themes chosen","Submitted","Reviews submitted",` +
        `"Social: review scores (%)","Social: combined (%)","Social: decision",` +
        `"Economic: review scores (%)","Economic: combined (%)","Economic: decision",` +
        `"Environment: review scores (%)","Environment: combined (%)","Environment: decision",` +
        `"Innovation: review scores (%)","Innovation: combined (%)","Innovation: decision",` +
        `"Decision","Decision date"\r\n`;

      const { response, text } = await download(localLead, "/admin/exports/applications.csv");
      expect(response.status).toBe(200);
      expect(response.headers["content-disposition"]).toBe(
        `attachment; filename="applications-${ukDate(new Date())}.csv"`,
      );
      expect(text).toBe(BOM + header + order.map((o) => `${rows[o.reference!]}\r\n`).join(""));
      expect(text).not.toContain("Draft Only");
    } finally {
      await local.close();
    }
  });

  it("records who exported what, and when", async () => {
    const before = new Date();
    await download(lead, "/admin/exports/applications.csv");
    const event = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "export.download", subjectId: "applications" },
      orderBy: { occurredAt: "desc" },
    });
    expect(event.actorId).toBe(leadId);
    expect(event.subjectType).toBe("Export");
    expect(event.occurredAt.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(JSON.parse(event.after!)).toEqual({
      export: "applications",
      file: `applications-${ukDate(new Date())}.csv`,
    });
    const log = await lead.get("/admin/audit?action=export.download");
    expect(log.text).toContain("Lee Lead");
    expect(log.text).toContain(`applications-${ukDate(new Date())}.csv`);
  });
});

describe("the award register export", () => {
  it("lists every award with its status, listed or not, current, expired or revoked", async () => {
    let made = 0;
    const make = async (
      name: string,
      data: { status?: "CURRENT" | "REVOKED" | "EXPIRED"; expiresAt?: Date; listed?: boolean; reason?: string },
    ) => {
      const { organisation } = await createOrganisation(t.prisma, name);
      made += 1;
      const application = await t.prisma.application.create({
        data: {
          organisationId: organisation.id,
          createdById: "seed",
          status: "AWARDED",
          orgName: name,
          reference: `SVA-2025-010${made}`,
        },
      });
      return t.prisma.award.create({
        data: {
          applicationId: application.id,
          organisationId: organisation.id,
          decisionId: "seed",
          organisationName: name,
          themes: "SOCIAL,INNOVATION",
          awardedAt: new Date("2025-05-01T10:00:00Z"),
          expiresAt: data.expiresAt ?? new Date("2030-05-01T10:00:00Z"),
          certificateCode: `TEST-0000-0000-000${made}`,
          status: data.status ?? "CURRENT",
          listedOnRegister: data.listed ?? false,
          revokedAt: data.status === "REVOKED" ? new Date("2026-02-03T10:00:00Z") : null,
          revocationReason: data.reason ?? "",
        },
        include: { application: true },
      });
    };
    const current = await make("Current Holder", { listed: true });
    const revoked = await make("@Revoked Holder", { status: "REVOKED", reason: "-misled\nthe panel" });
    const lapsed = await make("Lapsed, Holder", { expiresAt: new Date(Date.now() - 60_000) });

    const { text } = await download(lead, "/admin/exports/awards.csv");
    const lines = text.split("\r\n");
    expect(lines[0]).toBe(
      `${BOM}"Organisation","Sector","Places","Application reference","Themes","Awarded","Expires","Status","Revoked","Reason for revoking","Listed on public register","Certificate code"`,
    );
    const vcfse = "Voluntary, community, faith or social enterprise (VCFSE) organisation";
    expect(lines).toContain(
      `"Current Holder","${vcfse}","Liverpool","${current.application.reference}","Social; Innovation","2025-05-01","2030-05-01","Current","","","Yes","${current.certificateCode}"`,
    );
    expect(text).toContain(
      `"'@Revoked Holder","${vcfse}","Liverpool","${revoked.application.reference}","Social; Innovation","2025-05-01","2030-05-01","Revoked","2026-02-03","'-misled\nthe panel","No","${revoked.certificateCode}"\r\n`,
    );
    expect(lines).toContain(
      `"Lapsed, Holder","${vcfse}","Liverpool","${lapsed.application.reference}","Social; Innovation","2025-05-01","${ukDate(lapsed.expiresAt)}","Expired","","","No","${lapsed.certificateCode}"`,
    );
    // The header, one row per award (the line break inside a cell is a bare LF), and the empty end.
    expect(lines.length).toBe(1 + (await t.prisma.award.count()) + 1);
  });
});

describe("the charter signatories export", () => {
  it("lists every request with its status", async () => {
    const { organisation } = await createOrganisation(t.prisma, "Pledging Trust");
    const requester = await createUser(t.prisma, { fullName: "Rita Requester" });
    await t.prisma.charterSignature.create({
      data: {
        organisationId: organisation.id,
        requestedById: requester.id,
        sponsorName: "Dr Ng",
        sponsorRole: "Chief executive",
        pledge: '+1 pledge, "quoted"',
        status: "APPROVED",
        createdAt: new Date("2026-04-01T09:00:00Z"),
        decidedAt: new Date("2026-04-02T09:00:00Z"),
        signedAt: new Date("2026-04-02T09:00:00Z"),
      },
    });
    await t.prisma.charterSignature.create({
      data: {
        organisationId: organisation.id,
        sponsorName: "Al Pending",
        sponsorRole: "Chair",
        pledge: "Local jobs",
        createdAt: new Date("2026-05-01T09:00:00Z"),
      },
    });
    const { text } = await download(lead, "/admin/exports/charter-signatories.csv");
    const vcfse = "Voluntary, community, faith or social enterprise (VCFSE) organisation";
    expect(
      text.startsWith(
        `${BOM}"Organisation","Sector","Places","Sponsor","Sponsor's role","Pledge","Status","Requested","Decided","Signed","Reason"\r\n`,
      ),
    ).toBe(true);
    expect(text).toContain(
      `"Pledging Trust","${vcfse}","Liverpool","Dr Ng","Chief executive","'+1 pledge, ""quoted""","Signed","2026-04-01","2026-04-02","2026-04-02",""\r\n`,
    );
    expect(text).toContain(
      `"Pledging Trust","${vcfse}","Liverpool","Al Pending","Chair","Local jobs","Waiting for a decision","2026-05-01","","",""\r\n`,
    );
  });
});

describe("streaming in batches", () => {
  it("reads the rows a few at a time, in order of id, each row once", async () => {
    let queries = 0;
    const counted = createDatabase(t.database.provider, t.database.url, {
      onQuery: (sql) => {
        if (/^SELECT/i.test(sql.trim()) && /Champion/.test(sql)) queries += 1;
      },
    });
    try {
      await t.prisma.champion.deleteMany();
      for (let i = 1; i <= 5; i += 1) {
        await t.prisma.champion.create({ data: { name: `Champion ${i}`, place: "HALTON" } });
      }
      const app = createApp({
        ...t.deps,
        exports: createExportsService({
          prisma: counted.prisma,
          settings: t.deps.settings,
          now: t.deps.now,
          batchSize: 2,
        }),
      });
      const visitor = new Visitor(app);
      const { email, password } = await createUser(t.prisma, { role: "PROGRAMME_LEAD", fullName: "Batch Lead" }).then(
        (u) => ({ email: u.email, password: u.password }),
      );
      await visitor.signIn(email, password);
      const { text } = await download(visitor, "/admin/exports/champions.csv");
      const names = text
        .split("\r\n")
        .slice(1, -1)
        .map((line) => /^"([^"]+)"/.exec(line)?.[1]);
      const ids = await t.prisma.champion.findMany({ orderBy: { id: "asc" }, select: { name: true } });
      expect(names).toEqual(ids.map((c) => c.name));
      expect(new Set(names).size).toBe(5);
      // 2 + 2 + 1 rows: three batches.
      expect(queries).toBe(3);
    } finally {
      await counted.close();
    }
  });
});
