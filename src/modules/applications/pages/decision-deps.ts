import type { ApplicationsService } from "../service.js";

/** What the pages that show the latest decision are given: the status page and, during revisions, the task list. */
export type DecisionPageDeps = {
  applications: ApplicationsService;
  /** The decision, appeal and award as the organisation sees them, once there is a decision. */
  decisionSummary?: (userId: string, applicationId: string) => Promise<unknown>;
};
