import { ukDate } from "../../platform/working-days.js";
import type { ProgrammeSettings } from "../settings/index.js";

export function windowState(settings: ProgrammeSettings, now: Date) {
  const { opensOn, closesOn } = settings.award.applicationWindow;
  const today = ukDate(now);
  const open = (!opensOn || today >= opensOn) && (!closesOn || today <= closesOn);
  return { open, opensOn, closesOn, notYetOpen: Boolean(opensOn && today < opensOn) };
}
