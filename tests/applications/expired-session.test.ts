import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../helpers/app.js";
import { addMember, createOrganisation, signedIn, startApplication, VALID_THEME } from "../helpers/applications.js";
import { csrfTokenIn, type Visitor } from "../helpers/browser.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function openThemeSection() {
  const { owner, organisation } = await createOrganisation(t.prisma);
  const visitor = await signedIn(t.app, owner);
  const id = await startApplication(visitor);
  const page = `/applications/${id}/themes/social`;
  const themes = await visitor.get(`/applications/${id}/themes`);
  await visitor.post(`/applications/${id}/themes`, {
    _csrf: csrfTokenIn(themes.text),
    version: "0",
    action: "continue",
    chosenThemes: "SOCIAL",
  });
  const form = await visitor.get(page);
  return { owner, organisation, visitor, id, page, form };
}

const hidden = (html: string, name: string) => new RegExp(`name="${name}" value="([^"]+)"`).exec(html)?.[1];

async function signOutEverywhere(userId: string) {
  // What an idle timeout does: the session is gone from the store.
  await t.prisma.session.deleteMany({ where: { userId } });
}

async function answerSignIn(
  visitor: Visitor,
  page: string,
  user: { email: string; password: string },
  extra: Record<string, string> = {},
) {
  return visitor.post("/sign-in", {
    _csrf: csrfTokenIn(page),
    email: user.email,
    password: user.password,
    returnTo: hidden(page, "returnTo") ?? "",
    pendingSave: hidden(page, "pendingSave") ?? "",
    ...extra,
  });
}

describe("saving after the session has ended", () => {
  it("asks the person to sign in again, then saves what they typed", async () => {
    const { owner, visitor, id, page, form } = await openThemeSection();
    await signOutEverywhere(owner.id);
    const typed = "Written over a long lunch break, and not to be lost.";
    const refused = await visitor.post(page, {
      _csrf: csrfTokenIn(form.text),
      version: hidden(form.text, "version")!,
      action: "draft",
      ...VALID_THEME,
      whatChanged: typed,
    });
    expect(refused.status).toBe(401);
    expect(refused.text).toContain("Sign in again to save your answers");
    expect(refused.text).toContain("Your answers to the Social theme have not been lost");
    expect(await t.prisma.applicationTheme.findFirst({ where: { applicationId: id, whatChanged: typed } })).toBeNull();

    const wrong = await answerSignIn(visitor, refused.text, { email: owner.email, password: "not the password" });
    expect(wrong.status).toBe(400);
    expect(hidden(wrong.text, "pendingSave")).toBe(hidden(refused.text, "pendingSave"));

    const signedInAgain = await answerSignIn(visitor, wrong.text, owner);
    expect(signedInAgain.status).toBe(303);
    expect(signedInAgain.headers.location).toBe(`${page}?resumed=saved`);
    const saved = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id, theme: "SOCIAL" } });
    expect(saved.whatChanged).toBe(typed);
    const shown = await visitor.get(signedInAgain.headers.location!);
    expect(shown.text).toContain("Your answers were saved after you signed in again");
    expect(shown.text).toContain(typed);
  });

  it("keeps the answers beside a colleague's when the colleague saved in the meantime", async () => {
    const { owner, organisation, visitor, page, form } = await openThemeSection();
    const colleague = await addMember(t.prisma, organisation.id);
    const other = await signedIn(t.app, colleague);
    const otherForm = await other.get(page);
    await other.post(page, {
      _csrf: csrfTokenIn(otherForm.text),
      version: hidden(otherForm.text, "version")!,
      action: "draft",
      ...VALID_THEME,
      whatChanged: "The colleague's words.",
    });

    await signOutEverywhere(owner.id);
    const refused = await visitor.post(page, {
      _csrf: csrfTokenIn(form.text),
      version: hidden(form.text, "version")!,
      action: "draft",
      ...VALID_THEME,
      whatChanged: "The owner's words.",
    });
    expect(refused.status).toBe(401);
    const back = await answerSignIn(visitor, refused.text, owner);
    expect(back.headers.location).toBe(`${page}?resumed=unsaved`);
    const shown = await visitor.get(back.headers.location!);
    expect(shown.text).toContain("This section was saved while you were working on it");
    expect(shown.text).toContain("The owner&#39;s words.");
    expect(shown.text).toContain("The colleague&#39;s words.");
  });

  it("ignores carried answers that have been tampered with", async () => {
    const { owner, visitor, id, page, form } = await openThemeSection();
    await signOutEverywhere(owner.id);
    const refused = await visitor.post(page, {
      _csrf: csrfTokenIn(form.text),
      version: "1",
      action: "draft",
      ...VALID_THEME,
      whatChanged: "Original.",
    });
    const sealed = hidden(refused.text, "pendingSave")!;
    const [body, mac] = sealed.split(".");
    const forged = Buffer.from(Buffer.from(body!, "base64url").toString().replace("Original.", "Forged!!!")).toString(
      "base64url",
    );
    const back = await answerSignIn(visitor, refused.text, owner, { pendingSave: `${forged}.${mac}` });
    expect(back.status).toBe(303);
    expect(back.headers.location).toBe(page);
    const stored = await t.prisma.applicationTheme.findFirstOrThrow({ where: { applicationId: id } });
    expect(stored.whatChanged).not.toContain("Forged");
    expect(stored.whatChanged).not.toContain("Original.");
  });

  it("still refuses, with the ordinary 403, a post with a bad token from someone signed in", async () => {
    const { visitor, page } = await openThemeSection();
    const response = await visitor.post(page, { _csrf: "forged", version: "1", action: "draft", whatChanged: "x" });
    expect(response.status).toBe(403);
  });
});
