import type { Request, RequestHandler } from "express";
import { notFound } from "../../../platform/errors.js";
import { MONTHS, PLACES, PROGRAMME_OPTIONS } from "../../programme/index.js";
import type { ThemeValue } from "../types.js";

/** The lists every applicant page chooses from and describes with. */
export const options = PROGRAMME_OPTIONS;

const THEME_SLUGS: Record<string, ThemeValue> = {
  social: "SOCIAL",
  economic: "ECONOMIC",
  environment: "ENVIRONMENT",
  innovation: "INNOVATION",
};
export const slugOfTheme = (theme: string) => theme.toLowerCase();

/** The theme named in the address, or 404 for one that does not exist. */
export function themeOf(req: Request): ThemeValue {
  const theme = THEME_SLUGS[String(req.params.theme)];
  if (!theme) throw notFound();
  return theme;
}

/** Applicant pages are never cached, as they hold the organisation's answers; they share the lists and how answers read. */
export const applicantPageLocals: RequestHandler = (_req, res, next) => {
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
};
