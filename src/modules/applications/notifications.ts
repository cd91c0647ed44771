import { tellLeads, tellMembers } from "../../platform/recipients.js";
import type { ApplicationsDeps } from "./deps.js";

/** Tells every active member of the organisation, and every programme lead, that it has been submitted. */
export async function notifySubmitted(
  deps: ApplicationsDeps,
  submission: {
    applicationId: string;
    organisationId: string;
    organisationName: string;
    reference: string;
    submittedBy: string;
    decisionWorkingDays: number;
  },
): Promise<void> {
  const { applicationId, organisationId, organisationName, reference, submittedBy } = submission;
  const context = { reference, organisationName, submittedBy, applicationId };
  await tellMembers(deps, organisationId, {
    subject: `Application ${reference} submitted`,
    template: "application-submitted",
    context: { ...context, decisionWorkingDays: submission.decisionWorkingDays },
  });
  await tellLeads(deps, {
    subject: `New application ${reference} from ${organisationName}`,
    template: "application-submitted-lead",
    context,
  });
}
