import { Router, type Request, type Response } from "express";
import { requireRole, signedInUser } from "../../platform/auth.js";
import { notFound } from "../../platform/errors.js";
import { attachmentDisposition } from "../../platform/file-checks.js";
import type { SubjectAccessDownload, SubjectAccessService } from "./service.js";

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

/**
 * Subject access downloads: the lead's for any person or organisation, and an organisation
 * owner's for their own organisation. Each starts from a page that says what the file holds.
 */
export function subjectAccessRoutes(deps: { subjectAccess: SubjectAccessService }): Router {
  const router = Router();
  const { subjectAccess } = deps;
  const noStore = (_req: Request, res: Response, next: () => void) => {
    res.set("Cache-Control", "no-store");
    next();
  };
  const lead = requireRole("PROGRAMME_LEAD");

  router.get("/admin/users/:id/subject-access", lead, noStore, async (req, res, next) => {
    const person = await subjectAccess.person(String(req.params.id));
    if (!person) return next(notFound());
    res.render("subject-access/request", {
      kind: "person",
      subject: person,
      action: `/admin/users/${person.id}/subject-access`,
      back: { href: `/admin/users/${person.id}`, text: `Back to ${person.name}` },
    });
  });
  router.post("/admin/users/:id/subject-access", lead, noStore, async (req, res, next) => {
    const download = await subjectAccess.personDownload(signedInUser(req).id, String(req.params.id));
    if (!download) return next(notFound());
    await send(req, res, download);
  });

  router.get("/admin/organisations/:id/subject-access", lead, noStore, async (req, res, next) => {
    const org = await subjectAccess.organisation(String(req.params.id));
    if (!org) return next(notFound());
    res.render("subject-access/request", {
      kind: "organisation",
      subject: org,
      action: `/admin/organisations/${org.id}/subject-access`,
      back: { href: `/admin/organisations/${org.id}`, text: `Back to ${org.name}` },
    });
  });
  router.post("/admin/organisations/:id/subject-access", lead, noStore, async (req, res, next) => {
    const download = await subjectAccess.organisationDownload(signedInUser(req).id, String(req.params.id));
    if (!download) return next(notFound());
    await send(req, res, download);
  });

  const applicant = requireRole("APPLICANT");
  router.get("/organisations/:id/subject-access", applicant, noStore, async (req, res, next) => {
    const org = await subjectAccess.organisationForOwner(signedInUser(req).id, String(req.params.id));
    if (!org) return next(notFound());
    res.render("subject-access/request", {
      kind: "organisation",
      owner: true,
      subject: org,
      action: `/organisations/${org.id}/subject-access`,
      back: { href: `/organisations/${org.id}`, text: `Back to ${org.name}` },
    });
  });
  router.post("/organisations/:id/subject-access", applicant, noStore, async (req, res, next) => {
    const org = await subjectAccess.organisationForOwner(signedInUser(req).id, String(req.params.id));
    if (!org) return next(notFound());
    const download = await subjectAccess.organisationDownload(signedInUser(req).id, org.id);
    if (!download) return next(notFound());
    await send(req, res, download);
  });

  return router;
}
