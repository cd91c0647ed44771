import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { Visitor } from "../helpers/browser.js";
import { createUser } from "../helpers/factories.js";

let t: TestApp;
const visitors: Record<string, Visitor> = {};
let organisationPath = "";

beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
  for (const role of ["APPLICANT", "ASSESSOR", "PROGRAMME_LEAD"] as const) {
    const user = await createUser(t.prisma, { email: `${role.toLowerCase()}@example.org`, role });
    const visitor = new Visitor(t.app);
    await visitor.signIn(user.email, user.password);
    visitors[role] = visitor;
    if (role === "APPLICANT") {
      const org = await t.prisma.organisation.create({
        data: { name: "Matrix Org", type: "BUSINESS", members: { create: { userId: user.id, isOwner: true } } },
      });
      organisationPath = `/organisations/${org.id}`;
    }
  }
});
afterAll(async () => {
  await t.close();
});

// What each kind of visitor gets for each area: 200 opens, 303 goes to sign-in, 403 is refused.
const AREAS = [
  { name: "/account", path: () => "/account", signedOut: 303, APPLICANT: 200, ASSESSOR: 200, PROGRAMME_LEAD: 200 },
  {
    name: "/account/profile",
    path: () => "/account/profile",
    signedOut: 303,
    APPLICANT: 200,
    ASSESSOR: 200,
    PROGRAMME_LEAD: 200,
  },
  {
    name: "their own organisation",
    path: () => organisationPath,
    signedOut: 303,
    APPLICANT: 200,
    ASSESSOR: 403,
    PROGRAMME_LEAD: 403,
  },
  {
    name: "/organisations",
    path: () => "/organisations",
    signedOut: 303,
    APPLICANT: 303,
    ASSESSOR: 403,
    PROGRAMME_LEAD: 403,
  },
  {
    name: "/assessment",
    path: () => "/assessment",
    signedOut: 303,
    APPLICANT: 403,
    ASSESSOR: 200,
    PROGRAMME_LEAD: 200,
  },
  { name: "/admin", path: () => "/admin", signedOut: 303, APPLICANT: 403, ASSESSOR: 403, PROGRAMME_LEAD: 200 },
  {
    name: "/admin/users",
    path: () => "/admin/users",
    signedOut: 303,
    APPLICANT: 403,
    ASSESSOR: 403,
    PROGRAMME_LEAD: 200,
  },
  {
    name: "/admin/users/invite",
    path: () => "/admin/users/invite",
    signedOut: 303,
    APPLICANT: 403,
    ASSESSOR: 403,
    PROGRAMME_LEAD: 200,
  },
] as const;

describe("who can open which area", () => {
  for (const area of AREAS) {
    it(`signed out, ${area.name} sends the visitor to sign in and back`, async () => {
      const path = area.path();
      const response = await request(t.app).get(path);
      expect(response.status).toBe(area.signedOut);
      expect(response.headers.location).toBe(`/sign-in?returnTo=${encodeURIComponent(path)}`);
    });
    for (const role of ["APPLICANT", "ASSESSOR", "PROGRAMME_LEAD"] as const) {
      it(`${role} gets ${area[role]} for ${area.name}`, async () => {
        const response = await visitors[role]!.get(area.path());
        expect(response.status).toBe(area[role]);
        if (area[role] === 403) expect(response.text).toContain("You do not have access to this page");
      });
    }
  }

  it("refuses a lead-only action posted by an applicant or an assessor", async () => {
    const target = await createUser(t.prisma, { email: "target@example.org" });
    for (const role of ["APPLICANT", "ASSESSOR"] as const) {
      const response = await visitors[role]!.submit("/account", `/admin/users/${target.id}/deactivate`, {});
      expect(response.status).toBe(403);
    }
    expect((await t.prisma.user.findUniqueOrThrow({ where: { id: target.id } })).active).toBe(true);
  });
});
