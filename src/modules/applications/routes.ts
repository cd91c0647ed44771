import { Router, type Request, type Response } from "express";
import { actorOf, requireRole, signedInUser } from "../../platform/auth.js";
import { HttpError, notFound } from "../../platform/errors.js";
import { type FieldErrors, formBody, textField, validate } from "../../platform/validation.js";
import type { SettingsService } from "../settings/index.js";
import {
  APPLICATION_STATUSES,
  MARMOT_PRINCIPLES,
  MONTHS,
  ORGANISATION_TYPES,
  PLACES,
  SIZE_BANDS,
  THEMES,
} from "../programme/index.js";
import { withdrawSchema } from "./schemas.js";
import { windowState, type ApplicationsService, type SaveOutcome } from "./service.js";
import { LIVE_STATUSES, type ThemeValue } from "./types.js";
import { describeKinds } from "../../platform/file-checks.js";
import type { UploadedFile } from "../../platform/multipart.js";
import { EVIDENCE_DESCRIPTION_FIELD, EVIDENCE_FIELD, EVIDENCE_KINDS, type EvidenceService } from "./evidence.js";
import { readDeclaration, readOrgDetails, readThemeAnswers } from "./forms.js";
import { listField, normaliseShortText } from "../../platform/text.js";
import type { ThemeAnswers } from "./view.js";
import { takeUnsavedAnswers } from "./unsaved.js";

const THEME_SLUGS: Record<string, ThemeValue> = {
  social: "SOCIAL",
  economic: "ECONOMIC",
  environment: "ENVIRONMENT",
  innovation: "INNOVATION",
};
export const slugOfTheme = (theme: string) => theme.toLowerCase();

const options = {
  places: PLACES,
  organisationTypes: ORGANISATION_TYPES,
  sizeBands: SIZE_BANDS,
  themes: THEMES,
  marmot: MARMOT_PRINCIPLES,
  statuses: APPLICATION_STATUSES,
  months: MONTHS,
};

function versionOf(body: unknown): number {
  const raw = textField(body, "version");
  return /^\d+$/.test(raw) ? Number(raw) : -1;
}

const wantsToContinue = (body: unknown) => textField(body, "action") !== "draft";
const cameFromCheck = (req: Request) => textField(req.body, "from") === "check" || req.query.from === "check";

function locked(applicationId: string): HttpError {
  return new HttpError(
    409,
    "This application has been submitted, so it can no longer be changed. You can see where it is on its status page.",
    `locked:${applicationId}`,
  );
}

const closedOnes = <T extends { status: string }>(list: T[]) =>
  list.filter((a) => !(LIVE_STATUSES as readonly string[]).includes(a.status));

