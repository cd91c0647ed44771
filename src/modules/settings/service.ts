import { z } from "zod";
import { recordAudit } from "../../platform/audit.js";
import type { Db } from "../../platform/db/index.js";

// Every setting the programme lead can change, with its default. A key never saved reads as its
// default; a stored value that no longer fits its schema (after an upgrade, say) reads as the
// default too, so a bad row cannot stop the portal.
const settingSchemas = {
  contact: z.object({
    name: z.string(),
    role: z.string(),
    organisation: z.string(),
    email: z.string(),
  }),
  award: z.object({
    minimumThemes: z.number().int().min(1).max(4),
    whatChangedWordLimit: z.number().int().min(50).max(5000),
    differenceWordLimit: z.number().int().min(50).max(5000),
    maxFilesPerTheme: z.number().int().min(1).max(50),
    maxFileMegabytes: z.number().int().min(1).max(100),
    weights: z.object({
      outcome: z.number().min(0).max(100),
      scale: z.number().min(0).max(100),
      localBenefit: z.number().min(0).max(100),
      evidence: z.number().min(0).max(100),
      sustainability: z.number().min(0).max(100),
    }),
    recognitionThresholdPercent: z.number().min(0).max(100),
    borderlineLowPercent: z.number().min(0).max(100),
    borderlineHighPercent: z.number().min(0).max(100),
    validityYears: z.number().int().min(1).max(10),
    decisionWorkingDays: z.number().int().min(1).max(60),
    appealWorkingDays: z.number().int().min(1).max(60),
    applicationWindow: z.object({ opensOn: z.string().nullable(), closesOn: z.string().nullable() }),
  }),
  footerLinks: z.array(z.object({ text: z.string(), href: z.string() })).max(10),
  // Bank holidays the lead adds to the list shipped with the portal (YYYY-MM-DD).
  extraBankHolidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)).max(500),
  // How long personal data is kept (applied by the jobs, stated on the privacy notice).
  retention: z.object({
    unsuccessfulApplicationYears: z.number().int().min(1).max(10),
    awardedApplicationYearsAfterExpiry: z.number().int().min(0).max(10),
    unverifiedAccountDays: z.number().int().min(1).max(365),
    auditYears: z.number().int().min(1).max(20),
  }),
} as const;

type SettingSchemas = typeof settingSchemas;
export type SettingKey = keyof SettingSchemas;
export type ProgrammeSettings = { [K in SettingKey]: z.infer<SettingSchemas[K]> };

export const DEFAULT_SETTINGS: ProgrammeSettings = {
  contact: {
    name: "Shelley Brough",
    role: "Head of Integrated Commissioning and Social Value Programme Lead",
    organisation: "Cheshire East Council",
    email: "shelley.brough@cheshireeast.gov.uk",
  },
  award: {
    minimumThemes: 1,
    whatChangedWordLimit: 500,
    differenceWordLimit: 300,
    maxFilesPerTheme: 10,
    maxFileMegabytes: 20,
    weights: { outcome: 30, scale: 20, localBenefit: 20, evidence: 20, sustainability: 10 },
    recognitionThresholdPercent: 60,
    borderlineLowPercent: 55,
    borderlineHighPercent: 65,
    validityYears: 5,
    decisionWorkingDays: 7,
    appealWorkingDays: 10,
    applicationWindow: { opensOn: null, closesOn: null },
  },
  footerLinks: [],
  extraBankHolidays: [],
  retention: {
    unsuccessfulApplicationYears: 2,
    awardedApplicationYearsAfterExpiry: 1,
    unverifiedAccountDays: 30,
    auditYears: 7,
  },
};

export function createSettingsService({ prisma }: { prisma: Db }) {
  return {
    async all(): Promise<ProgrammeSettings> {
      const rows = await prisma.setting.findMany();
      const settings: ProgrammeSettings = structuredClone(DEFAULT_SETTINGS);
      for (const row of rows) {
        if (!(row.key in settingSchemas)) continue;
        const key = row.key as SettingKey;
        let raw: unknown;
        try {
          raw = JSON.parse(row.value);
        } catch {
          continue;
        }
        const parsed = settingSchemas[key].safeParse(raw);
        if (parsed.success) (settings as Record<SettingKey, unknown>)[key] = parsed.data;
      }
      return settings;
    },

    async get<K extends SettingKey>(key: K): Promise<ProgrammeSettings[K]> {
      return (await this.all())[key];
    },

    /** Saves one setting and audits the change, in one transaction. */
    async set<K extends SettingKey>(key: K, value: ProgrammeSettings[K], actorId: string): Promise<void> {
      const parsed = settingSchemas[key].parse(value) as ProgrammeSettings[K];
      await prisma.$transaction(async (tx) => {
        const before = await tx.setting.findUnique({ where: { key } });
        const json = JSON.stringify(parsed);
        await tx.setting.upsert({
          where: { key },
          create: { key, value: json, updatedById: actorId },
          update: { value: json, updatedById: actorId },
        });
        await recordAudit(tx, actorId, "settings.update", ["Setting", key], {
          before: before ? (JSON.parse(before.value) as unknown) : DEFAULT_SETTINGS[key],
          after: parsed,
        });
      });
    },
  };
}

export type SettingsService = ReturnType<typeof createSettingsService>;
