import { Router } from "express";
import { acceptInvitation, showInvitation } from "./pages/invitation.js";
import type { InvitationsService } from "./service.js";

/** Following an invitation link: create an account, or accept while signed in as the invited person. */
export function invitationsRoutes(deps: { invitations: InvitationsService }): Router {
  const router = Router();
  router.route("/invitations/:token").get(showInvitation(deps)).post(acceptInvitation(deps));
  return router;
}
