// The subject-access area's public face: what the app and other areas may use of it.
export { subjectAccessRoutes } from "./routes.js";
export { createSubjectAccessService } from "./service.js";
export type { SubjectAccessService } from "./service.js";
