import type { RoleValue } from "../../platform/db/index.js";

export interface UserRow {
  id: string;
  fullName: string;
  email: string;
  role: RoleValue;
  active: boolean;
  emailVerified: boolean;
}

export interface UserDetail extends UserRow {
  jobTitle: string;
  createdAt: Date;
  lastSignInAt: Date | null;
  organisations: { id: string; name: string; isOwner: boolean }[];
  isSelf: boolean;
}
