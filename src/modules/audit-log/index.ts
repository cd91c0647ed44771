// The audit-log area's public face: what the app and other areas may use of it.
export { auditLogRoutes } from "./routes.js";
export { createAuditLogService } from "./service.js";
export type { AuditLogService } from "./service.js";
export { describeEvent, peopleNamedIn } from "./sentences.js";
