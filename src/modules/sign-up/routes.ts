import { Router, type Request, type Response } from "express";
import type { Config } from "../../config.js";
import type { Db } from "../../platform/db/index.js";
import { formValues, validate } from "../../platform/validation.js";
import { formRateLimit } from "../accounts/index.js";
import type { OrganisationDetails } from "../organisations/index.js";
import { labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS } from "../programme/index.js";
import { organisationAboutSchema, organisationAddressSchema, organisationNameSchema, personSchema } from "./schemas.js";
import type { SignUpPerson, SignUpService } from "./service.js";

type Answers = {
  organisation?: Pick<OrganisationDetails, "name" | "type" | "registrationNumber">;
  address?: Pick<OrganisationDetails, "addressLine1" | "addressLine2" | "town" | "postcode">;
  about?: Pick<OrganisationDetails, "places" | "sizeBand" | "website">;
  person?: SignUpPerson;
};

declare module "express-session" {
  interface SessionData {
    /** Sign-up answers so far; the password is kept only as its hash. */
    signUp?: Answers;
  }
}

// The question pages in order; check answers comes once each has been answered.
const STEPS = [
  { slug: "organisation", key: "organisation", view: "sign-up/organisation", schema: organisationNameSchema },
  { slug: "address", key: "address", view: "sign-up/address", schema: organisationAddressSchema },
  { slug: "about", key: "about", view: "sign-up/about", schema: organisationAboutSchema },
  { slug: "you", key: "person", view: "sign-up/you", schema: personSchema },
] as const;

const CHECK = "/sign-up/check-answers";

function firstUnanswered(answers: Answers): string | null {
  const step = STEPS.find((s) => !answers[s.key]);
  return step ? `/sign-up/${step.slug}` : null;
}

export function signUpRoutes(deps: { config: Config; prisma: Db; signUp: SignUpService }): Router {
  const router = Router();

  const answersOf = (req: Request): Answers => req.session.signUp ?? {};
  const noStore = (res: Response) => res.set("Cache-Control", "no-store");

  // Sign-up is for people without an account; someone signed in already has one.
  router.use("/sign-up", (req, res, next) => (req.user ? res.redirect(303, "/account") : next()));

  router.get("/sign-up", (_req, res) => res.render("sign-up/start"));

  STEPS.forEach((step, index) => {
    const path = `/sign-up/${step.slug}`;
    const back = index === 0 ? "/sign-up" : `/sign-up/${STEPS[index - 1]!.slug}`;

    router.get(path, (req, res) => {
      const answers = answersOf(req);
      // Questions are answered in order; a later page opened early goes back to the first gap.
      const gap = firstUnanswered(answers);
      const gapIndex = STEPS.findIndex((s) => `/sign-up/${s.slug}` === gap);
      if (gap && gapIndex < index) return res.redirect(303, gap);
      const saved = answers[step.key] as Record<string, unknown> | undefined;
      const values = step.key === "person" && saved ? { ...saved, passwordHash: undefined } : (saved ?? {});
      noStore(res).render(step.view, {
        values,
        back: req.query.change ? CHECK : back,
        change: Boolean(req.query.change),
        options,
      });
    });

    router.post(path, async (req, res) => {
      const change = Boolean(req.query.change);
      const input = validate(step.schema, req.body);
      if (!input.ok) {
        return noStore(res)
          .status(400)
          .render(step.view, {
            values: formValues(req.body, ["password"]),
            errors: input.errors,
            back: change ? CHECK : back,
            change,
            options,
          });
      }
      const answers = answersOf(req);
      if (step.key === "person") {
        const { password, ...person } = input.data as { password: string } & Omit<SignUpPerson, "passwordHash">;
        answers.person = { ...person, passwordHash: await deps.signUp.hashPassword(password) };
      } else {
        (answers as Record<string, unknown>)[step.key] = input.data;
      }
      req.session.signUp = answers;
      const next = change ? null : index < STEPS.length - 1 ? `/sign-up/${STEPS[index + 1]!.slug}` : null;
      res.redirect(303, next ?? firstUnanswered(answers) ?? CHECK);
    });
  });

  router.get(CHECK, (req, res) => {
    const answers = answersOf(req);
    const gap = firstUnanswered(answers);
    if (gap) return res.redirect(303, gap);
    noStore(res).render("sign-up/check-answers", { answers, labels: labelsFor(answers) });
  });

  const limiter = formRateLimit(deps, "sign-up-ip", (_req, res) => {
    res.status(429).render("errors/problem", {
      status: 429,
      message: `There have been too many sign-ups from your network. Wait ${deps.config.signInRateLimit.windowMinutes} minutes, then try again.`,
    });
  });

  router.post(CHECK, limiter, async (req, res) => {
    const answers = answersOf(req);
    const gap = firstUnanswered(answers);
    if (gap) return res.redirect(303, gap);
    const { organisation, address, about, person } = answers as Required<Answers>;
    await deps.signUp.signUp({ ...organisation, ...address, ...about }, person);
    delete req.session.signUp;
    req.session.signUpEmail = person.email;
    res.redirect(303, "/sign-up/check-your-email");
  });

  router.get("/sign-up/check-your-email", (req, res) => {
    noStore(res).render("sign-up/check-your-email", { email: req.session.signUpEmail });
  });

  return router;
}

declare module "express-session" {
  interface SessionData {
    /** The address the confirmation page names after sign-up. */
    signUpEmail?: string;
  }
}

const options = { types: ORGANISATION_TYPES, places: PLACES, sizeBands: SIZE_BANDS };

function labelsFor(answers: Answers) {
  return {
    type: labelOf(ORGANISATION_TYPES, answers.organisation?.type),
    sizeBand: labelOf(SIZE_BANDS, answers.about?.sizeBand),
    places: (answers.about?.places ?? []).map((place) => labelOf(PLACES, place)),
  };
}
