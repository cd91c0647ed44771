import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../src/platform/audit.js";
import { signUp } from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation, signedIn } from "../helpers/applications.js";
import { signedInAs, submittedApplication } from "../helpers/assessment.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
let lead: Visitor;
const ids: Record<string, string> = {};
let jo: { id: string };
let orgA: { id: string };
let orgB: { id: string };

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  lead = (await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead")).visitor;
  jo = await createUser(t.prisma, { fullName: "Jo Smith", email: "jo.smith@example.org" });
  const sam = await createUser(t.prisma, { fullName: "Sam Jones", email: "sam@other.example.org" });
  orgA = (await createOrganisation(t.prisma, "Mersey Care Trust")).organisation;
  orgB = (await createOrganisation(t.prisma, "Wirral Food Bank")).organisation;
  const applicationB = await t.prisma.application.create({
    data: { organisationId: orgB.id, createdById: sam.id, orgName: "Wirral Food Bank" },
  });
  const seed = async (
    key: string,
    data: {
      actorId: string | null;
      action: string;
      subjectType: string;
      subjectId: string | null;
      organisationId: string | null;
      occurredAt: string;
      before?: unknown;
      after?: unknown;
    },
  ) => {
    const event = await t.prisma.auditEvent.create({
      data: {
        ...data,
        occurredAt: new Date(data.occurredAt),
        before: data.before === undefined ? null : JSON.stringify(data.before),
        after: data.after === undefined ? null : JSON.stringify(data.after),
      },
    });
    ids[key] = event.id;
  };
  await seed("e1", {
    actorId: jo.id,
    action: "test.alpha",
    subjectType: "Organisation",
    subjectId: orgA.id,
    organisationId: orgA.id,
    occurredAt: "2026-03-01T12:00:00Z",
    before: { name: "Old <b>name</b>" },
    after: { name: "<script>alert(1)</script>", town: "Liverpool" },
  });
  await seed("e2", {
    actorId: sam.id,
    action: "test.beta",
    subjectType: "Application",
    subjectId: applicationB.id,
    organisationId: orgB.id,
    // 00:30 on 1 July in the UK.
    occurredAt: "2026-06-30T23:30:00Z",
    after: ["a", "b"],
  });
  await seed("e3", {
    actorId: null,
    action: "test.alpha",
    subjectType: "Setting",
    subjectId: "contact",
    organisationId: null,
    occurredAt: "2026-07-02T10:00:00Z",
  });
  // A record from before the organisation column: only its subject names the organisation.
  await seed("e4", {
    actorId: jo.id,
    action: "test.beta",
    subjectType: "Organisation",
    subjectId: orgB.id,
    organisationId: null,
    occurredAt: "2026-07-05T10:00:00Z",
    before: { members: 2 },
    after: { members: 3 },
  });
});
afterAll(async () => {
  await t?.close();
});

/** The entries on a page, in order, by their seeded names where they have one. */
function entriesOn(html: string): string[] {
  const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return [...html.matchAll(/id="entry-([^"]+)"/g)].map((m) => names[m[1]!] ?? m[1]!);
}

describe("who may read the audit log", () => {
  it("is for the programme lead only", async () => {
    const signedOut = await new Visitor(t.app).get("/admin/audit");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe("/sign-in?returnTo=%2Fadmin%2Faudit");
    const { owner } = await createOrganisation(t.prisma, "Nosy Org");
    const applicant = await signedIn(t.app, owner);
    expect((await applicant.get("/admin/audit")).status).toBe(403);
    const { visitor: assessor } = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    expect((await assessor.get("/admin/audit?person=jo")).status).toBe(403);
    const page = await lead.get("/admin/audit");
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-store");
  });
});

describe("the entries", () => {
  it("come newest first, with who, what, the subject and the organisation", async () => {
    const page = await lead.get("/admin/audit?from=2026-01-01&to=2026-07-31");
    expect(entriesOn(page.text)).toEqual(["e4", "e3", "e2", "e1"]);
    expect(page.text).toContain("4 entries");
    expect(page.text).toContain("Jo Smith</a> (jo.smith@example.org)");
    expect(page.text).toContain(`href="/admin/audit?from=2026-01-01&amp;to=2026-07-31&amp;actor=portal"`);
    expect(page.text).toContain(">The portal</a>");
    // When, as the UK saw it.
    expect(page.text).toMatch(/<time datetime="2026-06-30T23:30:00.000Z">1 July 2026 at [^<]+<\/time>/);
    expect(page.text).toMatch(/Application:\s*not yet submitted/);
    expect(page.text).toContain("Wirral Food Bank");
  });

  it("shows the values before and after, escaped", async () => {
    const page = await lead.get("/admin/audit?action=test.alpha");
    const entry = page.text.slice(page.text.indexOf(`id="entry-${ids.e1}"`));
    expect(entry).toContain("Values before and after");
    expect(entry).toContain('<pre class="app-audit-value">Old &lt;b&gt;name&lt;/b&gt;</pre>');
    expect(entry).toContain('<pre class="app-audit-value">&lt;script&gt;alert(1)&lt;/script&gt;</pre>');
    expect(entry).toMatch(
      /town<\/th>\s*<td class="govuk-table__cell"><span class="govuk-body-s">\(none\)<\/span><\/td>/,
    );
    expect(page.text).not.toContain("<script>alert(1)</script>");
    expect(page.text).not.toContain("<b>name</b>");

    const array = await lead.get("/admin/audit?action=test.beta");
    expect(array.text).toContain('<pre class="app-audit-value">[\n  &quot;a&quot;,\n  &quot;b&quot;\n]</pre>');
    expect(array.text).toMatch(/members<\/th>\s*<td class="govuk-table__cell"><pre class="app-audit-value">2<\/pre>/);
  });
});

