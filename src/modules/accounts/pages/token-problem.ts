import type { Response } from "express";
import type { TokenStatus } from "../tokens.js";

/** A clear page for a link that cannot be used, with what to do next. */
export function renderTokenProblem(
  res: Response,
  status: Exclude<TokenStatus, "valid">,
  journey: "verify" | "reset" | "email" | "invitation",
): void {
  res.status(status === "invalid" ? 404 : 410).render("accounts/token-problem", { status, journey });
}
