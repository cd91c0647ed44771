import { formBody, textField } from "../../platform/validation.js";
import { joinList, listField, normaliseLongText, normaliseShortText } from "../../platform/text.js";
import { ORG_DETAIL_FIELDS, THEME_FIELDS, type Declaration, type OrgDetails, type ThemeAnswers } from "./view.js";

// Reading each section's form: every field as typed, tidied, and never rejected here (the
// service validates), so that a draft keeps everything.

export function readOrgDetails(body: unknown): OrgDetails {
  const answers = Object.fromEntries(
    ORG_DETAIL_FIELDS.map((f) => [f, normaliseShortText(formBody(body)[f])]),
  ) as unknown as OrgDetails;
  answers.orgPlaces = joinList(listField(formBody(body).orgPlaces));
  return answers;
}

export function readThemeAnswers(body: unknown): ThemeAnswers {
  const fields = formBody(body);
  const answers = Object.fromEntries(
    THEME_FIELDS.map((f) => [f, normaliseShortText(fields[f])]),
  ) as unknown as ThemeAnswers;
  answers.whatChanged = normaliseLongText(fields.whatChanged);
  answers.difference = normaliseLongText(fields.difference);
  answers.places = joinList(listField(fields.places));
  answers.marmotPrinciples = joinList(listField(fields.marmotPrinciples));
  return answers;
}

export function readDeclaration(body: unknown): Declaration {
  return {
    declarationName: normaliseShortText(formBody(body).declarationName),
    declarationRole: normaliseShortText(formBody(body).declarationRole),
    declarationConfirmed: textField(body, "declarationConfirmed") === "yes",
  };
}
