// The demo's Social Value Champions: people of the demo's organisations, most of whom agreed to be
// listed on /champions, some with their contact details. The phone numbers are in the ranges
// Ofcom keeps for drama, so they reach nobody.
import type { PlaceValue } from "../programme/index.js";
import type { DemoContext } from "./context.js";
import { DEMO_ORGANISATIONS } from "./organisations.js";
import { demoEmail } from "./plan.js";

interface DemoChampion {
  name: string;
  organisation: string;
  place: PlaceValue;
  phone: string;
  listed: boolean;
  contactConsent: boolean;
}

export const DEMO_CHAMPIONS: DemoChampion[] = [
  champion("Sian Pritchard", "mersey-valley-health", "LIVERPOOL", "0151 496 0118", true, true),
  champion("Oliver Grant", "green-corridors", "CHESHIRE_WEST_AND_CHESTER", "01632 960 214", true, false),
  champion("Lisa Chadwick", "runcorn-gap-council", "HALTON", "0151 496 0342", true, true),
  champion("Catherine Lowe", "rivermouth-icb", "KNOWSLEY", "0151 496 0575", true, true),
  champion("Keith Barlow", "bluebell-shed", "ST_HELENS", "01632 960 631", true, false),
  champion("Naomi Fletcher", "riverside-sixth-form", "WARRINGTON", "01632 960 487", true, true),
  champion("Graham Finch", "saltmarsh-coast-council", "SEFTON", "0151 496 0729", true, false),
  champion("Elaine Ward", "gritstone-hills-council", "CHESHIRE_EAST", "01632 960 853", true, true),
  champion("Rajesh Menon", "peninsula-community", "WIRRAL", "0151 496 0906", true, true),
  // Not listed yet: they have not agreed to appear on the public page.
  champion("Amira Haddad", "open-door-welcome", "LIVERPOOL", "0151 496 0150", false, false),
  champion("Stephen Molloy", "brightwater-building", "KNOWSLEY", "0151 496 0263", false, false),
];

function champion(
  name: string,
  organisation: string,
  place: PlaceValue,
  phone: string,
  listed: boolean,
  contactConsent: boolean,
): DemoChampion {
  return { name, organisation, place, phone, listed, contactConsent };
}

/** The champions, with the role each holds at their organisation. */
export async function writeChampions({ tx }: DemoContext): Promise<number> {
  const rows = DEMO_CHAMPIONS.map((c) => {
    const organisation = DEMO_ORGANISATIONS.find((o) => o.key === c.organisation);
    if (!organisation) throw new Error(`No demo organisation ${c.organisation}`);
    const person = [organisation.owner, organisation.member].find((p) => p?.[0] === c.name);
    return {
      name: c.name,
      role: person?.[1] ?? "",
      organisationName: organisation.name,
      place: c.place,
      email: demoEmail(c.name, organisation.key),
      phone: c.phone,
      listed: c.listed,
      contactConsent: c.contactConsent,
    };
  });
  const { count } = await tx.champion.createMany({ data: rows });
  return count;
}
