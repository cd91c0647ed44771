import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { saveEdit, showEdit } from "./pages/edit.js";
import { sendInvite, showInvite } from "./pages/invite.js";
import { cancelInvitation, removeMember, showCancelInvitation, showRemoveMember } from "./pages/members.js";
import { showOrganisation, showOrganisations } from "./pages/organisation.js";
import { showTransfer, transferOwnership } from "./pages/transfer.js";
import type { Deps } from "./pages/types.js";
import { noStore } from "../../platform/cache-headers.js";

/** An organisation's members and details, for its members; the owner manages them. */
export function organisationsRoutes(deps: Deps): Router {
  const router = Router();
  // The pages show members' names and email addresses, so no copy is kept in a cache.
  router.use("/organisations", requireRole("APPLICANT"), noStore);
  router.get("/organisations", showOrganisations(deps));
  router.get("/organisations/:id", showOrganisation(deps));
  router.get("/organisations/:id/edit", showEdit(deps));
  router.post("/organisations/:id/edit", saveEdit(deps));
  router.get("/organisations/:id/invite", showInvite(deps));
  router.post("/organisations/:id/invite", sendInvite(deps));
  router.get("/organisations/:id/members/:memberId/remove", showRemoveMember(deps));
  router.post("/organisations/:id/members/:memberId/remove", removeMember(deps));
  router.get("/organisations/:id/invitations/:invitationId/cancel", showCancelInvitation(deps));
  router.post("/organisations/:id/invitations/:invitationId/cancel", cancelInvitation(deps));
  router.get("/organisations/:id/transfer", showTransfer(deps));
  router.post("/organisations/:id/transfer", transferOwnership(deps));
  return router;
}
