// Accounts and sessions: the person's account, the links sent to them, and their sign-ins.
import type { Db } from "../../../platform/db/index.js";
import { iso } from "./format.js";

export function personRecord(user: {
  id: string;
  email: string;
  fullName: string;
  jobTitle: string;
  role: string;
  active: boolean;
  emailVerifiedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  lastSignInAt: Date | null;
}) {
  return {
    id: user.id,
    email: user.email,
    fullName: user.fullName,
    jobTitle: user.jobTitle,
    role: user.role,
    active: user.active,
    emailConfirmedAt: iso(user.emailVerifiedAt),
    createdAt: iso(user.createdAt),
    updatedAt: iso(user.updatedAt),
    lastSignedInAt: iso(user.lastSignInAt),
  };
}

/** Sign-in, email and password links: when, and whether used, never the link itself. */
export const accountLinksOf = (prisma: Db, userId: string) =>
  prisma.accountToken.findMany({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

export function accountLinkRecord(token: Awaited<ReturnType<typeof accountLinksOf>>[number]) {
  return {
    purpose: token.purpose,
    newEmail: token.newEmail,
    sentAt: iso(token.createdAt),
    expiresAt: iso(token.expiresAt),
    usedAt: iso(token.usedAt),
  };
}

/** When each current sign-in ends; the session's id and contents stay out. */
export const sessionsOf = (prisma: Db, userId: string) =>
  prisma.session.findMany({ where: { userId }, select: { expiresAt: true }, orderBy: { expiresAt: "asc" } });

export const sessionRecord = (session: { expiresAt: Date }) => ({ endsAt: iso(session.expiresAt) });
