// The data-protection area's public face: what the app and other areas may use of it.
export type { FileDeleter, FileDeletionReport } from "./file-deletions.js";
export type { RetentionPlan, RetentionReport } from "./retention/periods.js";
export type { RetentionService } from "./retention/service.js";
export { dataProtectionRoutes } from "./routes.js";
export { createDataProtection } from "./service.js";
export type { DataProtection } from "./service.js";
