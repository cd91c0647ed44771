// The texts that identify a person or an organisation, to find and replace where rows are kept.
import type { Tx } from "../deps.js";
import { searchTerms } from "../redaction.js";
import { ERASED_ORGANISATION_NAME } from "./model.js";

export const chunk = <T>(items: readonly T[], size = 500): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

export const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase() && a.trim() !== "";

const EMAIL_IN_TEXT = /[^\s@"<>()[\],;:\\]{1,64}@[^\s@"<>()[\],;:\\.]+(?:\.[^\s@"<>()[\],;:\\.]+)+/gu;

/** Names the person went by before a change, from the entries about their account. */
function namesIn(json: string | null): string[] {
  if (!json) return [];
  try {
    const value = JSON.parse(json) as unknown;
    const name = value && typeof value === "object" ? (value as Record<string, unknown>).fullName : undefined;
    return typeof name === "string" ? [name] : [];
  } catch {
    return [];
  }
}

/** Email addresses in an audit entry's values (an address the person used before a change, say). */
function emailsIn(json: string | null): string[] {
  return json ? [...json.matchAll(EMAIL_IN_TEXT)].map((m) => m[0].toLowerCase()) : [];
}

export interface PersonTerms {
  /** Every address the person used, in lower case. */
  emails: string[];
  /** The addresses worth searching for. */
  emailTerms: string[];
  /** The names they went by. */
  nameTerms: string[];
  /** Addresses and names together. */
  terms: string[];
}

/** The person's addresses and names, now and before any change the audit log recorded. */
export async function personTerms(
  tx: Tx,
  user: { id: string; email: string; fullName: string; accountTokens: { newEmail: string | null }[] },
): Promise<PersonTerms> {
  const own = await tx.auditEvent.findMany({
    where: { subjectType: "User", subjectId: user.id },
    select: { before: true, after: true },
  });
  const emails = [
    ...new Set([
      user.email.toLowerCase(),
      ...user.accountTokens.flatMap((t) => (t.newEmail ? [t.newEmail.toLowerCase()] : [])),
      ...own.flatMap((e) => [...emailsIn(e.before), ...emailsIn(e.after)]),
    ]),
  ];
  const names = [user.fullName, ...own.flatMap((e) => [...namesIn(e.before), ...namesIn(e.after)])];
  const nameTerms = searchTerms(names, 2);
  const emailTerms = searchTerms(emails, 3);
  return { emails, emailTerms, nameTerms, terms: [...emailTerms, ...nameTerms] };
}

/** The texts that identify an organisation, to find and replace in the audit log. */
export function organisationTerms(
  organisation: {
    name: string;
    registrationNumber: string | null;
    postcode: string;
    website: string | null;
    addressLine1: string;
  },
  applications: {
    orgName: string;
    orgPostcode: string;
    orgRegistrationNumber: string;
    orgWebsite: string;
    orgAddressLine1?: string;
  }[],
): string[] {
  return searchTerms(
    [
      organisation.name,
      organisation.registrationNumber,
      organisation.postcode,
      organisation.website,
      organisation.addressLine1,
      ...applications.flatMap((a) => [
        a.orgName,
        a.orgPostcode,
        a.orgRegistrationNumber,
        a.orgWebsite,
        a.orgAddressLine1,
      ]),
    ].filter((term) => term !== ERASED_ORGANISATION_NAME),
    4,
  );
}
