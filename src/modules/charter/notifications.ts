import type { CharterDeps } from "./deps.js";

/**
 * Tells the person who asked of the lead's answer; when they are no longer active, the
 * organisation's owners instead.
 */
export async function notify(
  deps: CharterDeps,
  signatureId: string,
  template: "charter-approved" | "charter-declined",
  subject: string,
) {
  const { prisma } = deps;
  const signature = await prisma.charterSignature.findUnique({
    where: { id: signatureId },
    include: { organisation: { include: { members: { where: { isOwner: true }, include: { user: true } } } } },
  });
  if (!signature) return;
  const requester = signature.requestedById
    ? await prisma.user.findUnique({ where: { id: signature.requestedById } })
    : null;
  const to = requester?.active ? [requester.email] : signature.organisation.members.map((member) => member.user.email);
  if (to.length === 0) return;
  await deps.mailer.send({
    to,
    subject,
    template,
    context: { organisation: signature.organisation.name, reason: signature.reason, name: requester?.fullName ?? "" },
  });
}
