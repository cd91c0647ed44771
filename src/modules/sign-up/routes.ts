import { Router } from "express";
import type { Config } from "../../config.js";
import type { Db } from "../../platform/db/index.js";
import { formRateLimit } from "../accounts/index.js";
import { CHECK, STEPS } from "./journey.js";
import { showCheckAnswers, showCheckYourEmail, signUpTooOften, submitSignUp } from "./pages/check-answers.js";
import { saveAnswer, showQuestion } from "./pages/questions.js";
import { sendSignedInToAccount, showStart } from "./pages/start.js";
import type { SignUpService } from "./service.js";

export function signUpRoutes(deps: { config: Config; prisma: Db; signUp: SignUpService }): Router {
  const router = Router();
  router.use("/sign-up", sendSignedInToAccount());
  router.get("/sign-up", showStart());
  STEPS.forEach((step, index) => {
    router.get(`/sign-up/${step.slug}`, showQuestion(step, index));
    router.post(`/sign-up/${step.slug}`, saveAnswer(deps, step, index));
  });
  router.get(CHECK, showCheckAnswers());
  router.post(CHECK, formRateLimit(deps, "sign-up-ip", signUpTooOften(deps.config)), submitSignUp(deps));
  router.get("/sign-up/check-your-email", showCheckYourEmail());
  return router;
}
