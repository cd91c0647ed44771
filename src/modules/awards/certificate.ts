import type { AwardsDeps } from "./deps.js";
import { certificatePdf as pdfOf } from "./pdf.js";
import { certificateView, type CertificateView } from "./views.js";

const longDate = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

/** A certificate for the organisation's members and the lead; anyone else gets null. */
export async function certificate(deps: AwardsDeps, user: { id: string; role: string }, awardId: string) {
  const award = await deps.prisma.award.findFirst({
    where:
      user.role === "PROGRAMME_LEAD"
        ? { id: awardId }
        : { id: awardId, organisation: { members: { some: { userId: user.id } } } },
  });
  return award ? certificateView(deps, award) : null;
}

export function certificatePdf(view: CertificateView): Promise<Buffer> {
  return pdfOf(`Social Value Award certificate: ${view.organisationName}`, [
    { text: "Cheshire and Merseyside", size: 18, gap: 0 },
    { text: "Social Value Award", size: 40, bold: true, gap: 12 },
    { text: "This certifies that", size: 16, gap: 30 },
    { text: view.organisationName, size: 28, bold: true, gap: 16 },
    { text: "is recognised for the social value of its work in the", size: 16, gap: 18 },
    {
      text: `${view.themes.join(", ")} theme${view.themes.length === 1 ? "" : "s"}`,
      size: 20,
      bold: true,
      gap: 8,
    },
    {
      text: `Awarded ${longDate.format(view.awardedAt)}. Valid until ${longDate.format(view.expiresAt)}.`,
      size: 14,
      gap: 28,
    },
    { text: `Certificate ${view.code}`, size: 12, gap: 28 },
    { text: `Check this certificate at ${view.verificationUrl}`, size: 12, gap: 6, link: view.verificationUrl },
    { text: `or enter its code at ${view.checkUrl}`, size: 12, gap: 2, link: view.checkUrl },
  ]);
}
