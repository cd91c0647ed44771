import type { RequestHandler, Response } from "express";
import { formValues, validate } from "../../../platform/validation.js";
import { answersOf, CHECK, firstUnanswered, options, STEPS, type Step } from "../journey.js";
import type { SignUpPerson, SignUpService } from "../service.js";

const noStore = (res: Response) => res.set("Cache-Control", "no-store");

const backFrom = (index: number) => (index === 0 ? "/sign-up" : `/sign-up/${STEPS[index - 1]!.slug}`);

export function showQuestion(step: Step, index: number): RequestHandler {
  return (req, res) => {
    const answers = answersOf(req);
    // Questions are answered in order; a later page opened early goes back to the first gap.
    const gap = firstUnanswered(answers);
    const gapIndex = STEPS.findIndex((s) => `/sign-up/${s.slug}` === gap);
    if (gap && gapIndex < index) return res.redirect(303, gap);
    const saved = answers[step.key] as Record<string, unknown> | undefined;
    const values = step.key === "person" && saved ? { ...saved, passwordHash: undefined } : (saved ?? {});
    noStore(res).render(step.view, {
      values,
      back: req.query.change ? CHECK : backFrom(index),
      change: Boolean(req.query.change),
      options,
    });
  };
}

export function saveAnswer(deps: { signUp: SignUpService }, step: Step, index: number): RequestHandler {
  return async (req, res) => {
    const change = Boolean(req.query.change);
    const input = validate(step.schema, req.body);
    if (!input.ok) {
      return noStore(res)
        .status(400)
        .render(step.view, {
          values: formValues(req.body, ["password"]),
          errors: input.errors,
          back: change ? CHECK : backFrom(index),
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
  };
}
