import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { leadAndAssessor, organisationStory, storedPath, whereFound } from "./helpers.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

describe("deleting stored files after an erasure", () => {
  it("finishes the erasure when a file cannot be deleted, logs it, and the jobs delete it later", async () => {
    const { lead, assessor } = await leadAndAssessor(t);
    const story = await organisationStory(
      t,
      { lead: lead.visitor, assessor },
      {
        organisation: "Halton Stubborn Files",
        owner: "Iwan Keeper",
        member: "Elin Holder",
        postcode: "WA7 1AA",
        registration: "9080706",
        website: "https://stubborn.example.org",
        street: "3 Bridge Street",
        answer: "Thirty carers in Runcorn had respite breaks.",
        evidenceName: "Respite diary.pdf",
        evidenceText: "Respite",
      },
    );
    const files = await t.prisma.evidenceFile.findMany({
      where: { applicationTheme: { application: { organisationId: story.organisation.id } } },
    });
    expect(files).toHaveLength(2);
    // A folder where the file was: the storage cannot delete it.
    const stuck = storedPath(t, files[0]!.storageKey);
    rmSync(stuck);
    mkdirSync(stuck);
    writeFileSync(path.join(stuck, "in-the-way"), "x");

    const page = `/admin/organisations/${story.organisation.id}/erase`;
    const erased = await lead.visitor.submit(page, page, { confirmed: "yes", awardConfirmed: "yes" });
    expect(erased.status).toBe(303);
    expect(erased.headers.location).toBe("/admin/erased?what=organisation&waiting=1");
    expect((await lead.visitor.get(erased.headers.location!)).text).toContain(
      "1 stored file could not be deleted just now",
    );

    // The database is done: nothing personal remains, and the file waits to be deleted.
    expect(await whereFound(t, story.needles)).toEqual([]);
    expect(existsSync(storedPath(t, files[1]!.storageKey))).toBe(false);
    const waiting = await t.prisma.fileDeletion.findMany();
    expect(waiting).toMatchObject([{ storageKey: files[0]!.storageKey, attempts: 1 }]);
    expect(waiting[0]!.lastError).not.toBe("");
    const logged = t.logLines().find((line) => line.msg === "stored file not deleted; the jobs will try again");
    expect(logged?.storageKey).toBe(files[0]!.storageKey);
    const report = await lead.visitor.get("/admin/retention");
    expect(report.text).toMatch(/id="count-files">1</);

    // The jobs try again while it still fails, then delete it once they can.
    const stillStuck = await t.deps.jobs.run(new Date());
    expect(stillStuck.files).toEqual({ deleted: 0, failed: 1 });
    expect((await t.prisma.fileDeletion.findFirstOrThrow()).attempts).toBe(2);
    rmSync(stuck, { recursive: true });
    writeFileSync(stuck, "the file, back where it was");
    const done = await t.deps.jobs.run(new Date());
    expect(done.files).toEqual({ deleted: 1, failed: 0 });
    expect(existsSync(stuck)).toBe(false);
    expect(await t.prisma.fileDeletion.count()).toBe(0);
  });
});
