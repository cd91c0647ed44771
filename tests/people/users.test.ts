import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation } from "../helpers/applications.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

/** The app on a database of its own, with Lena Lead, its only programme lead, signed in. */
async function appWithLead(): Promise<{ app: TestApp; lead: Visitor; leadId: string }> {
  const app = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  const user = await createUser(app.prisma, {
    email: "lead.people@example.org",
    role: "PROGRAMME_LEAD",
    fullName: "Lena Lead",
  });
  const lead = new Visitor(app.app);
  await lead.signIn(user.email, user.password);
  return { app, lead, leadId: user.id };
}

let t: TestApp;
let lead: Visitor;
let leadId: string;
beforeAll(async () => {
  ({ app: t, lead, leadId } = await appWithLead());
});
afterAll(async () => {
  await t?.close();
});

/** The names in the list's table, in order. */
function namesIn(html: string): string[] {
  const table = /<table class="govuk-table" id="users">([\s\S]*?)<\/table>/.exec(html)?.[1] ?? "";
  return [...table.matchAll(/href="\/admin\/users\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
}

const totalIn = (html: string) =>
  /<p class="govuk-body" id="users-total">\s*([\s\S]*?)\s*<\/p>/.exec(html)?.[1]?.replace(/\s+/g, " ");

describe("searching for users", () => {
  // These lists are checked whole, some with no search at all, so they are drawn from a database
  // of their own holding only the people below: the people the other tests add or deactivate
  // would otherwise show in them, or not, by the order the tests run in.
  let searched: TestApp;
  let searcher: Visitor;
  beforeAll(async () => {
    ({ app: searched, lead: searcher } = await appWithLead());
    await createUser(searched.prisma, { fullName: "Bob SMITH", email: "bob.smith@search.example" });
    await createUser(searched.prisma, { fullName: "Carys Smithson", email: "carys@search.example", role: "ASSESSOR" });
    await createUser(searched.prisma, { fullName: "Élodie Martin", email: "elodie@search.example" });
    await createUser(searched.prisma, { fullName: "JOSÉ Ángel", email: "jose@search.example" });
    await createUser(searched.prisma, { fullName: "Dana Doe", email: "dana@bigcorp.example" });
    await createUser(searched.prisma, { fullName: "100% Volunteer", email: "percent@search.example" });
    await createUser(searched.prisma, { fullName: "Under_Score", email: "underscore@search.example" });
    await createUser(searched.prisma, {
      fullName: "Sam Smith-Jones",
      email: "sam@search.example",
      role: "ASSESSOR",
      active: false,
    });
  });
  afterAll(async () => {
    await searched?.close();
  });

  it("finds people by part of their name, whatever the case", async () => {
    const lower = await searcher.get("/admin/users?q=smith");
    expect(lower.status).toBe(200);
    expect(lower.headers["cache-control"]).toBe("no-store");
    expect(namesIn(lower.text)).toEqual(["Bob SMITH", "Carys Smithson", "Sam Smith-Jones"]);
    expect(totalIn(lower.text)).toBe("3 users match.");
    expect(namesIn((await searcher.get("/admin/users?q=SMITH")).text)).toEqual(namesIn(lower.text));
    expect(namesIn((await searcher.get("/admin/users?q=%20%20sMiTh%20")).text)).toEqual(namesIn(lower.text));
  });

  it("matches letters with accents in either case", async () => {
    expect(namesIn((await searcher.get(`/admin/users?q=${encodeURIComponent("élodie")}`)).text)).toEqual([
      "Élodie Martin",
    ]);
    expect(namesIn((await searcher.get(`/admin/users?q=${encodeURIComponent("ÉLODIE")}`)).text)).toEqual([
      "Élodie Martin",
    ]);
    expect(namesIn((await searcher.get(`/admin/users?q=${encodeURIComponent("josé á")}`)).text)).toEqual([
      "JOSÉ Ángel",
    ]);
    expect(namesIn((await searcher.get(`/admin/users?q=${encodeURIComponent("jOsÉ ánGEL")}`)).text)).toEqual([
      "JOSÉ Ángel",
    ]);
    expect(namesIn((await searcher.get(`/admin/users?q=${encodeURIComponent("ÉLODIE MARTIN")}`)).text)).toEqual([
      "Élodie Martin",
    ]);
  });

  it("finds people by part of their email address, whatever the case", async () => {
    const found = await searcher.get("/admin/users?q=BigCorp.EXAMPLE");
    expect(namesIn(found.text)).toEqual(["Dana Doe"]);
    expect(found.text).toContain("dana@bigcorp.example");
  });

  it("takes % and _ as the characters they are, not as wildcards", async () => {
    expect(namesIn((await searcher.get("/admin/users?q=%25")).text)).toEqual(["100% Volunteer"]);
    expect(namesIn((await searcher.get("/admin/users?q=_")).text)).toEqual(["Under_Score"]);
    expect(namesIn((await searcher.get("/admin/users?q=!")).text)).toEqual([]);
  });

  it("says so when nothing matches", async () => {
    const none = await searcher.get("/admin/users?q=nobody-by-this-name");
    expect(none.status).toBe(200);
    expect(totalIn(none.text)).toBe("0 users match.");
    expect(none.text).toContain("No users match");
    expect(none.text).toContain('href="/admin/users">Clear search and filters');
  });

  it("filters by role and by whether the account is active, alone and with a search", async () => {
    const assessors = await searcher.get("/admin/users?role=ASSESSOR");
    expect(namesIn(assessors.text)).toEqual(["Carys Smithson", "Sam Smith-Jones"]);
    expect(assessors.text).toMatch(/<option value="ASSESSOR" selected>/);

    const deactivated = await searcher.get("/admin/users?status=deactivated");
    expect(namesIn(deactivated.text)).toEqual(["Sam Smith-Jones"]);
    expect(deactivated.text).toContain("Deactivated");

    const activeSmiths = await searcher.get("/admin/users?q=smith&status=active");
    expect(namesIn(activeSmiths.text)).toEqual(["Bob SMITH", "Carys Smithson"]);
    const activeAssessorSmiths = await searcher.get("/admin/users?q=smith&status=active&role=ASSESSOR");
    expect(namesIn(activeAssessorSmiths.text)).toEqual(["Carys Smithson"]);
    const leads = await searcher.get("/admin/users?role=PROGRAMME_LEAD");
    expect(namesIn(leads.text)).toEqual(["Lena Lead"]);
  });

  it("reads a filter value it does not know as any, and refuses a search too long to run", async () => {
    const unknown = await searcher.get("/admin/users?role=KING&status=asleep&page=many");
    expect(unknown.status).toBe(200);
    expect(totalIn(unknown.text)).toMatch(/^Everyone with an account: \d+\.$/);

    const tooLong = await searcher.get(`/admin/users?q=${"a".repeat(101)}&role=ASSESSOR`);
    expect(tooLong.status).toBe(400);
    expect(tooLong.text).toContain("There is a problem");
    expect(tooLong.text).toContain('href="#q"');
    expect(tooLong.text).toContain("Search must be 100 characters or fewer");
    expect(tooLong.text).toMatch(/<title>Error: /);
    expect(tooLong.text).toContain(`value="${"a".repeat(101)}"`);
    expect(tooLong.text).not.toContain('id="users"');

    const twice = await searcher.get("/admin/users?q=bob&q=smith");
    expect(twice.status).toBe(200);
  });
});

describe("pages of users", () => {
  beforeAll(async () => {
    for (let n = 1; n <= 53; n++) {
      await t.prisma.user.create({
        data: {
          email: `paged-${n}@pages.example`,
          fullName: `Paged Assessor ${String(n).padStart(2, "0")}`,
          role: "ASSESSOR",
          passwordHash: "not-a-real-hash",
        },
      });
    }
    await createUser(t.prisma, { fullName: "Paged Applicant", email: "paged-applicant@pages.example" });
  });

  it("keeps the search and filters on every page", async () => {
    const first = await lead.get("/admin/users?q=PAGED&role=ASSESSOR");
    expect(totalIn(first.text)).toBe("53 users match, page 1 of 2.");
    const names = namesIn(first.text);
    expect(names).toHaveLength(50);
    expect(names[0]).toBe("Paged Assessor 01");
    expect(names).not.toContain("Paged Applicant");
    expect(first.text).toContain('href="/admin/users?q=PAGED&amp;role=ASSESSOR&amp;page=2"');

    const second = await lead.get("/admin/users?q=PAGED&role=ASSESSOR&page=2");
    expect(namesIn(second.text)).toEqual(["Paged Assessor 51", "Paged Assessor 52", "Paged Assessor 53"]);
    expect(second.text).toContain('href="/admin/users?q=PAGED&amp;role=ASSESSOR"');
    expect(second.text).toContain('value="PAGED"');

    const beyond = await lead.get("/admin/users?q=PAGED&role=ASSESSOR&page=9");
    expect(beyond.status).toBe(200);
    expect(namesIn(beyond.text)).toEqual(namesIn(second.text));
  });
});

describe("the rules on changes still hold", () => {
  it("will not change the role of an organisation's owner, found by searching", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma, "Owners Anonymous CIC");
    const found = await lead.get(`/admin/users?q=${encodeURIComponent(owner.email.toUpperCase())}`);
    expect(found.text).toContain(`href="/admin/users/${owner.id}"`);
    const page = await lead.get(`/admin/users/${owner.id}`);
    expect(page.text).toContain(`href="/admin/organisations/${organisation.id}"`);
    const refused = await lead.submit(`/admin/users/${owner.id}`, `/admin/users/${owner.id}/role`, {
      role: "ASSESSOR",
    });
    expect(refused.status).toBe(409);
    expect(refused.text).toContain("This person owns an organisation");
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: owner.id } })).role).toBe("APPLICANT");
  });

  it("will not let the lead deactivate themself, nor leave no active lead", async () => {
    const self = await lead.submit(`/admin/users/${leadId}`, `/admin/users/${leadId}/deactivate`, {});
    expect(self.status).toBe(409);
    expect(self.text).toContain("You cannot deactivate your own account");
    const demote = await lead.submit(`/admin/users/${leadId}`, `/admin/users/${leadId}/role`, { role: "ASSESSOR" });
    expect(demote.status).toBe(409);
    expect(demote.text).toContain("There must always be at least one active programme lead");
    expect(namesIn((await lead.get("/admin/users?role=PROGRAMME_LEAD&status=active")).text)).toEqual(["Lena Lead"]);
  });

  it("shows a deactivation in the filtered list at once", async () => {
    const person = await createUser(t.prisma, { fullName: "Filtered Fiona", email: "fiona@rules.example" });
    expect(namesIn((await lead.get("/admin/users?q=fiona&status=active")).text)).toEqual(["Filtered Fiona"]);
    const done = await lead.submit(`/admin/users/${person.id}`, `/admin/users/${person.id}/deactivate`, {});
    expect(done.status).toBe(303);
    expect(namesIn((await lead.get("/admin/users?q=fiona&status=active")).text)).toEqual([]);
    expect(namesIn((await lead.get("/admin/users?q=fiona&status=deactivated")).text)).toEqual(["Filtered Fiona"]);
  });
});

describe("who may search", () => {
  it("is the programme lead only", async () => {
    const assessor = await createUser(t.prisma, { role: "ASSESSOR", email: "nosy.assessor@rules.example" });
    const visitor = new Visitor(t.app);
    await visitor.signIn(assessor.email, assessor.password);
    expect((await visitor.get("/admin/users?q=smith")).status).toBe(403);
    const signedOut = await new Visitor(t.app).get("/admin/users?q=smith");
    expect(signedOut.status).toBe(303);
    expect(signedOut.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent("/admin/users?q=smith")}`);
  });

  it("is linked from the administration page", async () => {
    const admin = await lead.get("/admin");
    expect(admin.text).toContain('href="/admin/users"');
    expect(admin.text).toContain('href="/admin/organisations"');
  });
});
