import { recordAudit } from "../../platform/audit.js";
import { inBatches } from "../../platform/batches.js";
import type { CsvValue } from "../../platform/csv.js";
import { csvFileName, type CsvDownload } from "../../platform/csv-stream.js";
import type { Db, Prisma } from "../../platform/db/index.js";
import { splitList } from "../../platform/text.js";
import { combinedResult, rulesFrom, scoresByTheme, type ScoringRules, themeResult } from "../assessment/index.js";
import { APPLICATION_STATUSES, labelOf, ORGANISATION_TYPES, PLACES, THEMES, type Option } from "../programme/index.js";
import type { SettingsService } from "../settings/index.js";

/** Rows read from the database at a time. */
export const EXPORT_BATCH_SIZE = 500;

export interface Column<R> {
  header: string;
  /** What the column holds, shown on the exports page. */
  meaning: string;
  value: (row: R) => CsvValue;
}

interface BatchContext {
  /** The last id of the batch before, if any. */
  after: string | undefined;
  take: number;
  rules: ScoringRules;
  now: Date;
}

export interface ExportDefinition<R extends { id: string }> {
  key: ExportKey;
  title: string;
  summary: string;
  columns: Column<R>[];
  /** One batch of rows, ordered by id, after the given id. */
  batch: (context: BatchContext) => Promise<R[]>;
}

export const EXPORT_KEYS = ["applications", "awards", "charter-signatories", "champions"] as const;
export type ExportKey = (typeof EXPORT_KEYS)[number];

// One formatter for every cell: making one is far slower than using it.
const UK_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" });
const ukDate = (instant: Date | null | undefined) => (instant ? UK_DATE.format(instant) : "");
const yesNo = (value: boolean) => (value ? "Yes" : "No");
const labels = (options: readonly Option[], values: readonly string[]) =>
  options
    .filter((option) => values.includes(option.value))
    .map((option) => option.label)
    .join("; ");
const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});

// Applications ----------------------------------------------------------------------------------

const applicationSelect = {
  id: true,
  reference: true,
  orgName: true,
  orgType: true,
  orgPlaces: true,
  status: true,
  chosenThemes: true,
  submittedAt: true,
  organisation: { select: { type: true } },
  assignments: {
    // The reviews that count, as on the lead's pages: submitted, by an assessor still assigned.
    where: { status: "ACTIVE", reviewStatus: "SUBMITTED" },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    select: { scores: { select: { theme: true, criterion: true, score: true, reason: true } } },
  },
  decisions: {
    orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
    take: 1,
    select: { outcome: true, recognisedThemes: true, decidedAt: true },
  },
} satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }> & {
  /** Per chosen theme: each submitted review's weighted percentage, and the combined one. */
  results: Record<string, { reviews: number[]; combined: number | null }>;
};

const OUTCOMES: Record<string, string> = {
  AWARDED: "Awarded",
  NOT_AWARDED: "Not awarded",
  REVISIONS_REQUESTED: "Revisions requested",
};

function withResults(row: Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>, rules: ScoringRules) {
  const reviews = row.assignments.map((a) => scoresByTheme(a.scores));
  const results: ApplicationRow["results"] = {};
  for (const theme of splitList(row.chosenThemes)) {
    const scores = reviews.map((r) => r[theme]?.scores ?? {});
    results[theme] = {
      reviews: scores.map((s) => themeResult(s, rules).percent),
      combined: scores.length > 0 ? combinedResult(scores, rules).percent : null,
    };
  }
  return { ...row, results };
}

const themeColumns = THEMES.flatMap((theme): Column<ApplicationRow>[] => [
  {
    header: `${theme.label}: review scores (%)`,
    meaning: `Each submitted review's weighted percentage for the ${theme.label} theme, oldest review first, separated by semicolons. Empty when the theme was not chosen or no review is submitted.`,
    value: (row) => row.results[theme.value]?.reviews.join("; ") ?? "",
  },
  {
    header: `${theme.label}: combined (%)`,
    meaning: `The reviews combined by averaging each sub-criterion, as the lead's decision page shows it.`,
    value: (row) => row.results[theme.value]?.combined ?? "",
  },
  {
    header: `${theme.label}: decision`,
    meaning: `"Recognised" or "Not recognised" in the latest decision; empty when the theme was not chosen or there is no decision yet.`,
    value: (row) => {
      const decision = row.decisions[0];
      if (!decision || !splitList(row.chosenThemes).includes(theme.value)) return "";
      return splitList(decision.recognisedThemes).includes(theme.value) ? "Recognised" : "Not recognised";
    },
  },
]);

