import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErasureDeps } from "../../src/modules/data-protection/deps.js";
import { eraseOrganisation } from "../../src/modules/data-protection/erasure/erase-organisation.js";
import { eraseUser } from "../../src/modules/data-protection/erasure/erase-user.js";
import { ERASED_AWARD_REASON, ERASED_ORGANISATION_NAME } from "../../src/modules/data-protection/erasure/model.js";
import { planOrganisation } from "../../src/modules/data-protection/erasure/plan-organisation.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { createOrganisation } from "../helpers/applications.js";
import { createUser } from "../helpers/factories.js";
import { snapshot } from "./helpers.js";

// The erasure use cases called as the pages call them, without HTTP, so each rule is checked
// where it lives. The clock is fixed, so that "current" and the dates recorded are known.
const NOW = new Date(Date.UTC(2026, 4, 11, 9, 0));
const YEAR = 365 * 24 * 60 * 60_000;

let t: TestApp;
let deps: ErasureDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = { prisma: t.prisma, files: t.deps.dataProtection.files, logger: t.deps.logger, now: () => NOW };
});
afterAll(async () => {
  await t?.close();
});

/** An organisation whose application was awarded a year before NOW, the award running a year after. */
async function awardedOrganisation(name: string, reference: string) {
  const { organisation, owner } = await createOrganisation(t.prisma, name);
  const application = await t.prisma.application.create({
    data: {
      organisationId: organisation.id,
      createdById: owner.id,
      status: "AWARDED",
      reference,
      orgName: name,
      submittedAt: new Date(NOW.getTime() - YEAR - 60 * 24 * 60 * 60_000),
    },
  });
  const decision = await t.prisma.decision.create({
    data: {
      applicationId: application.id,
      outcome: "AWARDED",
      feedback: "Well evidenced.",
      decidedAt: new Date(NOW.getTime() - YEAR),
    },
  });
  const award = await t.prisma.award.create({
    data: {
      applicationId: application.id,
      organisationId: organisation.id,
      decisionId: decision.id,
      organisationName: name,
      themes: "SOCIAL",
      awardedAt: new Date(NOW.getTime() - YEAR),
      expiresAt: new Date(NOW.getTime() + YEAR),
      certificateCode: `CODE-${organisation.id}`,
      listedOnRegister: true,
    },
  });
  return { organisation, owner, application, award };
}

describe("the erasure use cases, called directly", () => {
  it("refuses to erase the last active programme lead, and changes nothing", async () => {
    const lead = await createUser(t.prisma, {
      role: "PROGRAMME_LEAD",
      fullName: "Lone Lead",
      email: "lone.lead@programme.example.net",
    });
    const actor = await createUser(t.prisma, {
      role: "PROGRAMME_LEAD",
      fullName: "Former Lead",
      email: "former.lead@programme.example.net",
      active: false,
    });
    await t.prisma.user.updateMany({
      where: { role: "PROGRAMME_LEAD", id: { not: lead.id } },
      data: { active: false },
    });

    const before = await snapshot(t);
    expect(await eraseUser(deps, actor.id, lead.id, "DSAR-1")).toEqual({ ok: false, refusal: { kind: "last-lead" } });
    expect(await snapshot(t)).toEqual(before);

    // With another lead active, the same request goes through.
    await t.prisma.user.update({ where: { id: actor.id }, data: { active: true } });
    expect(await eraseUser(deps, actor.id, lead.id, "DSAR-1")).toEqual({ ok: true, accountKept: false });
    expect(await t.prisma.user.findUnique({ where: { id: lead.id } })).toBeNull();
    const entry = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: "user.erase", subjectId: lead.id } });
    expect(JSON.parse(entry.after ?? "{}")).toMatchObject({ reason: "request", requestReference: "DSAR-1" });
  });

  it("refuses a lead erasing their own account", async () => {
    const lead = await createUser(t.prisma, { role: "PROGRAMME_LEAD", email: "self@programme.example.net" });
    await createUser(t.prisma, { role: "PROGRAMME_LEAD", email: "other@programme.example.net" });
    expect(await eraseUser(deps, lead.id, lead.id, "")).toEqual({ ok: false, refusal: { kind: "self" } });
    expect(await t.prisma.user.count({ where: { id: lead.id } })).toBe(1);
  });

  it("refuses to erase an organisation with a current award until the revocation is confirmed", async () => {
    const lead = await createUser(t.prisma, { role: "PROGRAMME_LEAD", email: "eraser@programme.example.net" });
    const { organisation, owner, award } = await awardedOrganisation("Birkenhead Bakers Guild", "SVA-2025-0101");
    const plan = await planOrganisation(deps, organisation.id);
    expect(plan?.currentAwards.map((a) => a.id)).toEqual([award.id]);

    const before = await snapshot(t);
    const refused = await eraseOrganisation(deps, lead.id, organisation.id, {
      requestReference: "DSAR-2",
      awardConfirmed: false,
    });
    expect(refused).toEqual({ ok: false, refusal: "award-not-confirmed" });
    expect(await snapshot(t)).toEqual(before);

    const done = await eraseOrganisation(deps, lead.id, organisation.id, {
      requestReference: "DSAR-2",
      awardConfirmed: true,
    });
    expect(done).toEqual({ ok: true, filesDeleted: 0, filesWaiting: 0 });
    const revoked = await t.prisma.award.findUniqueOrThrow({ where: { id: award.id } });
    expect(revoked).toMatchObject({
      status: "REVOKED",
      revokedAt: NOW,
      revokedById: lead.id,
      revocationReason: ERASED_AWARD_REASON,
      organisationName: ERASED_ORGANISATION_NAME,
      listedOnRegister: false,
    });
    const erased = await t.prisma.organisation.findUniqueOrThrow({ where: { id: organisation.id } });
    expect(erased).toMatchObject({ name: ERASED_ORGANISATION_NAME, erasedAt: NOW });
    // The owner belonged to this organisation only, so their account went with it.
    expect(await t.prisma.user.findUnique({ where: { id: owner.id } })).toBeNull();
    const entry = await t.prisma.auditEvent.findFirstOrThrow({
      where: { action: "organisation.erase", subjectId: organisation.id },
    });
    expect(JSON.parse(entry.after ?? "{}")).toMatchObject({ awardsRevoked: [award.id], requestReference: "DSAR-2" });

    expect(
      await eraseOrganisation(deps, lead.id, organisation.id, { requestReference: "", awardConfirmed: true }),
    ).toEqual({ ok: false, refusal: "already-erased" });
  });

  it("needs no confirmation once the award has expired by the clock it is given", async () => {
    const lead = await createUser(t.prisma, { role: "PROGRAMME_LEAD", email: "later@programme.example.net" });
    const { organisation, award } = await awardedOrganisation("Wallasey Weavers", "SVA-2025-0102");
    const later = { ...deps, now: () => new Date(NOW.getTime() + 2 * YEAR) };
    expect((await planOrganisation(later, organisation.id))?.currentAwards).toEqual([]);
    const done = await eraseOrganisation(later, lead.id, organisation.id, {
      requestReference: "",
      awardConfirmed: false,
    });
    expect(done).toMatchObject({ ok: true });
    // Not revoked: it was no longer current.
    expect((await t.prisma.award.findUniqueOrThrow({ where: { id: award.id } })).status).toBe("CURRENT");
  });
});
