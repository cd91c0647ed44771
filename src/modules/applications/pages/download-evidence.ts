import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { sendDownload } from "../../../platform/downloads.js";
import { notFound } from "../../../platform/errors.js";
import type { FileStorage } from "../../../platform/storage.js";
import type { EvidenceService } from "../evidence/service.js";

export function downloadEvidence(deps: { evidence: EvidenceService; storage: FileStorage }): RequestHandler {
  return async (req, res) => {
    const file = await deps.evidence.forDownload(signedInUser(req), String(req.params.fileId));
    if (!file) throw notFound();
    await sendDownload(res, deps.storage, file);
  };
}
