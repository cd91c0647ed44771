// The demo's organisations, across the nine places and every sector: invented names at
// .example.org addresses, each with its applications and its request to sign the charter.
import { z } from "zod";
import communityAndBusiness from "./community-and-business.json" with { type: "json" };
import { demoOrganisationSchema, type DemoOrganisation } from "./plan.js";
import publicBodies from "./public-bodies.json" with { type: "json" };

/** The organisation the demo applicant owns: its application is complete, ready to submit. */
export const DEMO_APPLICANT_ORGANISATION: DemoOrganisation = {
  key: "demo",
  name: "Demo Community Trust",
  type: "VCFSE",
  places: ["LIVERPOOL", "KNOWSLEY"],
  size: "SMALL",
  address: ["1 Example Street", "Liverpool", "L1 1AA"],
  owner: ["Demo Applicant", "Community manager"],
  applications: [{ stage: "draft", themes: ["SOCIAL", "ENVIRONMENT"], started: 12, complete: true }],
};

/**
 * Every other organisation of the demo: public bodies (NHS trusts, an integrated care board,
 * councils, emergency services, education), then VCFSE organisations, businesses and a housing
 * co-operative. Checked as they are read, so a mistake in the data stops the seed at once.
 */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = z
  .array(demoOrganisationSchema)
  .parse([...publicBodies, ...communityAndBusiness]);
