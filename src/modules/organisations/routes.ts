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
  // One organisation's pages, below /organisations/:id.
  const organisation = Router({ mergeParams: true });
  organisation.get("/", showOrganisation(deps));
  organisation.route("/edit").get(showEdit(deps)).post(saveEdit(deps));
  organisation.route("/invite").get(showInvite(deps)).post(sendInvite(deps));
  organisation.route("/members/:memberId/remove").get(showRemoveMember(deps)).post(removeMember(deps));
  organisation.route("/invitations/:invitationId/cancel").get(showCancelInvitation(deps)).post(cancelInvitation(deps));
  organisation.route("/transfer").get(showTransfer(deps)).post(transferOwnership(deps));

  const router = Router();
  // The pages show members' names and email addresses, so no copy is kept in a cache.
  router.use("/organisations", requireRole("APPLICANT"), noStore);
  router.get("/organisations", showOrganisations(deps));
  router.use("/organisations/:id", organisation);
  return router;
}
