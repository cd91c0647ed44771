import { Router, type Request } from "express";
import { actorOf, requireRole, signedInUser } from "../../platform/auth.js";
import { HttpError, notFound } from "../../platform/errors.js";
import { formBody, validate } from "../../platform/validation.js";
import type { ThemeValue } from "../applications/index.js";
import {
  APPLICATION_STATUSES,
  MARMOT_PRINCIPLES,
  MONTHS,
  ORGANISATION_TYPES,
  PLACES,
  SIZE_BANDS,
  THEMES,
} from "../programme/index.js";
import { assignSchema, declarationSchema, queueSchema, readThemeScores, returnSchema, SORTS } from "./schemas.js";
import { CRITERIA, SCALE } from "./scoring.js";
import type { AssessmentService } from "./service.js";

export const options = {
  places: PLACES,
  organisationTypes: ORGANISATION_TYPES,
  sizeBands: SIZE_BANDS,
  themes: THEMES,
  marmot: MARMOT_PRINCIPLES,
  statuses: APPLICATION_STATUSES,
  months: MONTHS,
  criteria: CRITERIA,
  scale: SCALE,
  sorts: SORTS,
};

const THEME_SLUGS: Record<string, ThemeValue> = {
  social: "SOCIAL",
  economic: "ECONOMIC",
  environment: "ENVIRONMENT",
  innovation: "INNOVATION",
};

const refused = (message: string) => new HttpError(409, message);

