import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  ABOUT_ANSWERS,
  ADDRESS_ANSWERS,
  answerSignUp,
  latestMailTo,
  linkIn,
  mainContent,
  ORGANISATION_ANSWERS,
  personAnswers,
  signUp,
  STRONG_PASSWORD,
} from "../helpers/accounts.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("signing up an organisation", () => {
  it("asks the questions in order, shows the answers to check, then creates the organisation and its owner", async () => {
    const visitor = new Visitor(t.app);
    const start = await visitor.get("/sign-up");
    expect(start.status).toBe(200);
    expect(start.text).toContain('href="/sign-up/organisation"');

    const organisation = await visitor.submit("/sign-up/organisation", "/sign-up/organisation", ORGANISATION_ANSWERS);
    expect(organisation.status).toBe(303);
    expect(organisation.headers.location).toBe("/sign-up/address");
    const address = await visitor.submit("/sign-up/address", "/sign-up/address", ADDRESS_ANSWERS);
    expect(address.headers.location).toBe("/sign-up/about");
    const about = await visitor.submit("/sign-up/about", "/sign-up/about", ABOUT_ANSWERS);
    expect(about.headers.location).toBe("/sign-up/you");
    const you = await visitor.submit("/sign-up/you", "/sign-up/you", personAnswers("  Owner@Example.ORG "));
    expect(you.headers.location).toBe("/sign-up/check-answers");

    const check = await visitor.get("/sign-up/check-answers");
    expect(check.status).toBe(200);
    for (const text of [
      "Mersey Community Larder",
      "Voluntary, community, faith or social enterprise (VCFSE) organisation",
      "1234567",
      "12 Dock Road",
      "L1 8JQ",
      "Liverpool<br>Sefton",
      "10 to 49 staff and volunteers",
      "https://larder.example.org",
      "Siân O&#39;Brien",
      "owner@example.org",
    ]) {
      expect(check.text).toContain(text);
    }
    expect(check.text).not.toContain(STRONG_PASSWORD);

    const created = await visitor.submit("/sign-up/check-answers", "/sign-up/check-answers", {});
    expect(created.status).toBe(303);
    expect(created.headers.location).toBe("/sign-up/check-your-email");
    const confirmation = await visitor.get("/sign-up/check-your-email");
    expect(confirmation.text).toContain("Check your email");
    expect(confirmation.text).toContain("owner@example.org");

    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: "owner@example.org" },
      include: { memberships: { include: { organisation: { include: { places: true } } } } },
    });
    expect(user.fullName).toBe("Siân O'Brien");
    expect(user.role).toBe("APPLICANT");
    expect(user.emailVerifiedAt).toBeNull();
    expect(user.passwordHash).not.toContain(STRONG_PASSWORD);
    expect(user.memberships).toHaveLength(1);
    const membership = user.memberships[0]!;
    expect(membership.isOwner).toBe(true);
    expect(membership.organisation).toMatchObject({
      name: "Mersey Community Larder",
      type: "VCFSE",
      registrationNumber: "1234567",
      postcode: "L1 8JQ",
      town: "Liverpool",
      sizeBand: "SMALL",
      website: "https://larder.example.org",
    });
    expect(membership.organisation.places.map((p) => p.place).sort()).toEqual(["LIVERPOOL", "SEFTON"]);

    const audit = await t.prisma.auditEvent.findMany({ where: { actorId: user.id } });
    expect(audit.map((event) => event.action).sort()).toEqual(["organisation.create", "user.sign-up"]);

    const mail = latestMailTo(t, "owner@example.org");
    expect(mail?.subject).toBe("Confirm your email address");
    expect(mail?.text).toContain("Hello Siân O'Brien,");
    expect(mail?.text).toContain("Cheshire and Merseyside Social Value");
    expect(mail?.html).toContain("Siân O&#39;Brien");
    expect(linkIn(mail, "/verify-email/")).toMatch(/^\/verify-email\/[A-Za-z0-9_-]{43}$/);

    // The answers are gone from the session: starting again begins with empty questions.
    const again = await visitor.get("/sign-up/organisation");
    expect(again.text).not.toContain("Mersey Community Larder");
  });

  it("keeps answers between pages, and a change link returns to check answers", async () => {
    const visitor = new Visitor(t.app);
    await answerSignUp(visitor, "changer@example.org");
    const back = await visitor.get("/sign-up/organisation?change=1");
    expect(back.text).toContain('value="Mersey Community Larder"');
    const changed = await visitor.submit("/sign-up/organisation?change=1", "/sign-up/organisation?change=1", {
      ...ORGANISATION_ANSWERS,
      name: "Wirral Youth Band",
    });
    expect(changed.headers.location).toBe("/sign-up/check-answers");
    expect((await visitor.get("/sign-up/check-answers")).text).toContain("Wirral Youth Band");
    // The password is never shown again, even as a value.
    const you = await visitor.get("/sign-up/you");
    expect(you.text).toContain('value="changer@example.org"');
    expect(you.text).not.toContain(STRONG_PASSWORD);
  });

  it("sends a person who skips ahead back to the first question not yet answered", async () => {
    const visitor = new Visitor(t.app);
    const skipped = await visitor.get("/sign-up/check-answers");
    expect(skipped.status).toBe(303);
    expect(skipped.headers.location).toBe("/sign-up/organisation");
    await visitor.submit("/sign-up/organisation", "/sign-up/organisation", ORGANISATION_ANSWERS);
    const ahead = await visitor.get("/sign-up/you");
    expect(ahead.headers.location).toBe("/sign-up/address");
  });

  it("shows each problem on the organisation page with the answers typed kept", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-up/organisation", "/sign-up/organisation", {
      name: "   ",
      registrationNumber: "not a number",
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain("<title>Error: About the organisation");
    expect(response.text).toContain("There is a problem");
    expect(response.text).toContain('href="#name"');
    expect(response.text).toContain('href="#type"');
    expect(response.text).toContain('href="#registrationNumber"');
    expect(response.text).toContain('id="type"');
    expect(response.text).toContain("Enter the name of the organisation");
    expect(response.text).toContain("Select the type of organisation");
    expect(response.text).toContain("Enter a company number like 01234567");
    expect(response.text).toContain('value="not a number"');
  });

  it("refuses an over-long name and an unknown organisation type", async () => {
    const visitor = new Visitor(t.app);
    const response = await visitor.submit("/sign-up/organisation", "/sign-up/organisation", {
      name: "x".repeat(201),
      type: "SPACESHIP",
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain("Organisation name must be 200 characters or fewer");
    expect(response.text).toContain("Select the type of organisation");
  });

  it("checks the postcode and address", async () => {
    const visitor = new Visitor(t.app);
    await visitor.submit("/sign-up/organisation", "/sign-up/organisation", ORGANISATION_ANSWERS);
    const response = await visitor.submit("/sign-up/address", "/sign-up/address", {
      addressLine1: "",
      town: "Liverpool",
      postcode: "ABC 123",
    });
    expect(response.status).toBe(400);
    expect(response.text).toContain('href="#addressLine1"');
    expect(response.text).toContain('href="#postcode"');
    expect(response.text).toContain("Enter a real postcode, like L1 8JQ");
    expect(response.text).toContain('value="ABC 123"');
    expect(response.text).toContain('value="Liverpool"');
  });

  it("asks for at least one place and a size, linking the summary to the first checkbox", async () => {
    const visitor = new Visitor(t.app);
    await visitor.submit("/sign-up/organisation", "/sign-up/organisation", ORGANISATION_ANSWERS);
    await visitor.submit("/sign-up/address", "/sign-up/address", ADDRESS_ANSWERS);
    const response = await visitor.submit("/sign-up/about", "/sign-up/about", { website: "not a website" });
    expect(response.status).toBe(400);
    expect(response.text).toContain('href="#places"');
    expect(response.text).toContain('id="places"');
    expect(response.text).toContain('href="#sizeBand"');
    expect(response.text).toContain('href="#website"');
    expect(response.text).toContain("Select the places in Cheshire and Merseyside where the organisation works");
    const tampered = await visitor.submit("/sign-up/about", "/sign-up/about", {
      places: "MANCHESTER",
      sizeBand: "SMALL",
    });
    expect(tampered.status).toBe(400);
  });

  it("refuses short and common passwords without showing them again", async () => {
    const visitor = new Visitor(t.app);
    const short = await answerSignUp(visitor, "pw@example.org", { person: { password: "short pass" } });
    expect(short.status).toBe(400);
    expect(short.text).toContain("Password must be at least 12 characters long");
    expect(short.text).not.toContain('value="short pass"');
    expect(short.text).toContain('value="pw@example.org"');
    const common = await visitor.submit("/sign-up/you", "/sign-up/you", {
      ...personAnswers("pw@example.org"),
      password: "password123456",
    });
    expect(common.status).toBe(400);
    expect(common.text).toContain("This password is too common");
  });

  it("keeps names with apostrophes, accents and markup exactly as typed, trimmed, and shows them escaped", async () => {
    const visitor = new Visitor(t.app);
    await visitor.submit("/sign-up/organisation", "/sign-up/organisation", {
      ...ORGANISATION_ANSWERS,
      name: "  <script>alert(1)</script> Zoë's Café  ",
    });
    await visitor.submit("/sign-up/address", "/sign-up/address", ADDRESS_ANSWERS);
    await visitor.submit("/sign-up/about", "/sign-up/about", ABOUT_ANSWERS);
    await visitor.submit("/sign-up/you", "/sign-up/you", {
      ...personAnswers("zoe@example.org"),
      fullName: " Zoë O'Brien ",
    });
    const check = await visitor.get("/sign-up/check-answers");
    expect(check.text).not.toContain("<script>alert(1)</script>");
    expect(check.text).toContain("&lt;script&gt;alert(1)&lt;/script&gt; Zoë&#39;s Café");
    await visitor.submit("/sign-up/check-answers", "/sign-up/check-answers", {});
    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: "zoe@example.org" },
      include: { memberships: { include: { organisation: true } } },
    });
    expect(user.fullName).toBe("Zoë O'Brien");
    expect(user.memberships[0]!.organisation.name).toBe("<script>alert(1)</script> Zoë's Café");
  });

  it("gives the same response for an email that already has an account, creates nothing, and tells the owner", async () => {
    await createUser(t.prisma, { email: "taken@example.org", fullName: "Existing Person" });
    const organisationsBefore = await t.prisma.organisation.count();
    const hashes = vi.spyOn(t.deps.passwords, "hash");

    const fresh = new Visitor(t.app);
    await signUp(fresh, "fresh@example.org");
    const freshPage = await fresh.get("/sign-up/check-your-email");
    const hashesForNew = hashes.mock.calls.length;

    const taken = new Visitor(t.app);
    await signUp(taken, "TAKEN@example.org");
    const takenPage = await taken.get("/sign-up/check-your-email");
    const hashesForTaken = hashes.mock.calls.length - hashesForNew;
    hashes.mockRestore();

    // The password is hashed either way, so the time taken does not tell the two apart.
    expect(hashesForNew).toBe(1);
    expect(hashesForTaken).toBe(1);
    expect(mainContent(takenPage.text).replace("taken@example.org", "EMAIL")).toBe(
      mainContent(freshPage.text).replace("fresh@example.org", "EMAIL"),
    );
    expect(await t.prisma.organisation.count()).toBe(organisationsBefore + 1);
    const mail = latestMailTo(t, "taken@example.org");
    expect(mail?.subject).toBe("Someone tried to sign up with your email address");
    expect(mail?.text).toContain("Hello Existing Person,");
    expect(mail?.text).toContain("/forgotten-password");
  });

  it("refuses a final submission without the form's token", async () => {
    const visitor = new Visitor(t.app);
    await answerSignUp(visitor, "csrf@example.org");
    const response = await visitor.post("/sign-up/check-answers", {});
    expect(response.status).toBe(403);
    expect(await t.prisma.user.findUnique({ where: { email: "csrf@example.org" } })).toBeNull();
  });

  it("sends someone who is already signed in to their account instead", async () => {
    const user = await createUser(t.prisma);
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    for (const path of ["/sign-up", "/sign-up/organisation", "/sign-up/check-answers"]) {
      const response = await visitor.get(path);
      expect(response.status).toBe(303);
      expect(response.headers.location).toBe("/account");
    }
  });
});
