import { z } from "zod";
import { newPassword } from "../../platform/fields.js";
import { fullName, jobTitle } from "../accounts/index.js";

export const acceptAsNewUserSchema = z.object({
  fullName: fullName(),
  jobTitle: jobTitle(),
  password: newPassword({ required: "Create a password" }),
});
