import type { ErrorRequestHandler } from "express";
import { HttpError } from "./errors.js";

/**
 * The last handler: a page for the status, never a stack trace in production. A person sees what
 * went wrong in words; outside production the developer also sees the stack.
 */
export function errorHandler({ isProduction }: { isProduction: boolean }): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500) req.log.error({ err: error }, "request failed");
    const view =
      status === 404 ? "errors/404" : status === 403 ? "errors/403" : status >= 500 ? "errors/500" : "errors/problem";
    const reason = error instanceof HttpError ? error.reason : undefined;
    const message = status < 500 && error instanceof Error ? publicMessage(error, status) : undefined;
    res.status(status);
    res.set("Cache-Control", "no-store");
    res.render(view, {
      status,
      reason,
      message,
      detail: !isProduction && status >= 500 && error instanceof Error ? error.stack : undefined,
    });
  };
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  const candidate =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof candidate === "number" && candidate >= 400 && candidate < 600 ? candidate : 500;
}

function publicMessage(error: Error, status: number): string {
  if (error instanceof HttpError) return error.message;
  if (status === 413) return "What you sent is larger than the portal accepts.";
  if (status === 400) return "The portal could not read what you sent.";
  return "Something about the request was not right.";
}
