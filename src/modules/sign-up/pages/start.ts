import type { RequestHandler } from "express";

/** Sign-up is for people without an account; someone signed in already has one. */
export function sendSignedInToAccount(): RequestHandler {
  return (req, res, next) => (req.user ? res.redirect(303, "/account") : next());
}

export function showStart(): RequestHandler {
  return (_req, res) => res.render("sign-up/start");
}
