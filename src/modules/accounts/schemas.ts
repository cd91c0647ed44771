import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address" })
    .trim()
    .min(1, { error: "Enter your email address" })
    .max(254, { error: "Email address must be 254 characters or fewer" })
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@example.org" }))
    .transform((value) => value.toLowerCase()),
  password: z
    .string({ error: "Enter your password" })
    .min(1, { error: "Enter your password" })
    .max(1024, { error: "Password must be 1024 characters or fewer" }),
  returnTo: z.string().optional(),
});

export type SignInInput = z.infer<typeof signInSchema>;
