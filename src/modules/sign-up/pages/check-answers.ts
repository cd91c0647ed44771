import type { RequestHandler } from "express";
import type { Config } from "../../../config.js";
import { answersOf, firstUnanswered, labelsFor, type Answers } from "../journey.js";
import type { SignUpService } from "../service.js";

export function showCheckAnswers(): RequestHandler {
  return (req, res) => {
    const answers = answersOf(req);
    const gap = firstUnanswered(answers);
    if (gap) return res.redirect(303, gap);
    res.set("Cache-Control", "no-store").render("sign-up/check-answers", { answers, labels: labelsFor(answers) });
  };
}

export function signUpTooOften(config: Config): RequestHandler {
  return (_req, res) => {
    res.status(429).render("errors/problem", {
      status: 429,
      message: `There have been too many sign-ups from your network. Wait ${config.signInRateLimit.windowMinutes} minutes, then try again.`,
    });
  };
}

export function submitSignUp(deps: { signUp: SignUpService }): RequestHandler {
  return async (req, res) => {
    const answers = answersOf(req);
    const gap = firstUnanswered(answers);
    if (gap) return res.redirect(303, gap);
    const { organisation, address, about, person } = answers as Required<Answers>;
    await deps.signUp.signUp({ ...organisation, ...address, ...about }, person);
    delete req.session.signUp;
    req.session.signUpEmail = person.email;
    res.redirect(303, "/sign-up/check-your-email");
  };
}

export function showCheckYourEmail(): RequestHandler {
  return (req, res) => {
    res.set("Cache-Control", "no-store").render("sign-up/check-your-email", { email: req.session.signUpEmail });
  };
}
