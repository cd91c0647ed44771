import { ukDate as ukCalendarDate } from "../../platform/working-days.js";
import { labelOf, ORGANISATION_TYPES, PLACES, type Option } from "../programme/index.js";
import type { Column } from "./definition.js";

export const ukDate = (instant: Date | null | undefined) => (instant ? ukCalendarDate(instant) : "");

export const yesNo = (value: boolean) => (value ? "Yes" : "No");

export const labels = (options: readonly Option[], values: readonly string[]) =>
  options
    .filter((option) => values.includes(option.value))
    .map((option) => option.label)
    .join("; ");

/** The rows after the last one of the batch before, if any. */
export const after = (id: string | undefined) => (id ? { id: { gt: id } } : {});

type WithOrganisation = { organisation: { type: string; places: { place: string }[] } };

/** The organisation's sector and places, as the register and the charter exports both give them. */
export function organisationColumns<R extends WithOrganisation>(): Column<R>[] {
  return [
    {
      header: "Sector",
      meaning: "The type of organisation.",
      value: (r) => labelOf(ORGANISATION_TYPES, r.organisation.type),
    },
    {
      header: "Places",
      meaning: "The places it works in, separated by semicolons.",
      value: (r) =>
        labels(
          PLACES,
          r.organisation.places.map((p) => p.place),
        ),
    },
  ];
}
