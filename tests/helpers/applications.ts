import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { ApplicationsDeps } from "../../src/modules/applications/deps.js";
import type { Db } from "../../src/platform/db/index.js";
import type { TestApp } from "./app.js";
import { csrfTokenIn, Visitor } from "./browser.js";
import { createUser } from "./factories.js";
import type { Express } from "express";

/** What the applications use cases take, from the test app's own services, on the real clock. */
export function applicationsDepsOf(t: TestApp): ApplicationsDeps {
  const { settings, mailer, evidence } = t.deps;
  return { prisma: t.prisma, settings, mailer, evidence, now: () => new Date() };
}

/** An organisation in Liverpool with one owner who can sign in. */
export async function createOrganisation(prisma: Db, name = "Mersey Community Trust") {
  const owner = await createUser(prisma, {
    email: `owner-${randomBytes(4).toString("hex")}@example.org`,
    fullName: "Owen Owner",
  });
  const organisation = await prisma.organisation.create({
    data: {
      name,
      type: "VCFSE",
      addressLine1: "2 Dock Road",
      town: "Liverpool",
      postcode: "L3 4BB",
      sizeBand: "SMALL",
      places: { create: [{ place: "LIVERPOOL" }] },
      members: { create: { userId: owner.id, isOwner: true } },
    },
  });
  return { organisation, owner };
}

export async function addMember(prisma: Db, organisationId: string, fullName = "Mia Member") {
  const member = await createUser(prisma, { email: `member-${randomBytes(4).toString("hex")}@example.org`, fullName });
  await prisma.membership.create({ data: { userId: member.id, organisationId } });
  return member;
}

export async function signedIn(app: Express, user: { email: string; password: string }) {
  const visitor = new Visitor(app);
  await visitor.signIn(user.email, user.password);
  return visitor;
}

export const ELIGIBLE = { organisationType: "VCFSE", worksInPlaces: "yes", authorised: "yes" };

export async function startApplication(visitor: Visitor): Promise<string> {
  const response = await visitor.submit("/apply", "/apply", ELIGIBLE);
  expect(response.status).toBe(303);
  const id = /^\/applications\/([^/?]+)$/.exec(response.headers.location ?? "")?.[1];
  if (!id) throw new Error(`unexpected redirect ${response.headers.location}`);
  return id;
}

export const VALID_ORG = {
  orgName: "Mersey Community Trust",
  orgType: "VCFSE",
  orgRegistrationNumber: "1234567",
  orgAddressLine1: "2 Dock Road",
  orgAddressLine2: "",
  orgTown: "Liverpool",
  orgPostcode: "l3 4bb",
  orgPlaces: ["LIVERPOOL", "SEFTON"],
  orgSizeBand: "SMALL",
  orgWebsite: "https://mersey.example.org",
};

export const VALID_THEME = {
  whatChanged: "Forty young people finished a paid apprenticeship with local employers.",
  difference: "Most are now in work and earning, and say they feel more confident.",
  stakeholderCount: "40",
  places: ["LIVERPOOL", "KNOWSLEY"],
  startMonth: "3",
  startYear: "2024",
  endMonth: "",
  endYear: "",
  marmotPrinciples: ["FAIR_EMPLOYMENT"],
};

export const VALID_DECLARATION = {
  declarationName: "Owen Owner",
  declarationRole: "Chief executive",
  declarationConfirmed: "yes",
};

/** Fills in every section through the pages, as a person would. */
export async function completeApplication(visitor: Visitor, id: string, themes: string[] = ["social"]) {
  const base = `/applications/${id}`;
  const save = async (page: string, fields: Record<string, string | string[]>) => {
    const form = await visitor.get(page);
    const version = /name="version" value="(\d+)"/.exec(form.text)?.[1] ?? "0";
    const response = await visitor.post(page, {
      _csrf: csrfTokenIn(form.text),
      version,
      action: "continue",
      ...fields,
    });
    expect(response.status, `${page}: ${response.text.slice(0, 200)}`).toBe(303);
  };
  await save(`${base}/organisation`, VALID_ORG);
  await save(`${base}/themes`, { chosenThemes: themes.map((t) => t.toUpperCase()) });
  for (const theme of themes) await save(`${base}/themes/${theme}`, VALID_THEME);
  await save(`${base}/declaration`, VALID_DECLARATION);
}
