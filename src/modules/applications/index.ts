// The applications area's public face: what the app and other areas may use of it.
export { evidenceDownloadRoutes } from "./evidence-routes.js";
export { createEvidenceService } from "./evidence/service.js";
export type { EvidenceService } from "./evidence/service.js";
export { applicationsRoutes } from "./routes.js";
export { createApplicationsService } from "./service.js";
export type { ApplicationsService } from "./service.js";
export type { ThemeValue } from "./types.js";
export { resumePendingSave, signInToSave } from "./unsaved.js";
