import type { Db, Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { THEMES } from "../programme/index.js";
import { after, labels, organisationColumns, ukDate, yesNo } from "./cells.js";
import type { ExportDefinition } from "./definition.js";

const awardSelect = {
  id: true,
  organisationName: true,
  themes: true,
  awardedAt: true,
  expiresAt: true,
  certificateCode: true,
  status: true,
  revokedAt: true,
  revocationReason: true,
  listedOnRegister: true,
  application: { select: { reference: true } },
  organisation: { select: { type: true, places: { select: { place: true } } } },
} satisfies Prisma.AwardSelect;
type AwardRow = Prisma.AwardGetPayload<{ select: typeof awardSelect }> & { now: Date };

function awardStatus(row: AwardRow): string {
  if (row.status === "REVOKED") return "Revoked";
  if (row.status === "EXPIRED" || row.expiresAt <= row.now) return "Expired";
  return "Current";
}

export const awards = (prisma: Db): ExportDefinition<AwardRow> => ({
  key: "awards",
  title: "Award register",
  summary:
    "Every award ever made, current, expired and revoked, whether or not the holder agreed to appear on the public register.",
  columns: [
    { header: "Organisation", meaning: "The holder's name as on the certificate.", value: (r) => r.organisationName },
    ...organisationColumns<AwardRow>(),
    {
      header: "Application reference",
      meaning: "The application the award was made on.",
      value: (r) => r.application.reference,
    },
    {
      header: "Themes",
      meaning: "The recognised themes named on the certificate, separated by semicolons.",
      value: (r) => labels(THEMES, splitList(r.themes)),
    },
    { header: "Awarded", meaning: "YYYY-MM-DD.", value: (r) => ukDate(r.awardedAt) },
    { header: "Expires", meaning: "YYYY-MM-DD.", value: (r) => ukDate(r.expiresAt) },
    {
      header: "Status",
      meaning: "Current, Expired (past its expiry date) or Revoked.",
      value: awardStatus,
    },
    { header: "Revoked", meaning: "The date it was revoked, YYYY-MM-DD.", value: (r) => ukDate(r.revokedAt) },
    { header: "Reason for revoking", meaning: "As the lead recorded it.", value: (r) => r.revocationReason },
    {
      header: "Listed on public register",
      meaning: "Yes when the holder agreed to be listed (only current awards are shown there).",
      value: (r) => yesNo(r.listedOnRegister),
    },
    {
      header: "Certificate code",
      meaning: "The code printed on the certificate, for /verify.",
      value: (r) => r.certificateCode,
    },
  ],
  batch: async ({ after: id, take, now }) =>
    (await prisma.award.findMany({ where: after(id), orderBy: { id: "asc" }, take, select: awardSelect })).map(
      (row) => ({ ...row, now }),
    ),
});
