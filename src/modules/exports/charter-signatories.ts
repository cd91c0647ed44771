import type { Db, Prisma } from "../../platform/db/index.js";
import { after, organisationColumns, ukDate } from "./cells.js";
import type { ExportDefinition } from "./definition.js";

const CHARTER_STATUSES: Record<string, string> = {
  PENDING: "Waiting for a decision",
  APPROVED: "Signed",
  DECLINED: "Declined",
  REMOVED: "Removed",
};

const signatureSelect = {
  id: true,
  sponsorName: true,
  sponsorRole: true,
  pledge: true,
  status: true,
  reason: true,
  createdAt: true,
  decidedAt: true,
  signedAt: true,
  organisation: { select: { name: true, type: true, places: { select: { place: true } } } },
} satisfies Prisma.CharterSignatureSelect;
type SignatureRow = Prisma.CharterSignatureGetPayload<{ select: typeof signatureSelect }>;

export const signatories = (prisma: Db): ExportDefinition<SignatureRow> => ({
  key: "charter-signatories",
  title: "Charter signatories",
  summary:
    "Every request to sign the Social Value Charter, with where it stands: signed, waiting, declined or removed.",
  columns: [
    { header: "Organisation", meaning: "The organisation's name now.", value: (r) => r.organisation.name },
    ...organisationColumns<SignatureRow>(),
    { header: "Sponsor", meaning: "The senior person who signs for the organisation.", value: (r) => r.sponsorName },
    { header: "Sponsor's role", meaning: "Their job title.", value: (r) => r.sponsorRole },
    { header: "Pledge", meaning: "What the organisation pledged.", value: (r) => r.pledge },
    {
      header: "Status",
      meaning: "Signed, Waiting for a decision, Declined or Removed.",
      value: (r) => CHARTER_STATUSES[r.status],
    },
    { header: "Requested", meaning: "YYYY-MM-DD.", value: (r) => ukDate(r.createdAt) },
    {
      header: "Decided",
      meaning: "When the lead approved or declined it, YYYY-MM-DD.",
      value: (r) => ukDate(r.decidedAt),
    },
    { header: "Signed", meaning: "When it joined the public list, YYYY-MM-DD.", value: (r) => ukDate(r.signedAt) },
    { header: "Reason", meaning: "The lead's reason for declining or removing it.", value: (r) => r.reason },
  ],
  batch: ({ after: id, take }) =>
    prisma.charterSignature.findMany({ where: after(id), orderBy: { id: "asc" }, take, select: signatureSelect }),
});
