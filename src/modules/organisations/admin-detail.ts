import { isIdLike } from "../../platform/validation.js";
import { APPLICATION_STATUSES, labelOf, ORGANISATION_TYPES, PLACES, SIZE_BANDS, THEMES } from "../programme/index.js";
import type { OrganisationAdminDetail } from "./admin-views.js";
import type { OrganisationsAdminDeps } from "./deps.js";

const themeLabels = (list: string) =>
  list
    .split(",")
    .filter(Boolean)
    .map((theme) => labelOf(THEMES, theme));

function awardState(
  award: { status: string; expiresAt: Date },
  now: Date,
): OrganisationAdminDetail["awards"][number]["state"] {
  if (award.status === "REVOKED") return "REVOKED";
  return award.status === "EXPIRED" || award.expiresAt <= now ? "EXPIRED" : "CURRENT";
}

/** Everything the lead sees of one organisation: details, members, applications and awards. */
export async function detail(deps: OrganisationsAdminDeps, organisationId: string) {
  if (!isIdLike(organisationId)) return null;
  const now = deps.now();
  const org = await deps.prisma.organisation.findUnique({
    where: { id: organisationId },
    include: {
      places: true,
      members: { include: { user: true }, orderBy: [{ isOwner: "desc" }, { createdAt: "asc" }] },
      applications: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
      awards: { include: { application: { select: { reference: true } } }, orderBy: { awardedAt: "desc" } },
    },
  });
  if (!org) return null;
  return {
    id: org.id,
    name: org.name,
    typeLabel: labelOf(ORGANISATION_TYPES, org.type),
    registrationNumber: org.registrationNumber ?? "",
    address: [org.addressLine1, org.addressLine2, org.town, org.postcode].filter(Boolean),
    placeLabels: PLACES.filter((p) => org.places.some((row) => row.place === p.value)).map((p) => p.label),
    sizeBandLabel: labelOf(SIZE_BANDS, org.sizeBand),
    website: org.website ?? "",
    createdAt: org.createdAt,
    members: org.members.map((m) => ({
      userId: m.userId,
      fullName: m.user.fullName,
      email: m.user.email,
      jobTitle: m.user.jobTitle,
      isOwner: m.isOwner,
      active: m.user.active,
      since: m.createdAt,
    })),
    applications: org.applications.map((a) => ({
      id: a.id,
      reference: a.reference,
      status: a.status,
      statusLabel: labelOf(APPLICATION_STATUSES, a.status),
      themeLabels: themeLabels(a.chosenThemes),
      createdAt: a.createdAt,
      submittedAt: a.submittedAt,
      leadPage: a.status !== "DRAFT",
    })),
    awards: org.awards.map((award) => ({
      id: award.id,
      reference: award.application.reference,
      themeLabels: themeLabels(award.themes),
      awardedAt: award.awardedAt,
      expiresAt: award.expiresAt,
      state: awardState(award, now),
      listedOnRegister: award.listedOnRegister,
    })),
  };
}
