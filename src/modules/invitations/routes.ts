import { Router } from "express";
import { acceptInvitation, showInvitation } from "./pages/invitation.js";
import type { InvitationsService } from "./service.js";

/** Following an invitation link: create an account, or accept while signed in as the invited person. */
export function invitationsRoutes(deps: { invitations: InvitationsService }): Router {
  const router = Router();
  router.get("/invitations/:token", showInvitation(deps));
  router.post("/invitations/:token", acceptInvitation(deps));
  return router;
}
