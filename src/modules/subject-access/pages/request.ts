import type { RequestHandler } from "express";
import { signedInUser } from "../../../platform/auth.js";
import { notFound } from "../../../platform/errors.js";
import type { SubjectAccessService } from "../service.js";

type Deps = { subjectAccess: SubjectAccessService };

// Each download starts from a page that says what the file holds.

export function showPersonRequest(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const person = await deps.subjectAccess.person(String(req.params.id));
    if (!person) return next(notFound());
    res.render("subject-access/request", {
      kind: "person",
      subject: person,
      action: `/admin/users/${person.id}/subject-access`,
      back: { href: `/admin/users/${person.id}`, text: `Back to ${person.name}` },
    });
  };
}

export function showOrganisationRequest(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const org = await deps.subjectAccess.organisation(String(req.params.id));
    if (!org) return next(notFound());
    res.render("subject-access/request", {
      kind: "organisation",
      subject: org,
      action: `/admin/organisations/${org.id}/subject-access`,
      back: { href: `/admin/organisations/${org.id}`, text: `Back to ${org.name}` },
    });
  };
}

/** The owner's page for their own organisation. */
export function showOwnRequest(deps: Deps): RequestHandler {
  return async (req, res, next) => {
    const org = await deps.subjectAccess.organisationForOwner(signedInUser(req).id, String(req.params.id));
    if (!org) return next(notFound());
    res.render("subject-access/request", {
      kind: "organisation",
      owner: true,
      subject: org,
      action: `/organisations/${org.id}/subject-access`,
      back: { href: `/organisations/${org.id}`, text: `Back to ${org.name}` },
    });
  };
}
