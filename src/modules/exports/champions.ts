import type { Db, Prisma } from "../../platform/db/index.js";
import { labelOf, PLACES } from "../programme/index.js";
import { after, ukDate, yesNo } from "./cells.js";
import type { ExportDefinition } from "./definition.js";

type ChampionRow = Prisma.ChampionGetPayload<object>;

export const champions = (prisma: Db): ExportDefinition<ChampionRow> => ({
  key: "champions",
  title: "Social Value Champions",
  summary:
    "Every champion the lead holds, with their contact details and what they agreed to: listing on the public page, and sharing their email and phone there.",
  columns: [
    { header: "Name", meaning: "The champion's name.", value: (r) => r.name },
    { header: "Role", meaning: "Their job title.", value: (r) => r.role },
    { header: "Organisation", meaning: "Where they work.", value: (r) => r.organisationName },
    { header: "Place", meaning: "The place they champion.", value: (r) => labelOf(PLACES, r.place) },
    { header: "Email", meaning: "Their email address.", value: (r) => r.email },
    { header: "Phone", meaning: "Their phone number.", value: (r) => r.phone },
    {
      header: "Agreed to be listed",
      meaning: "Yes when they agreed to appear on the public champions page.",
      value: (r) => yesNo(r.listed),
    },
    {
      header: "Agreed to share contact details",
      meaning: "Yes when they agreed to their email and phone being shown there.",
      value: (r) => yesNo(r.contactConsent),
    },
    { header: "Added", meaning: "YYYY-MM-DD.", value: (r) => ukDate(r.createdAt) },
    { header: "Last changed", meaning: "YYYY-MM-DD.", value: (r) => ukDate(r.updatedAt) },
  ],
  batch: ({ after: id, take }) => prisma.champion.findMany({ where: after(id), orderBy: { id: "asc" }, take }),
});
