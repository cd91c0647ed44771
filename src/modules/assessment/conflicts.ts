// Automatic conflict-of-interest checks made before an assessor is assigned.

/**
 * Mail domains shared by people with no connection to each other. nhs.net is here because staff of
 * every NHS body use it, so sharing it says nothing about working for the same organisation.
 */
export const SHARED_MAIL_DOMAINS = new Set([
  "gmail.com",
  "googlemail.com",
  "hotmail.com",
  "hotmail.co.uk",
  "outlook.com",
  "outlook.co.uk",
  "live.com",
  "live.co.uk",
  "msn.com",
  "yahoo.com",
  "yahoo.co.uk",
  "icloud.com",
  "me.com",
  "aol.com",
  "aol.co.uk",
  "btinternet.com",
  "sky.com",
  "virginmedia.com",
  "talktalk.net",
  "ntlworld.com",
  "protonmail.com",
  "proton.me",
  "gmx.com",
  "gmx.co.uk",
  "mail.com",
  "nhs.net",
]);

export function domainOfEmail(email: string): string {
  return email
    .slice(email.lastIndexOf("@") + 1)
    .trim()
    .toLowerCase();
}

export function domainOfWebsite(website: string | null | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    return url.hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return null;
  }
}

export interface ConflictCheckInput {
  assessor: { id: string; email: string };
  organisation: { website?: string | null; members: { userId: string; email: string }[] };
}

/** Why this assessor may not assess this organisation's application; empty when nothing blocks it. */
export function automaticConflicts(input: ConflictCheckInput): string[] {
  const reasons: string[] = [];
  const { assessor, organisation } = input;
  if (organisation.members.some((m) => m.userId === assessor.id)) {
    reasons.push("The assessor is a member of the applicant organisation.");
  }
  const domain = domainOfEmail(assessor.email);
  if (!SHARED_MAIL_DOMAINS.has(domain)) {
    const sameDomain = organisation.members.some((m) => domainOfEmail(m.email) === domain);
    const website = domainOfWebsite(organisation.website);
    const websiteMatches = website !== null && (website === domain || website.endsWith(`.${domain}`));
    if (sameDomain || websiteMatches) {
      reasons.push(`The assessor's email address is at ${domain}, the same domain as the applicant organisation.`);
    }
  }
  return reasons;
}
