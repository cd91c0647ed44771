import { HttpError } from "../../../platform/errors.js";

/** A use case's refusal: the request was understood but the state does not allow it. */
export const refused = (message: string) => new HttpError(409, message);
