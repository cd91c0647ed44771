import { Router } from "express";
import { notFound } from "../../platform/errors.js";
import { readOutbox, readOutboxMessage } from "../../platform/mail.js";

/** Lets a person trying the portal read the email it would have sent. Never mounted in production. */
export function devRoutes(deps: { outboxDir: string }): Router {
  const router = Router();
  router.get("/dev/outbox", (_req, res) => {
    res.set("Cache-Control", "no-store").render("dev/outbox", { messages: readOutbox(deps.outboxDir) });
  });
  router.get("/dev/outbox/:id", (req, res, next) => {
    const message = readOutboxMessage(deps.outboxDir, req.params.id);
    if (!message) return next(notFound());
    res.set("Cache-Control", "no-store").render("dev/outbox-message", { message });
  });
  return router;
}
