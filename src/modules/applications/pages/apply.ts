import type { RequestHandler } from "express";
import { actorOf, signedInUser } from "../../../platform/auth.js";
import { formBody } from "../../../platform/validation.js";
import type { ApplicationsService } from "../service.js";
import { LIVE_STATUSES } from "../types.js";
import { options } from "./options.js";

type Deps = { applications: ApplicationsService };

const closedOnes = <T extends { status: string }>(list: T[]) =>
  list.filter((a) => !(LIVE_STATUSES as readonly string[]).includes(a.status));

/** The eligibility questions, or the live application if there is one. */
export function showEligibility({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const context = await applications.applicantContext(signedInUser(req).id);
    if (!context) return res.render("applications/no-organisation");
    if (context.liveApplicationId) return res.redirect(303, `/applications/${context.liveApplicationId}`);
    // The profile's answers are filled in; the person checks them and answers the rest.
    const { organisationType, worksInPlaces } = context.profile;
    const values = { organisationType, worksInPlaces: worksInPlaces ? "yes" : undefined };
    res.render("applications/eligibility", {
      values,
      prefilled: true,
      previous: closedOnes(context.applications),
      options,
    });
  };
}

export function startApplication({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const result = await applications.start(actorOf(req), req.body);
    switch (result.outcome) {
      case "no-organisation":
        return res.render("applications/no-organisation");
      case "live":
      case "started":
        return res.redirect(303, `/applications/${result.id}`);
      case "invalid":
        return res.status(400).render("applications/eligibility", {
          values: formBody(req.body),
          errors: result.errors,
          previous: closedOnes(result.applications),
          options,
        });
      case "ineligible":
        return res.render("applications/not-eligible", { reason: result.reason });
    }
  };
}

export function showApplications({ applications }: Deps): RequestHandler {
  return async (req, res) => {
    const context = await applications.applicantContext(signedInUser(req).id);
    res.render("applications/list", { context, options });
  };
}
