import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";
import { labelOf, PLACES, type PlaceValue } from "../programme/index.js";
import type { ChampionInput } from "./schemas.js";

export function createChampionsService({ prisma }: { prisma: Db }) {
  return {
    /** Champions who agreed to be listed; contact details only where they agreed to share them. */
    async directory(place?: PlaceValue) {
      const rows = await prisma.champion.findMany({
        where: { listed: true, ...(place ? { place } : {}) },
        orderBy: [{ place: "asc" }, { name: "asc" }],
        take: 500,
      });
      // Contact details only where the champion agreed to share them.
      return rows.map(({ id, name, role, organisationName, place, contactConsent, email, phone }) => ({
        ...{ id, name, role, organisationName, place },
        placeLabel: labelOf(PLACES, place),
        email: contactConsent ? email : "",
        phone: contactConsent ? phone : "",
      }));
    },

    async all() {
      const rows = await prisma.champion.findMany({ orderBy: [{ name: "asc" }], take: 1000 });
      return rows.map((row) => ({ ...row, placeLabel: labelOf(PLACES, row.place) }));
    },

    async get(id: string) {
      return prisma.champion.findUnique({ where: { id } });
    },

    async create(input: ChampionInput, actorId: string): Promise<string> {
      return prisma.$transaction(async (tx) => {
        const champion = await tx.champion.create({ data: input });
        await recordAudit(tx, actorId, "champion.add", ["Champion", champion.id], { after: input });
        return champion.id;
      });
    },

    async update(id: string, input: ChampionInput, actorId: string): Promise<boolean> {
      const before = await prisma.champion.findUnique({ where: { id } });
      if (!before) return false;
      await prisma.$transaction(async (tx) => {
        await tx.champion.update({ where: { id }, data: input });
        await recordAudit(tx, actorId, "champion.edit", ["Champion", id], { before, after: input });
      });
      return true;
    },

    async remove(id: string, actorId: string): Promise<boolean> {
      const before = await prisma.champion.findUnique({ where: { id } });
      if (!before) return false;
      await prisma.$transaction(async (tx) => {
        await tx.champion.delete({ where: { id } });
        await recordAudit(tx, actorId, "champion.remove", ["Champion", id], { before });
      });
      return true;
    },
  };
}

export type ChampionsService = ReturnType<typeof createChampionsService>;
