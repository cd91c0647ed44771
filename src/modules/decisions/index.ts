// The decisions area's public face: what the app and other areas may use of it.
export { newCertificateCode } from "./awarding.js";
export { ENGLAND_AND_WALES_BANK_HOLIDAYS } from "./bank-holidays.js";
export { decisionsRoutes } from "./routes.js";
export { createDecisionsService } from "./service.js";
export type { DecisionsService } from "./service.js";
