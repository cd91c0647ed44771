import type { RequestHandler } from "express";
import type { Actor } from "../../../platform/auth.js";
import { actorOf } from "../../../platform/auth.js";
import { textField } from "../../../platform/validation.js";
import type { SaveOptions, SaveOutcome } from "../save-sections.js";
import type { ApplicationsService } from "../service.js";
import { takeUnsavedAnswers } from "../unsaved.js";
import { afterSave, locked, versionOf, viewOr404, wantsToContinue } from "./saving.js";

type Deps = { applications: ApplicationsService };
type ApplicationView = Awaited<ReturnType<typeof viewOr404>>;

/** A section of the application answered on one page: the organisation's details or the declaration. */
export interface SectionPage<T> {
  /** The answers as the form sent them, checked field by field. */
  read: (body: unknown) => T;
  /** The saved answers and the version they were saved at. */
  saved: (application: ApplicationView) => { answers: T; version: number };
  save: (
    applications: ApplicationsService,
  ) => (actor: Actor, applicationId: string, answers: T, saving: SaveOptions) => Promise<SaveOutcome<T> | null>;
  /** What else the template needs, such as its option lists. */
  locals?: Record<string, unknown>;
}

/**
 * The page's two handlers. The form shows the saved answers, or the person's own answers beside
 * another member's when both changed the section at once; the save keeps a draft or completes it.
 */
/** `view` is the page's template under views/. */
export function sectionPage<T>({ applications }: Deps, view: string, page: SectionPage<T>) {
  const show: RequestHandler = async (req, res) => {
    const application = await viewOr404(applications, req);
    if (!application.editable) throw locked(application.id);
    const { answers, version } = page.saved(application);
    const unsaved = takeUnsavedAnswers(req);
    res.render(view, {
      ...page.locals,
      application,
      values: unsaved ? page.read(unsaved) : answers,
      conflict: unsaved ? { theirs: answers } : undefined,
      version,
      resumed: req.query.resumed,
      from: req.query.from,
    });
  };
  const save: RequestHandler = async (req, res) => {
    const values = page.read(req.body);
    const result = await page.save(applications)(actorOf(req), String(req.params.id), values, {
      version: versionOf(req.body),
      complete: wantsToContinue(req.body),
    });
    afterSave(req, res, result, (status, extra) => {
      res.status(status).render(view, {
        ...page.locals,
        application: { id: req.params.id },
        values,
        from: textField(req.body, "from"),
        ...extra,
      });
    });
  };
  return { show, save };
}
