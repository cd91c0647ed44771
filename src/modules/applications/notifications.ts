import type { ApplicationsDeps } from "./deps.js";

/** Tells every active member of the organisation, and every programme lead, that it has been submitted. */
export async function notifySubmitted(
  { prisma, mailer }: ApplicationsDeps,
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
  const [members, leads] = await Promise.all([
    prisma.membership.findMany({
      where: { organisationId, user: { active: true } },
      include: { user: true },
    }),
    prisma.user.findMany({ where: { role: "PROGRAMME_LEAD", active: true } }),
  ]);
  const context = { reference, organisationName, submittedBy, applicationId };
  await mailer.send({
    to: members.map((m) => m.user.email),
    subject: `Application ${reference} submitted`,
    template: "application-submitted",
    context: { ...context, decisionWorkingDays: submission.decisionWorkingDays },
  });
  if (leads.length > 0) {
    await mailer.send({
      to: leads.map((l) => l.email),
      subject: `New application ${reference} from ${organisationName}`,
      template: "application-submitted-lead",
      context,
    });
  }
}
