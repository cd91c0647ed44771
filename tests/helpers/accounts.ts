import type { Response } from "supertest";
import type { OutboxMessage } from "../../src/platform/mail.js";
import type { TestApp } from "./app.js";
import type { Visitor } from "./browser.js";

export const STRONG_PASSWORD = "plum kettle orbit lantern";

export const ORGANISATION_ANSWERS = {
  name: "Mersey Community Larder",
  type: "VCFSE",
  registrationNumber: "1234567",
};
export const ADDRESS_ANSWERS = {
  addressLine1: "12 Dock Road",
  addressLine2: "",
  town: "Liverpool",
  postcode: "l1 8jq",
};
export const ABOUT_ANSWERS = { places: ["LIVERPOOL", "SEFTON"], sizeBand: "SMALL", website: "larder.example.org" };

export function personAnswers(email: string) {
  return { fullName: "Siân O'Brien", jobTitle: "Volunteer coordinator", email, password: STRONG_PASSWORD };
}

/** Walks the sign-up journey to the check-answers page; returns the response of the last step. */
export async function answerSignUp(
  visitor: Visitor,
  email: string,
  overrides: { person?: Partial<ReturnType<typeof personAnswers>> } = {},
): Promise<Response> {
  await visitor.submit("/sign-up/organisation", "/sign-up/organisation", ORGANISATION_ANSWERS);
  await visitor.submit("/sign-up/address", "/sign-up/address", ADDRESS_ANSWERS);
  await visitor.submit("/sign-up/about", "/sign-up/about", ABOUT_ANSWERS);
  return visitor.submit("/sign-up/you", "/sign-up/you", { ...personAnswers(email), ...overrides.person });
}

/** Signs up an organisation all the way through; returns the final response. */
export async function signUp(visitor: Visitor, email: string): Promise<Response> {
  const last = await answerSignUp(visitor, email);
  if (last.headers.location !== "/sign-up/check-answers") throw new Error(`sign-up stopped: ${last.status}`);
  return visitor.submit("/sign-up/check-answers", "/sign-up/check-answers", {});
}

/** The newest message to this address. */
export function latestMailTo(t: TestApp, address: string): OutboxMessage | undefined {
  return t.outbox().find((message) => message.to.includes(address));
}

/** The path of the first link in a message that starts with prefix (such as "/verify-email/"). */
export function linkIn(message: OutboxMessage | undefined, prefix: string): string {
  const match = new RegExp(`https?://[^/\\s]+(${prefix}[A-Za-z0-9_-]+)`).exec(message?.text ?? "");
  if (!match?.[1]) throw new Error(`No ${prefix} link in ${message?.subject ?? "(no message)"}`);
  return match[1];
}

/** The text of the error summary's list, for comparing two responses. */
export function errorSummary(html: string): string | undefined {
  return /<ul class="govuk-list govuk-error-summary__list">([\s\S]*?)<\/ul>/.exec(html)?.[1];
}

/** The page's main content with the per-request CSRF token taken out, for comparing two responses. */
export function mainContent(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return main.replace(/name="_csrf" value="[^"]+"/g, 'name="_csrf" value=""');
}
