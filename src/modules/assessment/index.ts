// The assessment area's public face: what the app and other areas may use of it.
export { assessmentPages, assessmentRoutes, options } from "./routes.js";
export { combinedResult, rulesFrom, themeResult } from "./scoring.js";
export type { ScoringRules } from "./scoring.js";
export { createAssessmentService } from "./service.js";
export { scoresByTheme } from "./views.js";
export type { AssessmentService } from "./service.js";
export { CRITERION_KEYS } from "./scoring.js";
