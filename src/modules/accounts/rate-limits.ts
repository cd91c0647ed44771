import type { RequestHandler } from "express";
import { rateLimit } from "express-rate-limit";
import type { Config } from "../../config.js";
import type { Db } from "../../platform/db/index.js";
import { DatabaseRateLimitStore } from "../../platform/rate-limit-store.js";

/** A per-address limit on a form that sends email or checks a password, counted in the database. */
export function formRateLimit(deps: { config: Config; prisma: Db }, prefix: string, render: RequestHandler) {
  const { windowMinutes, attemptsPerIp } = deps.config.signInRateLimit;
  return rateLimit({
    windowMs: windowMinutes * 60_000,
    limit: attemptsPerIp,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    store: new DatabaseRateLimitStore(deps.prisma, prefix),
    handler: render,
  });
}

/** What a form says when its network has sent it too often. */
export function tooManyFromNetwork(config: Config): string {
  return `There have been too many attempts from your network. Wait ${config.signInRateLimit.windowMinutes} minutes, then try again.`;
}
