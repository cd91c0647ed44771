// The organisations area's public face: what the app and other areas may use of it.
export { organisationsAdminRoutes } from "./admin-routes.js";
export { createOrganisationsAdminService } from "./admin-service.js";
export type { OrganisationsAdminService } from "./admin-service.js";
export { organisationsRoutes } from "./routes.js";
export type { OrganisationDetails } from "./schemas.js";
export { createOrganisationsService } from "./service.js";
export type { OrganisationsService } from "./service.js";
export { organisationAboutSchema, organisationAddressSchema, organisationNameSchema } from "./schemas.js";
