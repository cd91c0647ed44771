import type { TestApp } from "./app.js";
import type { Demo } from "./demo-journeys.js";

// For each route with parameters, addresses that fill them from the demo (see demo-journeys.ts):
// a route counts as reached when a link reaches any one of them, or any other of its kind.

export async function demoInstances(t: TestApp, demo: Demo): Promise<Record<string, string[]>> {
  const { prisma } = t;
  const files = await prisma.attachment.findMany({ include: { page: true } });
  const fileOn = (kind: string, system: boolean) =>
    files.filter((f) => f.page.kind === kind && f.page.system === system).map((f) => `${f.page.slug}/files/${f.id}`);
  const guide = await prisma.contentPage.findFirstOrThrow({ where: { kind: "GUIDE", published: true } });
  const content = await prisma.contentPage.findMany({ where: { OR: [{ slug: demo.pageSlug }, { slug: "award" }] } });
  const contentIds = content.map((page) => page.id);
  const users = (await prisma.user.findMany()).map((user) => user.id);
  const memberships = await prisma.membership.findMany({ where: { organisationId: demo.organisationId } });
  const invitations = await prisma.invitation.findMany({ where: { organisationId: demo.organisationId } });
  const champions = (await prisma.champion.findMany()).map((c) => c.id);
  const signatures = (await prisma.charterSignature.findMany()).map((s) => s.id);
  const evidence = (await prisma.evidenceFile.findMany()).map((f) => f.id);
  const draftEvidence = await prisma.evidenceFile.findMany({
    where: { applicationTheme: { applicationId: demo.draftId } },
  });
  const applications = (await prisma.application.findMany({ orderBy: { createdAt: "asc" } })).map((a) => a.id);
  // Assessors the lead can still take off: their review is open on an application in assessment.
  const open = await prisma.assignment.findMany({
    where: {
      status: { in: ["AWAITING_DECLARATION", "ACTIVE"] },
      reviewStatus: { not: "SUBMITTED" },
      application: { status: "IN_ASSESSMENT" },
    },
  });
  const org = `/organisations/${demo.organisationId}`;
  const each = (ids: readonly string[], path: (id: string) => string) => ids.map(path);
  return {
    "/guides/:slug": [`/guides/${guide.slug}`],
    "/guides/:slug/files/:id": fileOn("GUIDE", false).map((f) => `/guides/${f}`),
    "/pages/:slug": [`/pages/${demo.pageSlug}`],
    "/pages/:slug/files/:id": fileOn("PAGE", false).map((f) => `/pages/${f}`),
    "/:slug/files/:id": fileOn("PAGE", true).map((f) => `/${f}`),
    "/verify/:code": [`/verify/${demo.certificateCode}`],
    "/admin/charter/:id": each(signatures, (id) => `/admin/charter/${id}`),
    "/admin/champions/:id": each(champions, (id) => `/admin/champions/${id}`),
    "/admin/champions/:id/remove": each(champions, (id) => `/admin/champions/${id}/remove`),
    "/admin/content/:id": each(contentIds, (id) => `/admin/content/${id}`),
    "/admin/content/:id/delete": each(contentIds, (id) => `/admin/content/${id}/delete`),
    "/admin/content/:id/versions": each(contentIds, (id) => `/admin/content/${id}/versions`),
    "/admin/content/:id/attachments/new": each(contentIds, (id) => `/admin/content/${id}/attachments/new`),
    "/admin/content/:id/attachments/:attachmentId": files.map((f) => `/admin/content/${f.pageId}/attachments/${f.id}`),
    "/organisations/:id": [org],
    "/organisations/:id/edit": [`${org}/edit`],
    "/organisations/:id/invite": [`${org}/invite`],
    "/organisations/:id/members/:memberId/remove": each(
      memberships.map((m) => m.id),
      (id) => `${org}/members/${id}/remove`,
    ),
    "/organisations/:id/invitations/:invitationId/cancel": each(
      invitations.map((i) => i.id),
      (id) => `${org}/invitations/${id}/cancel`,
    ),
    "/organisations/:id/transfer": [`${org}/transfer`],
    "/organisations/:id/subject-access": [`${org}/subject-access`],
    "/admin/users/:id": each(users, (id) => `/admin/users/${id}`),
    "/admin/users/:id/subject-access": each(users, (id) => `/admin/users/${id}/subject-access`),
    "/admin/users/:id/erase": each(users, (id) => `/admin/users/${id}/erase`),
    "/admin/organisations/:id": [`/admin${org}`],
    "/admin/organisations/:id/subject-access": [`/admin${org}/subject-access`],
    "/admin/organisations/:id/erase": [`/admin${org}/erase`],
    ...Object.fromEntries(
      [
        "",
        "/organisation",
        "/themes",
        "/themes/social",
        "/declaration",
        "/check-answers",
        "/status",
        "/withdraw",
        "/appeal",
      ].map((page) => [
        `/applications/:id${page.replace("social", ":theme")}`,
        each(applications, (id) => `/applications/${id}${page}`),
      ]),
    ),
    "/applications/:id/themes/:theme/evidence/:fileId/remove": draftEvidence.map(
      (f) => `/applications/${demo.draftId}/themes/social/evidence/${f.id}/remove`,
    ),
    "/evidence/:fileId": each(evidence, (id) => `/evidence/${id}`),
    "/admin/applications/:id": each(applications, (id) => `/admin/applications/${id}`),
    "/admin/applications/:id/history": each(applications, (id) => `/admin/applications/${id}/history`),
    "/admin/applications/:id/decision": each(applications, (id) => `/admin/applications/${id}/decision`),
    "/admin/applications/:id/appeal": each(applications, (id) => `/admin/applications/${id}/appeal`),
    "/admin/assignments/:assignmentId/return": each(demo.assignmentIds, (id) => `/admin/assignments/${id}/return`),
    "/admin/assignments/:assignmentId/unassign": each(
      open.map((a) => a.id),
      (id) => `/admin/assignments/${id}/unassign`,
    ),
    "/assessor/reviews/:assignmentId": each(demo.assignmentIds, (id) => `/assessor/reviews/${id}`),
    "/assessor/reviews/:assignmentId/themes/:theme": each(
      demo.assignmentIds,
      (id) => `/assessor/reviews/${id}/themes/social`,
    ),
    "/awards/:id/certificate": [`/awards/${demo.awardId}/certificate`],
    "/awards/:id/certificate.pdf": [`/awards/${demo.awardId}/certificate.pdf`],
    "/admin/awards/:id/revoke": [`/admin/awards/${demo.awardId}/revoke`],
    "/dev/outbox/:id": t
      .outbox()
      .slice(0, 1)
      .map((message) => `/dev/outbox/${message.id}`),
  };
}
