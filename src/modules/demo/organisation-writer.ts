import { daysBefore, type DemoContext } from "./context.js";
import { demoEmail, type DemoOrganisation } from "./plan.js";

export interface WrittenOrganisation {
  id: string;
  ownerId: string;
  website: string | null;
}

/** How many days ago the organisation's first application or charter request was made. */
function firstActivity(org: DemoOrganisation): number {
  const days = org.applications.map((app) => app.started ?? (app.submitted ?? 0) + 21);
  const charter = org.charter;
  if (charter) days.push("signed" in charter ? charter.signed + 7 : charter.requested);
  return Math.max(...days);
}

/**
 * The organisation with its places and its people, a month before its first activity. Its owner
 * signs in with `login` when given (the demo applicant); the others cannot be signed in as.
 */
export async function writeOrganisation(
  ctx: DemoContext,
  org: DemoOrganisation,
  login?: { email: string; passwordHash: string },
): Promise<WrittenOrganisation> {
  const createdAt = daysBefore(ctx.now, firstActivity(org) + 30);
  const people = org.member ? [org.owner, org.member] : [org.owner];
  const userIds: string[] = [];
  for (const [index, [fullName, jobTitle]] of people.entries()) {
    const signsIn = index === 0 ? login : undefined;
    const user = await ctx.tx.user.create({
      data: {
        email: signsIn?.email ?? demoEmail(fullName, org.key),
        fullName,
        jobTitle,
        role: "APPLICANT",
        passwordHash: signsIn?.passwordHash ?? ctx.unusableHash,
        emailVerifiedAt: createdAt,
        createdAt,
      },
    });
    userIds.push(user.id);
  }
  const [addressLine1, town, postcode] = org.address;
  const website = login ? null : `https://www.${org.key}.example.org`;
  const organisation = await ctx.tx.organisation.create({
    data: {
      name: org.name,
      type: org.type,
      addressLine1,
      town,
      postcode,
      sizeBand: org.size,
      website,
      createdAt,
      places: { create: org.places.map((place) => ({ place })) },
      members: { create: userIds.map((userId, index) => ({ userId, isOwner: index === 0, createdAt })) },
    },
  });
  return { id: organisation.id, ownerId: userIds[0]!, website };
}
