import { randomBytes } from "node:crypto";
import { expect } from "vitest";
import type { TestApp } from "./app.js";
import { completeApplication, createOrganisation, signedIn, startApplication } from "./applications.js";
import { csrfTokenIn, type Visitor } from "./browser.js";
import { createUser } from "./factories.js";

/** An organisation's application, filled in and submitted through the pages. */
export async function submittedApplication(t: TestApp, options: { name?: string; themes?: string[] } = {}) {
  const { organisation, owner } = await createOrganisation(t.prisma, options.name ?? "Mersey Community Trust");
  const applicant = await signedIn(t.app, owner);
  const id = await startApplication(applicant);
  await completeApplication(applicant, id, options.themes ?? ["social"]);
  // The answers name the organisation as the shared fixture does; give each its own name.
  await t.prisma.application.update({ where: { id }, data: { orgName: organisation.name } });
  const response = await applicant.submit(`/applications/${id}/check-answers`, `/applications/${id}/submit`, {});
  expect(response.status).toBe(303);
  return { id, organisation, owner, applicant };
}

export async function signedInAs(t: TestApp, role: "ASSESSOR" | "PROGRAMME_LEAD", fullName: string, email?: string) {
  // Each person at a domain of their own, so that the automatic conflict checks do not match them
  // with applicants (who are all at example.org).
  const domain = `${randomBytes(4).toString("hex")}.example.net`;
  const user = await createUser(t.prisma, { role, fullName, email: email ?? `${role.toLowerCase()}@${domain}` });
  return { user, visitor: await signedIn(t.app, user) };
}

/** The lead assigns the assessor by hand; returns the assignment's id. */
export async function assign(t: TestApp, lead: Visitor, applicationId: string, assessorId: string) {
  const response = await lead.submit(
    `/admin/applications/${applicationId}`,
    `/admin/applications/${applicationId}/assign`,
    {
      assessorId,
    },
  );
  expect(response.status, response.text.slice(0, 300)).toBe(303);
  const assignment = await t.prisma.assignment.findFirstOrThrow({
    where: { applicationId, assessorId, status: { not: "CLOSED" } },
  });
  return assignment.id;
}

export const ALL_CRITERIA = ["outcome", "scale", "localBenefit", "evidence", "sustainability"] as const;

export function scoreFields(scores: number[] | number, reason = "Clear evidence in the answers.") {
  const list = typeof scores === "number" ? ALL_CRITERIA.map(() => scores) : scores;
  const fields: Record<string, string> = { action: "continue" };
  ALL_CRITERIA.forEach((key, index) => {
    fields[`score-${key}`] = String(list[index]);
    fields[`reason-${key}`] = `${reason} (${key})`;
  });
  return fields;
}

/** The assessor declares no conflict, scores every theme and submits. */
export async function completeReview(
  assessor: Visitor,
  assignmentId: string,
  scores: number[] | number,
  themes: string[] = ["social"],
) {
  const base = `/assessor/reviews/${assignmentId}`;
  const declared = await assessor.submit(base, `${base}/declaration`, { conflict: "no" });
  expect(declared.status).toBe(303);
  for (const theme of themes) {
    const saved = await assessor.submit(`${base}/themes/${theme}`, `${base}/themes/${theme}`, scoreFields(scores));
    expect(saved.status, saved.text.slice(0, 300)).toBe(303);
  }
  const page = await assessor.get(base);
  const submitted = await assessor.post(`${base}/submit`, { _csrf: csrfTokenIn(page.text) });
  expect(submitted.status, submitted.text.slice(0, 300)).toBe(303);
}
