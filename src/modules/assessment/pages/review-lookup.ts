import type { Request } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { themeFromSlug } from "../schemas.js";
import type { AssessmentService } from "../service.js";

/** The signed-in assessor's own assignment named in the address, or 404. */
export async function reviewOr404(deps: { assessment: AssessmentService }, req: Request) {
  const review = await deps.assessment.forAssessor(signedInUser(req).id, String(req.params.assignmentId));
  if (!review) throw notFound();
  return review;
}

/** The theme named in the address, or 404. */
export function themeOf(req: Request) {
  const theme = themeFromSlug(String(req.params.theme));
  if (!theme) throw notFound();
  return theme;
}