describe("filters", () => {
  it("by person: part of a name or email in any case, or one person from the list", async () => {
    const byName = await lead.get("/admin/audit?person=SMITH");
    expect(entriesOn(byName.text)).toEqual(["e4", "e1"]);
    expect(byName.text).toContain("Matching people");
    expect(byName.text).toContain(`href="/admin/audit?actor=${jo.id}"`);
    expect(byName.text).toContain('value="SMITH"');

    const byEmail = await lead.get("/admin/audit?person=other.example");
    expect(entriesOn(byEmail.text)).toEqual(["e2"]);

    const picked = await lead.get(`/admin/audit?actor=${jo.id}`);
    expect(entriesOn(picked.text)).toEqual(["e4", "e1"]);
    expect(picked.text).toContain("Changes by <strong>Jo Smith (jo.smith@example.org)</strong>");

    const portal = await lead.get("/admin/audit?actor=portal&action=test.alpha");
    expect(entriesOn(portal.text)).toEqual(["e3"]);

    await createUser(t.prisma, { fullName: "Åsa Öberg", email: "asa@example.org" });
    const accented = await lead.get(`/admin/audit?person=${encodeURIComponent("ÖBERG")}`);
    expect(accented.text).toContain("Åsa Öberg (asa@example.org)");

    const nobody = await lead.get("/admin/audit?person=nobody-at-all");
    expect(entriesOn(nobody.text)).toEqual([]);
    expect(nobody.text).toContain("No people match what you typed.");
  });

  it("by organisation: its own records and those of its applications, old records included", async () => {
    const byName = await lead.get("/admin/audit?organisation=wirral");
    expect(entriesOn(byName.text)).toEqual(["e4", "e2"]);
    expect(byName.text).toContain(`href="/admin/audit?organisationId=${orgB.id}"`);
    const picked = await lead.get(`/admin/audit?organisationId=${orgA.id}`);
    expect(entriesOn(picked.text)).toEqual(["e1"]);
    expect(picked.text).toContain("About <strong>Mersey Care Trust</strong>");
  });

  it("by action, from a list of the actions in the log", async () => {
    const page = await lead.get("/admin/audit?action=test.beta");
    expect(entriesOn(page.text)).toEqual(["e4", "e2"]);
    expect(page.text).toContain('<option value="test.alpha">test.alpha</option>');
    expect(page.text).toContain('<option value="test.beta" selected>test.beta</option>');
  });

  it("by dates in the UK, each day whole", async () => {
    expect(entriesOn((await lead.get("/admin/audit?from=2026-07-01&to=2026-07-02")).text)).toEqual(["e3", "e2"]);
    // Typed the UK way in a browser without a date picker.
    expect(entriesOn((await lead.get("/admin/audit?from=1/7/2026&to=2/7/2026")).text)).toEqual(["e3", "e2"]);
    expect(entriesOn((await lead.get("/admin/audit?to=2026-06-30")).text)).toEqual(["e1"]);
    expect(entriesOn((await lead.get("/admin/audit?from=2026-07-03&to=2026-07-31")).text)).toEqual(["e4"]);
  });

  it("combined", async () => {
    const all = "/admin/audit?person=smith&action=test.beta&organisation=wirral";
    expect(entriesOn((await lead.get(all)).text)).toEqual(["e4"]);
    expect(entriesOn((await lead.get(`${all}&from=2026-07-06`)).text)).toEqual([]);
    expect(entriesOn((await lead.get(`/admin/audit?organisationId=${orgB.id}&to=2026-07-01`)).text)).toEqual(["e2"]);
  });

  it("answers 400 for a date that is not real, keeping the other filters", async () => {
    const page = await lead.get("/admin/audit?person=jo&action=test.beta&from=2026-02-30&to=31/12/2026");
    expect(page.status).toBe(400);
    expect(page.text).toContain("There is a problem");
    expect(page.text).toContain('href="#from"');
    expect(page.text).toMatch(/id="from-error"[\s\S]*From date must be a real date, like 27\/3\/2026/);
    expect(page.text).toContain('id="person" name="person" type="text" spellcheck="false" value="jo"');
    expect(page.text).toContain('<option value="test.beta" selected>test.beta</option>');
    expect(page.text).toContain('value="2026-12-31"');
    expect(page.text).toContain('value="2026-02-30"');
    expect(entriesOn(page.text)).toEqual([]);
    expect(page.text).toContain("<title>Error: Audit log");

    const backwards = await lead.get("/admin/audit?from=2026-07-02&to=2026-07-01");
    expect(backwards.status).toBe(400);
    expect(backwards.text).toContain('href="#to"');
    expect(backwards.text).toContain("To date must be the same as or after the from date");

    const words = await lead.get("/admin/audit?to=yesterday");
    expect(words.status).toBe(400);
    expect(words.text).toContain("To date must be a real date");

    const long = await lead.get(`/admin/audit?person=${"x".repeat(101)}`);
    expect(long.status).toBe(400);
    expect(long.text).toContain("Name or email address must be 100 characters or fewer");

    const action = await lead.get("/admin/audit?action=made.up");
    expect(action.status).toBe(400);
    expect(action.text).toContain("Select an action from the list");
  });

  it("ignores values no form sends rather than failing", async () => {
    const odd = await lead.get("/admin/audit?page=abc&actor=%3Cscript%3E&organisationId[x]=1&person=a&person=b");
    expect(odd.status).toBe(200);
    // The template's own inline script is the only one.
    expect(odd.text).not.toMatch(/<script>(?!document\.body)/);
  });
});

