import { Router } from "express";
import { requireSignIn, signedInUser } from "../../platform/auth.js";
import { sendDownload } from "../../platform/downloads.js";
import { notFound } from "../../platform/errors.js";
import type { FileStorage } from "../../platform/storage.js";
import type { EvidenceService } from "./evidence.js";

/** Evidence downloads, for the organisation's members, the lead and assigned assessors; anyone else gets 404. */
export function evidenceDownloadRoutes(deps: { evidence: EvidenceService; storage: FileStorage }): Router {
  const router = Router();
  router.get("/evidence/:fileId", requireSignIn, async (req, res) => {
    const file = await deps.evidence.forDownload(signedInUser(req), String(req.params.fileId));
    if (!file) throw notFound();
    await sendDownload(res, deps.storage, file);
  });
  return router;
}
