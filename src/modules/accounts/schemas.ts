import { z } from "zod";
import { emailAddress } from "../../platform/validation.js";

export const signInSchema = z.object({
  email: emailAddress({
    required: "Enter your email address",
    format: "Enter an email address in the correct format, like name@example.org",
    tooLong: "Email address must be 254 characters or fewer",
  }),
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(1024, { error: "Password must be 1024 characters or fewer" }),
  returnTo: z.string().optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