describe("pages", () => {
  it("shows 25 entries a page, newest first, keeping the filters", async () => {
    // In August 2026: after every date range the other tests filter by, so that these entries
    // show in none of their lists, whichever order the tests run in.
    for (let i = 1; i <= 30; i += 1) {
      await t.prisma.auditEvent.create({
        data: {
          actorId: null,
          action: "test.bulk",
          subjectType: "Setting",
          subjectId: `bulk-${i}`,
          occurredAt: new Date(Date.UTC(2026, 7, 1, 0, i)),
        },
      });
    }
    const first = await lead.get("/admin/audit?action=test.bulk");
    expect(first.text).toContain("30 entries, page 1 of 2");
    const subjects = (html: string) => [...html.matchAll(/>bulk-(\d+)</g)].map((m) => Number(m[1]));
    expect(subjects(first.text)).toEqual(Array.from({ length: 25 }, (_, i) => 30 - i));
    expect(first.text).toContain('href="/admin/audit?action=test.bulk&amp;page=2"');
    const second = await lead.get("/admin/audit?action=test.bulk&page=2");
    expect(subjects(second.text)).toEqual([5, 4, 3, 2, 1]);
    expect(second.text).toContain('href="/admin/audit?action=test.bulk&amp;page=1"');
    const beyond = await lead.get("/admin/audit?action=test.bulk&page=99");
    expect(subjects(beyond.text)).toEqual([5, 4, 3, 2, 1]);
  });
});

describe("the organisation of a record", () => {
  it("is worked out from the subject when the change does not name it", async () => {
    const { organisation } = await createOrganisation(t.prisma, "Derived Org");
    const application = await t.prisma.application.create({
      data: { organisationId: organisation.id, createdById: "seed" },
    });
    await recordAudit(t.prisma, null, "test.derived", ["Application", application.id]);
    await recordAudit(t.prisma, null, "test.derived", ["User", jo.id]);
    const events = await t.prisma.auditEvent.findMany({ where: { action: "test.derived" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.organisationId)).toEqual([organisation.id, null]);
  });

  it("is recorded for submissions and sign-ups made through the pages", async () => {
    const { id, organisation } = await submittedApplication(t, { name: "Submitting Org" });
    const submitted = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "application.submit", subjectId: id },
    });
    expect(submitted.organisationId).toBe(organisation.id);
    const page = await lead.get(`/admin/audit?organisationId=${organisation.id}`);
    expect(page.text).toContain("application.submit");
    const { reference } = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(page.text).toContain(`<a class="govuk-link" href="/admin/applications/${id}">${reference}</a>`);

    await signUp(new Visitor(t.app), "new.signup@example.org");
    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: "new.signup@example.org" },
      include: { memberships: true },
    });
    const signedUp = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "user.sign-up", subjectId: user.id },
    });
    expect(signedUp.organisationId).toBe(user.memberships[0]!.organisationId);
  });
});