/** The lead's queue and assignment, and the assessor's declaration and scoring. */
export function assessmentRoutes(deps: {
  assessment: AssessmentService;
  /** The decision, appeal and award panel shown on the lead's application page. */
  decisionPanel?: (applicationId: string) => Promise<unknown>;
}): Router {
  const router = Router();
  const { assessment } = deps;
  router.use(["/admin", "/assessor", "/assessment"], (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    res.locals.options = options;
    next();
  });

  // The lead's queue
  const lead = requireRole("PROGRAMME_LEAD");
  router.get("/admin/applications", lead, async (req, res) => {
    const filters = queueSchema.parse(req.query);
    const [queue, assessors] = await Promise.all([assessment.queue(filters), assessment.assessors()]);
    const query = (page: number) => {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ ...filters, page })) {
        if (value !== undefined && value !== "" && !(key === "page" && value === 1)) params.set(key, String(value));
      }
      const text = params.toString();
      return `/admin/applications${text ? `?${text}` : ""}`;
    };
    res.render("assessment/queue", {
      queue,
      filters,
      assessors,
      previousHref: queue.page > 1 ? query(queue.page - 1) : null,
      nextHref: queue.page < queue.pages ? query(queue.page + 1) : null,
      autoAssigned: req.query.autoAssigned,
    });
  });
  router.post("/admin/applications/auto-assign", lead, async (req, res) => {
    const result = await assessment.autoAssign(actorOf(req));
    res.redirect(303, `/admin/applications?autoAssigned=${result.assigned.length}-${result.unassigned.length}`);
  });

  const renderLeadApplication = async (
    req: Request,
    res: import("express").Response,
    status = 200,
    extra: Record<string, unknown> = {},
  ) => {
    const application = await assessment.forLead(String(req.params.id));
    if (!application) throw notFound();
    const [assessors, decision] = await Promise.all([
      assessment.assessors(),
      deps.decisionPanel?.(application.id) ?? null,
    ]);
    res.status(status).render("assessment/lead-application", {
      application,
      assessors,
      decision,
      values: {},
      notice: req.query.notice,
      ...extra,
    });
  };
  router.get("/admin/applications/:id", lead, (req, res) => renderLeadApplication(req, res));
  router.post("/admin/applications/:id/assign", lead, async (req, res) => {
    const input = validate(assignSchema, req.body);
    if (!input.ok) return renderLeadApplication(req, res, 400, { errors: input.errors, values: formBody(req.body) });
    const result = await assessment.assign(actorOf(req), String(req.params.id), input.data.assessorId);
    if (!result) throw notFound();
    if (result.outcome === "refused") {
      return renderLeadApplication(req, res, 400, { errors: { assessorId: result.message }, values: input.data });
    }
    res.redirect(303, `/admin/applications/${String(req.params.id)}?notice=assigned`);
  });
  router.post("/admin/applications/:id/auto-assign", lead, async (req, res) => {
    const id = String(req.params.id);
    const application = await assessment.forLead(id);
    if (!application) throw notFound();
    const result = await assessment.autoAssign(actorOf(req), [id]);
    if (result.assigned.length === 0) {
      return renderLeadApplication(req, res, 400, {
        errors: { assessorId: "No assessor is free of conflicts and not already assigned. Assign one by hand." },
      });
    }
    res.redirect(303, `/admin/applications/${id}?notice=assigned`);
  });
  router.post("/admin/assignments/:assignmentId/unassign", lead, async (req, res) => {
    const result = await assessment.unassign(actorOf(req), String(req.params.assignmentId));
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    res.redirect(303, `/admin/applications/${result.applicationId}?notice=unassigned`);
  });
  router.get("/admin/assignments/:assignmentId/return", lead, (req, res) => {
    res.render("assessment/return-review", { assignmentId: req.params.assignmentId, values: {} });
  });
  router.post("/admin/assignments/:assignmentId/return", lead, async (req, res) => {
    const input = validate(returnSchema, req.body);
    if (!input.ok) {
      return res.status(400).render("assessment/return-review", {
        assignmentId: req.params.assignmentId,
        values: formBody(req.body),
        errors: input.errors,
      });
    }
    const result = await assessment.returnReview(
      actorOf(req),
      String(req.params.assignmentId),
      input.data.returnComment,
    );
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused ?? "");
    res.redirect(303, `/admin/applications/${result.applicationId}?notice=returned`);
  });
  router.get("/admin/applications/:id/history", lead, async (req, res) => {
    const history = await assessment.history(String(req.params.id));
    if (!history) throw notFound();
    res.render("assessment/history", history);
  });

  // The assessment area for assessors and the lead, pointing each to their own work.
  router.get("/assessment", requireRole("ASSESSOR", "PROGRAMME_LEAD"), (_req, res) => {
    res.render("assessment/index");
  });

  // The assessor's work
  const assessor = requireRole("ASSESSOR");
  router.get("/assessor", assessor, async (req, res) => {
    res.render("assessment/assessor-queue", { assignments: await assessment.assessorQueue(signedInUser(req).id) });
  });

  const reviewOr404 = async (req: Request) => {
    const review = await assessment.forAssessor(signedInUser(req).id, String(req.params.assignmentId));
    if (!review) throw notFound();
    return review;
  };
  router.get("/assessor/reviews/:assignmentId", assessor, async (req, res) => {
    const review = await reviewOr404(req);
    if (!review.declared) {
      return res.render("assessment/declaration", { review, values: {} });
    }
    res.render("assessment/review", { review, notice: req.query.notice });
  });
  router.post("/assessor/reviews/:assignmentId/declaration", assessor, async (req, res) => {
    const review = await reviewOr404(req);
    const input = validate(declarationSchema, req.body);
    if (!input.ok) {
      return res
        .status(400)
        .render("assessment/declaration", { review, values: formBody(req.body), errors: input.errors });
    }
    const result = await assessment.declare(actorOf(req), review.id, input.data);
    if (!result) throw notFound();
    if (typeof result === "object") throw refused(result.refused);
    if (result === "conflict-declared") return res.redirect(303, "/assessor?notice=conflict");
    res.redirect(303, `/assessor/reviews/${review.id}`);
  });

  const themeOf = (req: Request) => {
    const theme = THEME_SLUGS[String(req.params.theme)];
    if (!theme) throw notFound();
    return theme;
  };
  router.get("/assessor/reviews/:assignmentId/themes/:theme", assessor, async (req, res) => {
    const theme = themeOf(req);
    const review = await reviewOr404(req);
    if (!review.declared) return res.redirect(303, `/assessor/reviews/${review.id}`);
    const section = review.themes.find((t) => t.theme === theme);
    if (!section) throw notFound();
    res.render("assessment/score-theme", {
      review,
      section,
      values: { scores: section.scores, reasons: section.reasons },
      result: section.result,
      saved: req.query.saved,
    });
  });
  router.post("/assessor/reviews/:assignmentId/themes/:theme", assessor, async (req, res) => {
    const theme = themeOf(req);
    const review = await reviewOr404(req);
    const input = readThemeScores(req.body);
    const result = await assessment.saveThemeScores(actorOf(req), review.id, theme, input);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    const section = review.declared ? review.themes.find((t) => t.theme === theme) : undefined;
    if (!section) throw notFound();
    const draft = formBody(req.body).action === "draft";
    if (!draft && Object.keys(result.errors).length > 0) {
      return res.status(400).render("assessment/score-theme", {
        review,
        section,
        values: input,
        result: result.result,
        errors: result.errors,
        saved: "draft",
      });
    }
    if (draft)
      return res.redirect(303, `/assessor/reviews/${review.id}/themes/${String(req.params.theme)}?saved=draft`);
    res.redirect(303, `/assessor/reviews/${review.id}?notice=theme-saved`);
  });
  router.post("/assessor/reviews/:assignmentId/submit", assessor, async (req, res) => {
    const review = await reviewOr404(req);
    const result = await assessment.submitReview(actorOf(req), review.id);
    if (!result) throw notFound();
    if ("refused" in result) throw refused(result.refused);
    if (result.outcome === "incomplete") {
      return res.status(400).render("assessment/review", {
        review,
        errors: { "submit-review": `Score every sub-criterion, with a reason, for: ${result.themes.join(", ")}` },
      });
    }
    res.redirect(
      303,
      `/assessor/reviews/${review.id}?notice=submitted${result.borderline.length ? "-borderline" : ""}`,
    );
  });

  return router;
}
