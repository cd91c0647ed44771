// The invitations area's public face: what the app and other areas may use of it.
export { invitationsRoutes } from "./routes.js";
export { ROLE_NAMES } from "./roles.js";
export { createInvitationsService } from "./service.js";
export type { InvitationsService } from "./service.js";
export { createInvitation } from "./tokens.js";
