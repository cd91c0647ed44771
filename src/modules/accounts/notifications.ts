import type { Mailer } from "../../platform/mail.js";
import { VERIFY_EMAIL_HOURS } from "./tokens.js";

export async function sendVerification(
  mailer: Mailer,
  user: { email: string; fullName: string },
  token: string,
): Promise<void> {
  await mailer.send({
    to: user.email,
    subject: "Confirm your email address",
    template: "verify-email",
    context: { fullName: user.fullName, token, hours: VERIFY_EMAIL_HOURS },
  });
}

export async function sendPasswordChanged(mailer: Mailer, user: { email: string; fullName: string }): Promise<void> {
  await mailer.send({
    to: user.email,
    subject: "Your password has been changed",
    template: "password-changed",
    context: { fullName: user.fullName },
  });
}
