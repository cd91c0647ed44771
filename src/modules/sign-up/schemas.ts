import { z } from "zod";
import { newPassword } from "../../platform/fields.js";
import { emailAddress } from "../../platform/validation.js";
import { fullName, jobTitle } from "../accounts/index.js";

export { organisationAboutSchema, organisationAddressSchema, organisationNameSchema } from "../organisations/index.js";

export const personSchema = z.object({
  fullName: fullName(),
  jobTitle: jobTitle(),
  email: emailAddress({
    required: "Enter your email address",
    format: "Enter an email address in the correct format, like name@example.org",
    tooLong: "Email address must be 254 characters or fewer",
  }),
  password: newPassword({ required: "Create a password" }),
});
