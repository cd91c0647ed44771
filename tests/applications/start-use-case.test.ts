import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationsDeps } from "../../src/modules/applications/deps.js";
import { start } from "../../src/modules/applications/start.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { applicationsDepsOf, createOrganisation, ELIGIBLE } from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";

// Starting an application needs eligible answers, whoever calls the use case.

let t: TestApp;
let deps: ApplicationsDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = applicationsDepsOf(t);
});
afterAll(() => t.close());

const actorOf = (user: { id: string; fullName: string }) => ({ id: user.id, fullName: user.fullName });

describe("the start use case", () => {
  it.each([
    [{ ...ELIGIBLE, organisationType: "NONE" }, "organisation-type"],
    [{ ...ELIGIBLE, worksInPlaces: "no" }, "places"],
    [{ ...ELIGIBLE, authorised: "no" }, "authority"],
  ])("refuses ineligible answers and starts nothing (%o)", async (answers, reason) => {
    const { owner, organisation } = await createOrganisation(t.prisma);
    expect(await start(deps, actorOf(owner), answers)).toEqual({ outcome: "ineligible", reason });
    expect(await t.prisma.application.count({ where: { organisationId: organisation.id } })).toBe(0);
    expect(await t.prisma.auditEvent.count({ where: { actorId: owner.id, action: "application.start" } })).toBe(0);
  });

  it("refuses missing answers with the reasons, and starts nothing", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma);
    const result = await start(deps, actorOf(owner), {});
    expect(result.outcome).toBe("invalid");
    expect(result.outcome === "invalid" && Object.keys(result.errors).sort()).toEqual([
      "authorised",
      "organisationType",
      "worksInPlaces",
    ]);
    expect(await t.prisma.application.count({ where: { organisationId: organisation.id } })).toBe(0);
  });

  it("starts one application for eligible answers, and answers with it afterwards", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma, "Wirral Food Hub");
    const started = await start(deps, actorOf(owner), ELIGIBLE);
    expect(started.outcome).toBe("started");
    const application = await t.prisma.application.findFirstOrThrow({ where: { organisationId: organisation.id } });
    expect(started).toEqual({ outcome: "started", id: application.id });
    expect(application.orgName).toBe("Wirral Food Hub");
    expect(await start(deps, actorOf(owner), {})).toEqual({ outcome: "live", id: application.id });
    expect(await t.prisma.application.count({ where: { organisationId: organisation.id } })).toBe(1);
  });

  it("starts nothing for someone with no organisation", async () => {
    const loner = await createUser(t.prisma);
    expect(await start(deps, actorOf(loner), ELIGIBLE)).toEqual({ outcome: "no-organisation" });
    expect(await t.prisma.application.count({ where: { createdById: loner.id } })).toBe(0);
  });
});
