import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SubjectAccessDeps } from "../../src/modules/subject-access/deps.js";
import { ownOrganisationDownload, personDownload } from "../../src/modules/subject-access/download.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation } from "../helpers/applications.js";
import { unzip } from "./fixture.js";

// The subject access use cases called without HTTP, on a fixed clock.
const NOW = new Date(Date.UTC(2026, 4, 11, 9, 0));

let t: TestApp;
let deps: SubjectAccessDeps;
beforeAll(async () => {
  t = await createTestApp();
  deps = { prisma: t.prisma, storage: t.deps.storage, now: () => NOW };
});
afterAll(async () => {
  await t?.close();
});

/** The archive's bytes, as the download streams them. */
async function bytesOf(download: { writeTo(out: Writable): Promise<void> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await download.writeTo(
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(chunk);
        callback();
      },
    }),
  );
  return Buffer.concat(chunks);
}

const downloadsOf = (subjectId: string) =>
  t.prisma.auditEvent.count({ where: { action: "subject-access.download", subjectId } });

describe("the subject access use cases, called directly", () => {
  it("gives an organisation's archive to its owner only, and records each download before it starts", async () => {
    const { organisation, owner } = await createOrganisation(t.prisma, "Seacombe Sail Makers");
    const member = await addMember(t.prisma, organisation.id, "Morwenna Member");

    // A member who is not the owner is told the organisation does not exist, and nothing is recorded.
    expect(await ownOrganisationDownload(deps, member.id, organisation.id)).toBeNull();
    expect(await ownOrganisationDownload(deps, owner.id, "x".repeat(65))).toBeNull();
    expect(await downloadsOf(organisation.id)).toBe(0);

    const download = await ownOrganisationDownload(deps, owner.id, organisation.id);
    expect(download?.fileName).toBe("subject-access-seacombe-sail-makers-2026-05-11.zip");
    expect(await downloadsOf(organisation.id)).toBe(1);
    const archive = unzip(await bytesOf(download!));
    expect(archive.text("README.txt")).toContain("portal on 2026-05-11T09:00:00.000Z.");
    expect(archive.json<{ fullName: string }[]>("memberships.json").map((m) => m.fullName)).toEqual([
      "Owen Owner",
      "Morwenna Member",
    ]);
  });

  it("finds no person for an id that does not exist, and records nothing", async () => {
    const { owner } = await createOrganisation(t.prisma, "Rock Ferry Rowers");
    expect(await personDownload(deps, owner.id, "no-such-person")).toBeNull();
    expect(await downloadsOf("no-such-person")).toBe(0);
  });
});
