import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation, signedIn, startApplication, VALID_THEME } from "../helpers/applications.js";
import { csrfTokenIn } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("two members editing the same section", () => {
  it("tells the second to save that the answer changed, shows both, and overwrites nothing", async () => {
    const { owner, organisation } = await createOrganisation(t.prisma);
    const colleague = await addMember(t.prisma, organisation.id, "Cara Colleague");
    const ann = await signedIn(t.app, owner);
    const cara = await signedIn(t.app, colleague);
    const id = await startApplication(ann);
    const base = `/applications/${id}`;
    const themes = await ann.get(`${base}/themes`);
    await ann.post(`${base}/themes`, {
      _csrf: csrfTokenIn(themes.text),
      version: "0",
      action: "continue",
      chosenThemes: "SOCIAL",
    });

    // Both open the same section.
    const annForm = await ann.get(`${base}/themes/social`);
    const caraForm = await cara.get(`${base}/themes/social`);
    const version = (html: string) => /name="version" value="(\d+)"/.exec(html)![1]!;
    expect(version(annForm.text)).toBe(version(caraForm.text));

    const annSaved = await ann.post(`${base}/themes/social`, {
      _csrf: csrfTokenIn(annForm.text),
      version: version(annForm.text),
      action: "draft",
      ...VALID_THEME,
      whatChanged: "Ann's account of what changed.",
    });
    expect(annSaved.status).toBe(303);

    const caraSaved = await cara.post(`${base}/themes/social`, {
      _csrf: csrfTokenIn(caraForm.text),
      version: version(caraForm.text),
      action: "continue",
      ...VALID_THEME,
      whatChanged: "Cara's account of what changed.",
    });
    expect(caraSaved.status).toBe(409);
    expect(caraSaved.text).toContain("This section was saved while you were working on it");
    // The page blames nobody: the same person in two tabs sees the same words.
    expect(caraSaved.text).not.toContain("your colleague");
    expect(caraSaved.text).toContain("Ann&#39;s account of what changed.");
    expect(caraSaved.text).toContain("Cara&#39;s account of what changed.");
    const stored = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(stored.whatChanged).toBe("Ann's account of what changed.");

    // Having seen both, Cara saves again from the form she was shown.
    const retried = await cara.post(`${base}/themes/social`, {
      _csrf: csrfTokenIn(caraSaved.text),
      version: version(caraSaved.text),
      action: "continue",
      ...VALID_THEME,
      whatChanged: "Ann's and Cara's accounts, merged.",
    });
    expect(retried.status).toBe(303);
    const merged = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(merged.whatChanged).toBe("Ann's and Cara's accounts, merged.");
    expect(merged.updatedById).toBe(colleague.id);
  });

  it("treats a form with no version or a made-up one as out of date", async () => {
    const { owner } = await createOrganisation(t.prisma);
    const visitor = await signedIn(t.app, owner);
    const id = await startApplication(visitor);
    const form = await visitor.get(`/applications/${id}/organisation`);
    const response = await visitor.post(`/applications/${id}/organisation`, {
      _csrf: csrfTokenIn(form.text),
      version: "not-a-number",
      action: "continue",
      orgName: "Overwritten",
    });
    expect(response.status).toBe(409);
    const row = await t.prisma.application.findUniqueOrThrow({ where: { id } });
    expect(row.orgName).toBe("Mersey Community Trust");
  });
});
