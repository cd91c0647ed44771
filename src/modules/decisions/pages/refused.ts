import { HttpError } from "../../../platform/errors.js";

/** A use case's refusal, shown as a conflict with the application's state. */
export const refused = (message: string) => new HttpError(409, message);
