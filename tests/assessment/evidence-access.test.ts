import { Readable } from "node:stream";
import { systemRandom } from "../../src/platform/random.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newStorageKey } from "../../src/platform/storage.js";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { assign, signedInAs, submittedApplication } from "../helpers/assessment.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ SIGN_IN_ATTEMPTS_PER_IP: "1000" });
});
afterAll(async () => {
  await t?.close();
});

describe("evidence for assessors", () => {
  it("is listed and downloadable once the assessor has declared no conflict, and never for others", async () => {
    const { visitor: lead } = await signedInAs(t, "PROGRAMME_LEAD", "Lee Lead");
    const assessor = await signedInAs(t, "ASSESSOR", "Ann Assessor");
    const outsider = await signedInAs(t, "ASSESSOR", "Oz Outsider");
    const application = await submittedApplication(t, { name: "Evidence Org" });
    const theme = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: application.id } });
    const key = newStorageKey(systemRandom, "evidence");
    const content = Buffer.from("%PDF-1.4\n% survey\n%%EOF\n");
    await t.deps.storage.put(key, Readable.from(content));
    const file = await t.prisma.evidenceFile.create({
      data: {
        applicationThemeId: theme.id,
        storageKey: key,
        originalName: "Survey.pdf",
        description: "Family survey",
        contentType: "application/pdf",
        kind: "pdf",
        size: content.length,
      },
    });
    const assignmentId = await assign(t, lead, application.id, assessor.user.id);
    expect((await assessor.visitor.get(`/evidence/${file.id}`)).status).toBe(404);
    await assessor.visitor.submit(
      `/assessor/reviews/${assignmentId}`,
      `/assessor/reviews/${assignmentId}/declaration`,
      {
        conflict: "no",
      },
    );
    const page = await assessor.visitor.get(`/assessor/reviews/${assignmentId}/themes/social`);
    expect(page.text).toContain(`href="/evidence/${file.id}"`);
    expect(page.text).toContain("Family survey");
    expect((await assessor.visitor.get(`/evidence/${file.id}`)).status).toBe(200);
    expect((await outsider.visitor.get(`/evidence/${file.id}`)).status).toBe(404);
    expect((await lead.get(`/admin/applications/${application.id}`)).text).toContain("Survey.pdf");

    // Once the organisation withdraws, the assessor's access ends.
    await t.prisma.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN", liveKey: null } });
    expect((await assessor.visitor.get(`/evidence/${file.id}`)).status).toBe(404);
    expect((await lead.get(`/evidence/${file.id}`)).status).toBe(200);
  });
});
