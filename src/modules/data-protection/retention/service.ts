// The retention use cases gathered into the service the composition root builds.
import type { RetentionDeps } from "./deps.js";
import { apply } from "./apply.js";
import { plan } from "./plan.js";

/**
 * The retention periods, applied by the jobs. Applications past their period keep their rows and
 * statistical fields and lose their answers, evidence, names and written reasons (the same
 * anonymisation as an organisation's erasure); unconfirmed accounts are erased; old audit entries
 * are deleted. `plan` says what `apply` would do, changing nothing.
 */
export function createRetentionService(deps: RetentionDeps) {
  return {
    plan: (now: Date) => plan(deps, now),
    apply: (now: Date) => apply(deps, now),
  };
}

export type RetentionService = ReturnType<typeof createRetentionService>;