export function applicationsRoutes(deps: {
  applications: ApplicationsService;
  evidence: EvidenceService;
  settings: SettingsService;
  /** The decision, appeal and award shown on the status page, once there is a decision. */
  decisionSummary?: (userId: string, applicationId: string) => Promise<unknown>;
}): Router {
  const router = Router();
  const { applications } = deps;
  router.use(["/apply", "/applications"], requireRole("APPLICANT"));
  router.use(["/apply", "/applications"], (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    res.locals.options = options;
    res.locals.placesText = (stored: string) =>
      stored
        .split(",")
        .filter(Boolean)
        .map((value) => PLACES.find((p) => p.value === value)?.label ?? value)
        .join(", ");
    res.locals.periodText = (answers: { startMonth: string; startYear: string; endMonth: string; endYear: string }) => {
      const monthName = (m: string) => MONTHS[Number(m) - 1] ?? m;
      const start = `${monthName(answers.startMonth)} ${answers.startYear}`;
      return answers.endYear ? `${start} to ${monthName(answers.endMonth)} ${answers.endYear}` : `Since ${start}`;
    };
    next();
  });

  const viewOr404 = async (req: Request) => {
    const view = await applications.view(signedInUser(req).id, String(req.params.id));
    if (!view) throw notFound();
    return view;
  };

  /** After a save: 409 for a conflict, 400 for answers that need attention, otherwise onward. */
  function afterSave<T>(
    req: Request,
    res: Response,
    result: SaveOutcome<T> | null,
    render: (status: number, extra: Record<string, unknown>) => void,
  ) {
    const id = String(req.params.id);
    if (!result) throw notFound();
    if (result.outcome === "locked") throw locked(id);
    if (result.outcome === "conflict") {
      return render(409, { conflict: { theirs: result.theirs }, version: result.version });
    }
    const version = versionOf(req.body) + 1;
    if (!wantsToContinue(req.body)) return res.redirect(303, `/applications/${id}?saved=draft`);
    if (!result.completed) return render(400, { errors: result.errors, version });
    res.redirect(303, cameFromCheck(req) ? `/applications/${id}/check-answers` : `/applications/${id}?saved=section`);
  }

  router.get("/apply", async (req, res) => {
    const context = await applications.applicantContext(signedInUser(req).id);
    if (!context) return res.render("applications/no-organisation");
    if (context.liveApplicationId) return res.redirect(303, `/applications/${context.liveApplicationId}`);
    res.render("applications/eligibility", { values: {}, previous: closedOnes(context.applications), options });
  });

  router.post("/apply", async (req, res) => {
    const context = await applications.applicantContext(signedInUser(req).id);
    if (!context) return res.render("applications/no-organisation");
    if (context.liveApplicationId) return res.redirect(303, `/applications/${context.liveApplicationId}`);
    const result = applications.checkEligibility(req.body);
    const values = formBody(req.body);
    if ("errors" in result) {
      return res.status(400).render("applications/eligibility", {
        values,
        errors: result.errors,
        previous: closedOnes(context.applications),
        options,
      });
    }
    if ("ineligible" in result) return res.render("applications/not-eligible", { reason: result.ineligible });
    const started = await applications.start(actorOf(req));
    if (!started) return res.render("applications/no-organisation");
    res.redirect(303, `/applications/${started.id}`);
  });

  router.get("/applications", async (req, res) => {
    const context = await applications.applicantContext(signedInUser(req).id);
    res.render("applications/list", { context, options });
  });

  router.get("/applications/:id", async (req, res) => {
    const view = await viewOr404(req);
    if (!view.editable) return res.redirect(303, `/applications/${view.id}/status`);
    const readiness = await applications.readiness(signedInUser(req).id, view.id);
    res.render("applications/task-list", {
      application: view,
      incomplete: readiness?.incomplete ?? [],
      window: readiness?.window,
      saved: req.query.saved,
      themeSlug: slugOfTheme,
      options,
    });
  });

  // Organisation details
  router.get("/applications/:id/organisation", async (req, res) => {
    const view = await viewOr404(req);
    if (!view.editable) throw locked(view.id);
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/organisation", {
      application: view,
      values: unsaved ? readOrgDetails(unsaved) : view.orgDetails,
      conflict: unsaved ? { theirs: view.orgDetails } : undefined,
      version: view.orgDetailsVersion,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  });
  router.post("/applications/:id/organisation", async (req, res) => {
    const values = readOrgDetails(req.body);
    const result = await applications.saveOrgDetails(actorOf(req), String(req.params.id), values, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/organisation", {
        application: { id: req.params.id },
        values,
        from: textField(req.body, "from"),
        options,
        ...extra,
      });
    });
  });

  // Choose themes
  router.get("/applications/:id/themes", async (req, res) => {
    const view = await viewOr404(req);
    if (!view.editable) throw locked(view.id);
    const settings = await deps.settings.all();
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/themes", {
      application: view,
      values: { chosenThemes: unsaved ? listField(unsaved.chosenThemes) : view.chosenThemes },
      conflict: unsaved ? { theirs: view.chosenThemes } : undefined,
      version: view.themesVersion,
      minimum: settings.award.minimumThemes,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  });
  router.post("/applications/:id/themes", async (req, res) => {
    const chosen = listField(formBody(req.body).chosenThemes);
    const result = await applications.saveThemes(actorOf(req), String(req.params.id), chosen, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    const settings = await deps.settings.all();
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/themes", {
        application: { id: req.params.id },
        values: { chosenThemes: chosen },
        minimum: settings.award.minimumThemes,
        from: textField(req.body, "from"),
        options,
        ...extra,
      });
    });
  });

  // One section per chosen theme
  const themeOf = (req: Request) => {
    const theme = THEME_SLUGS[String(req.params.theme)];
    if (!theme) throw notFound();
    return theme;
  };
  async function renderTheme(
    req: Request,
    res: Response,
    status: number,
    theme: ThemeValue,
    locals: { values?: ThemeAnswers; version?: number; [key: string]: unknown } = {},
  ) {
    const view = await viewOr404(req);
    if (!view.editable) throw locked(view.id);
    const section = view.themes.find((t) => t.theme === theme);
    if (!section) throw notFound();
    const settings = await deps.settings.all();
    res.status(status).render("applications/theme", {
      application: view,
      theme,
      values: section,
      version: section.version,
      evidence: section.evidence,
      limits: settings.award,
      kinds: describeKinds(EVIDENCE_KINDS),
      from: typeof req.query.from === "string" ? req.query.from : textField(req.body, "from"),
      resumed: req.query.resumed,
      notice: req.query.evidence,
      ...locals,
    });
  }

  router.get("/applications/:id/themes/:theme", async (req, res) => {
    const theme = themeOf(req);
    const unsaved = takeUnsavedAnswers(req);
    if (!unsaved) return renderTheme(req, res, 200, theme);
    const view = await viewOr404(req);
    const section = view.themes.find((t) => t.theme === theme);
    await renderTheme(req, res, 200, theme, {
      values: readThemeAnswers(unsaved),
      conflict: section ? { theirs: section } : undefined,
    });
  });

  router.post("/applications/:id/themes/:theme", async (req, res) => {
    const theme = themeOf(req);
    const id = String(req.params.id);
    const base = `/applications/${id}`;
    const actor = actorOf(req);
    const values = readThemeAnswers(req.body);
    const action = textField(req.body, "action");
    const uploading = action === "upload";
    const result = await applications.saveTheme(actor, id, theme, values, {
      version: versionOf(req.body),
      complete: !uploading && wantsToContinue(req.body),
    });
    if (!result) throw notFound();
    if (result.outcome === "locked") throw locked(id);
    if (result.outcome === "conflict") {
      return renderTheme(req, res, 409, theme, {
        values,
        conflict: { theirs: result.theirs },
        version: result.version,
      });
    }

    // The file, if one was chosen, is kept whatever happens to the answers' validation.
    const description = normaliseShortText(formBody(req.body)[EVIDENCE_DESCRIPTION_FIELD]);
    const file = ((req.files as UploadedFile[] | undefined) ?? []).find(
      (f) => f.fieldname === EVIDENCE_FIELD && f.originalname,
    );
    let fileErrors: FieldErrors = {};
    let uploaded = false;
    if (file) {
      const outcome = await deps.evidence.add(actor, id, theme, file, description);
      if (!outcome) throw notFound();
      if (outcome.outcome === "locked") throw locked(id);
      if (outcome.outcome === "invalid") fileErrors = outcome.errors;
      else uploaded = true;
    } else if (uploading) {
      fileErrors = { [EVIDENCE_FIELD]: "Select a file to upload" };
    }

    const version = versionOf(req.body) + 1;
    const answerErrors = !uploading && wantsToContinue(req.body) && !result.completed ? result.errors : {};
    if (Object.keys(fileErrors).length > 0 || Object.keys(answerErrors).length > 0) {
      return renderTheme(req, res, 400, theme, {
        values,
        version,
        errors: { ...answerErrors, ...fileErrors },
        evidenceDescription: uploaded ? "" : description,
        notice: uploaded ? "uploaded" : undefined,
      });
    }
    if (uploading) return res.redirect(303, `${base}/themes/${slugOfTheme(theme)}?evidence=uploaded#evidence`);
    if (!wantsToContinue(req.body)) return res.redirect(303, `${base}?saved=draft`);
    res.redirect(303, cameFromCheck(req) ? `${base}/check-answers` : `${base}?saved=section`);
  });

  // Removing a file asks first, on a page of its own.
  const evidenceFileOf = async (req: Request) => {
    const theme = themeOf(req);
    const view = await viewOr404(req);
    if (!view.editable) throw locked(view.id);
    const file = view.themes.find((t) => t.theme === theme)?.evidence.find((e) => e.id === req.params.fileId);
    if (!file) throw notFound();
    return { theme, view, file };
  };
  router.get("/applications/:id/themes/:theme/evidence/:fileId/remove", async (req, res) => {
    const { theme, view, file } = await evidenceFileOf(req);
    res.render("applications/remove-evidence", { application: view, theme, file, themeSlug: slugOfTheme });
  });
  router.post("/applications/:id/themes/:theme/evidence/:fileId/remove", async (req, res) => {
    const { theme, view, file } = await evidenceFileOf(req);
    const result = await deps.evidence.remove(actorOf(req), view.id, theme, file.id);
    if (!result) throw notFound();
    if (result === "locked") throw locked(view.id);
    res.redirect(303, `/applications/${view.id}/themes/${slugOfTheme(theme)}?evidence=removed#evidence`);
  });

  // Declaration
  router.get("/applications/:id/declaration", async (req, res) => {
    const view = await viewOr404(req);
    if (!view.editable) throw locked(view.id);
    const unsaved = takeUnsavedAnswers(req);
    res.render("applications/declaration", {
      application: view,
      values: unsaved ? readDeclaration(unsaved) : view.declaration,
      conflict: unsaved ? { theirs: view.declaration } : undefined,
      version: view.declarationVersion,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  });
  router.post("/applications/:id/declaration", async (req, res) => {
    const values = readDeclaration(req.body);
    const result = await applications.saveDeclaration(actorOf(req), String(req.params.id), values, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render("applications/declaration", {
        application: { id: req.params.id },
        values,
        from: textField(req.body, "from"),
        ...extra,
      });
    });
  });

  // Check answers and submit
  router.get("/applications/:id/check-answers", async (req, res) => {
    const readiness = await applications.readiness(signedInUser(req).id, String(req.params.id));
    if (!readiness) throw notFound();
    if (!readiness.view.editable) return res.redirect(303, `/applications/${readiness.view.id}/status`);
    res.render("applications/check-answers", {
      application: readiness.view,
      incomplete: readiness.incomplete,
      window: readiness.window,
      decisionWorkingDays: readiness.decisionWorkingDays,
      themeSlug: slugOfTheme,
    });
  });
  router.post("/applications/:id/submit", async (req, res) => {
    const id = String(req.params.id);
    if (!signedInUser(req).emailVerified) {
      // Submitting needs a confirmed email address; drafts can be worked on before that.
      const readiness = await applications.readiness(signedInUser(req).id, id);
      if (!readiness) throw notFound();
      return res.status(403).render("applications/check-answers", {
        application: readiness.view,
        incomplete: readiness.incomplete,
        window: readiness.window,
        decisionWorkingDays: readiness.decisionWorkingDays,
        errors: {
          "incomplete-sections":
            "Confirm your email address before you submit. Use the link we emailed you, or send a new one from your account page.",
        },
        themeSlug: slugOfTheme,
        options,
      });
    }
    const result = await applications.submit(actorOf(req), id);
    if (!result) throw notFound();
    switch (result.outcome) {
      case "submitted":
        return res.redirect(303, `/applications/${id}/status?submitted=1`);
      case "already-submitted":
        return res.redirect(303, `/applications/${id}/status`);
      case "locked":
        throw locked(id);
      case "window-closed":
      case "incomplete": {
        const readiness = await applications.readiness(signedInUser(req).id, id);
        if (!readiness) throw notFound();
        const errors =
          result.outcome === "incomplete"
            ? { "incomplete-sections": `Complete every section before you submit: ${result.sections.join(", ")}` }
            : {
                "incomplete-sections":
                  "Applications cannot be submitted at the moment. You can keep working on your draft.",
              };
        return res.status(400).render("applications/check-answers", {
          application: readiness.view,
          incomplete: readiness.incomplete,
          window: readiness.window,
          decisionWorkingDays: readiness.decisionWorkingDays,
          errors,
          themeSlug: slugOfTheme,
          options,
        });
      }
    }
  });

  // Status, withdrawal and starting again
  router.get("/applications/:id/status", async (req, res) => {
    const view = await viewOr404(req);
    const [settings, decision] = await Promise.all([
      deps.settings.all(),
      deps.decisionSummary?.(signedInUser(req).id, view.id) ?? null,
    ]);
    res.render("applications/status", {
      application: view,
      decision,
      justSubmitted: req.query.submitted === "1",
      decisionWorkingDays: settings.award.decisionWorkingDays,
      window: windowState(settings, new Date()),
    });
  });
  router.get("/applications/:id/withdraw", async (req, res) => {
    const view = await viewOr404(req);
    if (!view.live) return res.redirect(303, `/applications/${view.id}/status`);
    res.render("applications/withdraw", { application: view, values: {} });
  });
  router.post("/applications/:id/withdraw", async (req, res) => {
    const view = await viewOr404(req);
    const input = validate(withdrawSchema, req.body);
    if (!input.ok)
      return res
        .status(400)
        .render("applications/withdraw", { application: view, values: formBody(req.body), errors: input.errors });
    const result = await applications.withdraw(actorOf(req), view.id, input.data.withdrawalReason);
    if (!result) throw notFound();
    if (result === "not-allowed") {
      throw new HttpError(409, "This application can no longer be withdrawn because a decision has been made.");
    }
    res.redirect(303, `/applications/${view.id}/status`);
  });
  router.post("/applications/:id/reapply", async (req, res) => {
    const result = await applications.reapply(actorOf(req), String(req.params.id));
    if (!result) throw notFound();
    if (result === "live-exists") {
      const context = await applications.applicantContext(signedInUser(req).id);
      return res.redirect(303, context?.liveApplicationId ? `/applications/${context.liveApplicationId}` : "/apply");
    }
    res.redirect(303, `/applications/${result.id}?saved=copied`);
  });

  return router;
}
