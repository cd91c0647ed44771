import type { RoleValue } from "../../platform/db/index.js";
import { confirmEmailChange, requestEmailChange } from "./change-email.js";
import { changePassword } from "./change-password.js";
import { createUser } from "./create-user.js";
import { accountsDeps, type AccountsOptions } from "./deps.js";
import { checkResetToken, requestPasswordReset, resetPassword } from "./password-reset.js";
import { updateProfile } from "./profile.js";
import { pruneExpiredLinks } from "./prune-links.js";
import { authenticate, findActiveUser, signIn } from "./sign-in.js";
import { accountSummary } from "./summary.js";
import { resendVerification, verifyEmail } from "./verification.js";

export type { AccountsOptions } from "./deps.js";
export type { SignInResult } from "./sign-in.js";
export type { AccountSummary } from "./summary.js";
export type { TokenStatus } from "./tokens.js";
export type { SignedInUser } from "./users.js";

export function createAccountsService(options: AccountsOptions) {
  const deps = accountsDeps(options);
  return {
    signIn: (email: string, password: string) => signIn(deps, email, password),
    authenticate: (email: string, password: string) => authenticate(deps, email, password),
    pruneExpiredLinks: (now = deps.now()) => pruneExpiredLinks(deps, now),
    findActiveUser: (id: string) => findActiveUser(deps, id),
    createUser: (input: { email: string; password: string; fullName: string; role: RoleValue; jobTitle?: string }) =>
      createUser(deps, input),
    summary: (userId: string) => accountSummary(deps, userId),
    verifyEmail: (token: unknown) => verifyEmail(deps, token),
    resendVerification: (userId: string) => resendVerification(deps, userId),
    requestPasswordReset: (email: string) => requestPasswordReset(deps, email),
    checkResetToken: (token: unknown) => checkResetToken(deps, token),
    resetPassword: (token: unknown, password: string) => resetPassword(deps, token, password),
    updateProfile: (userId: string, input: { fullName: string; jobTitle: string }) =>
      updateProfile(deps, userId, input),
    changePassword: (userId: string, currentSid: string, input: { currentPassword: string; newPassword: string }) =>
      changePassword(deps, userId, currentSid, input),
    requestEmailChange: (userId: string, input: { email: string; currentPassword: string }) =>
      requestEmailChange(deps, userId, input),
    confirmEmailChange: (token: unknown) => confirmEmailChange(deps, token),
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
