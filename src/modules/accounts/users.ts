import type { RoleValue } from "../../platform/db/index.js";

export interface SignedInUser {
  id: string;
  email: string;
  fullName: string;
  role: RoleValue;
  emailVerified: boolean;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export const toSignedInUser = (user: {
  id: string;
  email: string;
  fullName: string;
  role: RoleValue;
  emailVerifiedAt: Date | null;
}): SignedInUser => ({
  id: user.id,
  email: user.email,
  fullName: user.fullName,
  role: user.role,
  emailVerified: user.emailVerifiedAt !== null,
});
