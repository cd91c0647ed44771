import type { ProgrammeSettings } from "../settings/index.js";

/** Today's date in the UK as YYYY-MM-DD. */
function londonDate(now: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" }).format(now);
}

export function windowState(settings: ProgrammeSettings, now: Date) {
  const { opensOn, closesOn } = settings.award.applicationWindow;
  const today = londonDate(now);
  const open = (!opensOn || today >= opensOn) && (!closesOn || today <= closesOn);
  return { open, opensOn, closesOn, notYetOpen: Boolean(opensOn && today < opensOn) };
}