const applications = (prisma: Db): ExportDefinition<ApplicationRow> => ({
  key: "applications",
  title: "Applications with their scores and decisions",
  summary:
    "Every application that has been submitted, one row each, whatever its status now. Percentages use the award's current weights.",
  columns: [
    { header: "Reference", meaning: "The application's reference, such as SVA-2026-0042.", value: (r) => r.reference },
    {
      header: "Organisation",
      meaning: "The organisation's name as given in the application.",
      value: (r) => r.orgName,
    },
    {
      header: "Organisation type",
      meaning: "The type of organisation.",
      value: (r) => labelOf(ORGANISATION_TYPES, r.orgType || r.organisation.type),
    },
    {
      header: "Places",
      meaning: "The places it works in, separated by semicolons.",
      value: (r) => labels(PLACES, splitList(r.orgPlaces)),
    },
    {
      header: "Status",
      meaning: "Where the application stands now.",
      value: (r) => labelOf(APPLICATION_STATUSES, r.status),
    },
    {
      header: "Themes chosen",
      meaning: "The themes the organisation applied under, separated by semicolons.",
      value: (r) => labels(THEMES, splitList(r.chosenThemes)),
    },
    {
      header: "Submitted",
      meaning: "The date it was (last) submitted, YYYY-MM-DD.",
      value: (r) => ukDate(r.submittedAt),
    },
    {
      header: "Reviews submitted",
      meaning: "How many assessors' reviews count towards the scores.",
      value: (r) => r.assignments.length,
    },
    ...themeColumns,
    {
      header: "Decision",
      meaning: "The latest decision: Awarded, Not awarded or Revisions requested; empty before a decision.",
      value: (r) => (r.decisions[0] ? OUTCOMES[r.decisions[0].outcome] : ""),
    },
    {
      header: "Decision date",
      meaning: "The date of the latest decision, YYYY-MM-DD.",
      value: (r) => ukDate(r.decisions[0]?.decidedAt),
    },
  ],
  batch: async ({ after: id, take, rules }) =>
    (
      await prisma.application.findMany({
        where: { reference: { not: null }, ...after(id) },
        orderBy: { id: "asc" },
        take,
        select: applicationSelect,
      })
    ).map((row) => withResults(row, rules)),
});

// Awards ----------------------------------------------------------------------------------------

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

const awards = (prisma: Db): ExportDefinition<AwardRow> => ({
  key: "awards",
  title: "Award register",
  summary:
    "Every award ever made, current, expired and revoked, whether or not the holder agreed to appear on the public register.",
  columns: [
    { header: "Organisation", meaning: "The holder's name as on the certificate.", value: (r) => r.organisationName },
    {
      header: "Sector",
      meaning: "The type of organisation.",
      value: (r) => labelOf(ORGANISATION_TYPES, r.organisation.type),
    },
    {
      header: "Places",
      meaning: "The places it works in, separated by semicolons.",
      value: (r) =>
        labels(
          PLACES,
          r.organisation.places.map((p) => p.place),
        ),
    },
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

// Charter signatories ---------------------------------------------------------------------------

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

const signatories = (prisma: Db): ExportDefinition<SignatureRow> => ({
  key: "charter-signatories",
  title: "Charter signatories",
  summary:
    "Every request to sign the Social Value Charter, with where it stands: signed, waiting, declined or removed.",
  columns: [
    { header: "Organisation", meaning: "The organisation's name now.", value: (r) => r.organisation.name },
    {
      header: "Sector",
      meaning: "The type of organisation.",
      value: (r) => labelOf(ORGANISATION_TYPES, r.organisation.type),
    },
    {
      header: "Places",
      meaning: "The places it works in, separated by semicolons.",
      value: (r) =>
        labels(
          PLACES,
          r.organisation.places.map((p) => p.place),
        ),
    },
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

// Champions -------------------------------------------------------------------------------------

type ChampionRow = Prisma.ChampionGetPayload<object>;

const champions = (prisma: Db): ExportDefinition<ChampionRow> => ({
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

/** The lead's CSV exports: each read in batches of `batchSize` rows, in order of id. */
export function createExportsService(deps: {
  prisma: Db;
  settings: SettingsService;
  batchSize?: number;
  now?: () => Date;
}) {
  const { prisma } = deps;
  const batchSize = deps.batchSize ?? EXPORT_BATCH_SIZE;
  const now = deps.now ?? (() => new Date());
  const definitions = {
    applications: applications(prisma),
    awards: awards(prisma),
    "charter-signatories": signatories(prisma),
    champions: champions(prisma),
  } satisfies Record<ExportKey, unknown>;

  function rowsOf<R extends { id: string }>(
    definition: ExportDefinition<R>,
    context: Omit<BatchContext, "after" | "take">,
  ) {
    async function* rows(): AsyncGenerator<CsvValue[]> {
      const source = inBatches((id, take) => definition.batch({ ...context, after: id, take }), batchSize);
      for await (const row of source) yield definition.columns.map((column) => column.value(row));
    }
    return rows();
  }

  return {
    /** What each export holds, for the exports page. */
    list() {
      return EXPORT_KEYS.map((key) => {
        const { title, summary, columns } = definitions[key];
        return {
          key,
          title,
          summary,
          href: `/admin/exports/${key}.csv`,
          columns: (columns as { header: string; meaning: string }[]).map(({ header, meaning }) => ({
            header,
            meaning,
          })),
        };
      });
    },

    /**
     * Opens an export for the lead: records who exported what before any row is read, then gives
     * back the file's name, its header and its rows, to stream.
     */
    async open(key: ExportKey, actorId: string): Promise<CsvDownload> {
      const at = now();
      const fileName = csvFileName(key, at);
      await recordAudit(prisma, {
        actorId,
        action: "export.download",
        subjectType: "Export",
        subjectId: key,
        after: { export: key, file: fileName },
      });
      const context = { rules: rulesFrom(await deps.settings.all()), now: at };
      const definition: ExportDefinition<{ id: string }> = definitions[key] as never;
      return { fileName, header: definition.columns.map((c) => c.header), rows: rowsOf(definition, context) };
    },
  };
}

export type ExportsService = ReturnType<typeof createExportsService>;
