/** An error that carries the HTTP status to answer with; the error handler renders its page. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = "HttpError";
  }
}

export const notFound = (message = "Page not found") => new HttpError(404, message);
export const forbidden = (message = "You do not have access to this page", reason?: string) =>
  new HttpError(403, message, reason);
