import { incompleteSections } from "./completeness.js";
import type { ApplicationsDeps } from "./deps.js";
import { loadForMember, toView } from "./queries.js";
import type { ApplicationView } from "./view.js";
import { windowState } from "./window.js";

/** The application as the person sees it, if they are a member of its organisation. */
export async function view({ prisma }: ApplicationsDeps, userId: string, applicationId: string) {
  const row = await loadForMember(prisma, userId, applicationId);
  return row ? toView(row) : null;
}

/** What stands between the application and its submission. */
export async function readiness(
  { prisma, settings: settingsService, now }: ApplicationsDeps,
  userId: string,
  applicationId: string,
) {
  const row = await loadForMember(prisma, userId, applicationId);
  if (!row) return null;
  const settings = await settingsService.all();
  const application = toView(row);
  return {
    view: application,
    incomplete: incompleteSections(application, settings, now()),
    window: windowState(settings, now()),
    decisionWorkingDays: settings.award.decisionWorkingDays,
  };
}

/** Where the application is, with what the status page says about the programme's timings. */
export async function progress(
  deps: ApplicationsDeps,
  userId: string,
  applicationId: string,
): Promise<{ view: ApplicationView; decisionWorkingDays: number; window: ReturnType<typeof windowState> } | null> {
  const application = await view(deps, userId, applicationId);
  if (!application) return null;
  const settings = await deps.settings.all();
  return {
    view: application,
    decisionWorkingDays: settings.award.decisionWorkingDays,
    window: windowState(settings, deps.now()),
  };
}
