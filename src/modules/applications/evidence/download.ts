import type { EvidenceDeps } from "./deps.js";

/** The file, if this user may download it: a member of the organisation, the lead, or an assigned assessor. */
export async function forDownload(
  { prisma, isAssignedAssessor }: EvidenceDeps,
  user: { id: string; role: string },
  fileId: string,
) {
  const file = await prisma.evidenceFile.findUnique({
    where: { id: fileId },
    include: {
      applicationTheme: {
        include: {
          application: { include: { organisation: { include: { members: { where: { userId: user.id } } } } } },
        },
      },
    },
  });
  if (!file) return null;
  const application = file.applicationTheme.application;
  const allowed =
    user.role === "PROGRAMME_LEAD" ||
    (user.role === "APPLICANT" && application.organisation.members.length > 0) ||
    (user.role === "ASSESSOR" &&
      isAssignedAssessor !== undefined &&
      (await isAssignedAssessor(user.id, application.id)));
  if (!allowed) return null;
  return { storageKey: file.storageKey, fileName: file.originalName, contentType: file.contentType };
}
