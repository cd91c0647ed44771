import { Router } from "express";
import { requireSignIn } from "../../platform/auth.js";
import type { FileStorage } from "../../platform/storage.js";
import type { EvidenceService } from "./evidence/service.js";
import { downloadEvidence } from "./pages/download-evidence.js";

/** Evidence downloads, for the organisation's members, the lead and assigned assessors; anyone else gets 404. */
export function evidenceDownloadRoutes(deps: { evidence: EvidenceService; storage: FileStorage }): Router {
  const router = Router();
  router.get("/evidence/:fileId", requireSignIn, downloadEvidence(deps));
  return router;
}
