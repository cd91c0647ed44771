import { z } from "zod";
import { newPassword, optionalText, requiredText } from "../../platform/fields.js";
import { emailAddress } from "../../platform/validation.js";

const EMAIL_MESSAGES = {
  required: "Enter your email address",
  format: "Enter an email address in the correct format, like name@example.org",
  tooLong: "Email address must be 254 characters or fewer",
};

export const signInSchema = z.object({
  email: emailAddress(EMAIL_MESSAGES),
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(1024, { error: "Password must be 1024 characters or fewer" }),
  returnTo: z.string().optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;

export const fullName = () =>
  requiredText(100, { required: "Enter your full name", tooLong: "Full name must be 100 characters or fewer" });
export const jobTitle = () => optionalText(100, { tooLong: "Job title must be 100 characters or fewer" });

export const profileSchema = z.object({ fullName: fullName(), jobTitle: jobTitle() });

export const forgottenPasswordSchema = z.object({ email: emailAddress(EMAIL_MESSAGES) });

export const resetPasswordSchema = z.object({ password: newPassword({ required: "Enter a new password" }) });

const currentPassword = () =>
  z
    .string({ error: "Enter your current password" })
    .min(1, { error: "Enter your current password" })
    .max(1024, { error: "Password must be 1024 characters or fewer" });

export const changePasswordSchema = z.object({
  currentPassword: currentPassword(),
  newPassword: newPassword({ required: "Enter a new password" }),
});

export const changeEmailSchema = z.object({
  email: emailAddress({ ...EMAIL_MESSAGES, required: "Enter your new email address" }),
  currentPassword: currentPassword(),
});
