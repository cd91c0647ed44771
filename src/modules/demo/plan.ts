// The shape of the demo programme: who the organisations are and where each application has got
// to. The organisations themselves are data (public-bodies.json, community-and-business.json),
// checked against this shape when they are read. Every date is a number of days before the moment
// the demo is seeded, so the demo looks the same (current awards current, recent decisions recent)
// whenever it is started.
import { z } from "zod";
import { ORGANISATION_TYPES, PLACES, SIZE_BANDS, THEMES, valuesOf } from "../programme/index.js";

/** Where an application has got to, which decides what else the seed writes for it. */
const STAGES = [
  /** Being filled in; `complete` when every section is done and it only needs submitting. */
  "draft",
  /** Submitted, waiting for the lead to assign an assessor. */
  "submitted",
  /** Assigned to the demo assessor, who has not yet declared whether they have a conflict. */
  "awaiting-declaration",
  /** The demo assessor declared no conflict and has scored part of it. */
  "scoring",
  /** One review submitted inside the borderline band: it needs a second assessor. */
  "borderline",
  /** Two reviews submitted: ready for the lead's decision. */
  "ready",
  "revisions-requested",
  "awarded",
  "not-awarded",
  "withdrawn",
] as const;
export type DemoStage = (typeof STAGES)[number];

const days = z.number().int().min(0);

const applicationSchema = z.object({
  stage: z.enum(STAGES),
  themes: z.array(z.enum(valuesOf(THEMES))).min(1),
  /** Days ago: started (drafts and applications withdrawn before submitting). */
  started: days.optional(),
  complete: z.boolean().optional(),
  submitted: days.optional(),
  /** Days ago the demo assessor was assigned (awaiting-declaration, scoring). */
  assigned: days.optional(),
  /** Days ago the (last) review was submitted (borderline, ready). */
  reviewed: days.optional(),
  decided: days.optional(),
  withdrawn: days.optional(),
  /** Whether the award holder agreed to appear on the public register. */
  listed: z.boolean().optional(),
  /** A Not awarded decision appealed: still waiting for the lead, or dismissed. */
  appeal: z.enum(["pending", "dismissed"]).optional(),
  /** Days ago an awarded application's award was revoked. */
  revoked: days.optional(),
});
export type DemoApplication = z.infer<typeof applicationSchema>;

/** The organisation's request to sign the charter: its outcome and when (days ago). */
const charterSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("APPROVED"), signed: days }),
  z.object({ status: z.literal("PENDING"), requested: days }),
  z.object({ status: z.literal("DECLINED"), requested: days, decided: days }),
  z.object({ status: z.literal("REMOVED"), signed: days, removed: days }),
]);

const person = z.tuple([z.string(), z.string()]);

export const demoOrganisationSchema = z.object({
  /** Names its website and its people's email domain: <key>.example.org. */
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string(),
  /** What the entry shows, for someone reading the data. */
  note: z.string().optional(),
  type: z.enum(valuesOf(ORGANISATION_TYPES)),
  places: z.array(z.enum(valuesOf(PLACES))).min(1),
  size: z.enum(valuesOf(SIZE_BANDS)),
  /** The first line of the address, the town and the postcode. */
  address: z.tuple([z.string(), z.string(), z.string()]),
  /** The owner's name and job title; `member`, a second member's. */
  owner: person,
  member: person.optional(),
  applications: z.array(applicationSchema).min(1),
  charter: charterSchema.optional(),
});
export type DemoOrganisation = z.infer<typeof demoOrganisationSchema>;

/** A demo person's email address at their organisation's domain. */
export function demoEmail(fullName: string, key: string): string {
  const local = fullName
    .replace(/^(Dr|Professor) /, "")
    .toLowerCase()
    .replace(/[^a-z ]/g, "")
    .trim()
    .replace(/ +/g, ".");
  return `${local}@${key}.example.org`;
}
