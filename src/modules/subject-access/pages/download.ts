import type { Request, RequestHandler, Response } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import { attachmentDisposition } from "../../../platform/file-checks.js";
import type { SubjectAccessDownload, SubjectAccessService } from "../service.js";

type Deps = { subjectAccess: SubjectAccessService };

async function send(req: Request, res: Response, download: SubjectAccessDownload): Promise<void> {
  res.status(200).set({
    "Content-Type": "application/zip",
    "Content-Disposition": attachmentDisposition(download.fileName),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  });
  try {
    await download.writeTo(res);
  } catch (error) {
    // The headers have gone, so the only way to tell the browser is to cut the download short.
    const closedByClient = (error as { code?: string }).code === "ERR_STREAM_PREMATURE_CLOSE";
    if (closedByClient) req.log.info("subject access download closed before its end");
    else req.log.error({ err: error }, "subject access download failed");
    res.destroy();
  }
}

/** A download handler: the use case gathers the archive (or finds nothing), and it streams. */
function downloading(gather: (req: Request) => Promise<SubjectAccessDownload | null>): RequestHandler {
  return async (req, res, next) => {
    const download = await gather(req);
    if (!download) return next(notFound());
    await send(req, res, download);
  };
}

export const downloadPerson = (deps: Deps) =>
  downloading((req) => deps.subjectAccess.personDownload(signedInUser(req).id, String(req.params.id)));

export const downloadOrganisation = (deps: Deps) =>
  downloading((req) => deps.subjectAccess.organisationDownload(signedInUser(req).id, String(req.params.id)));

export const downloadOwnOrganisation = (deps: Deps) =>
  downloading((req) => deps.subjectAccess.ownOrganisationDownload(signedInUser(req).id, String(req.params.id)));
