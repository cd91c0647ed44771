import { csvRow } from "../../platform/csv.js";
import { ORGANISATION_TYPES, PLACES, THEMES, labelOf } from "../programme/index.js";
import type { RegisterEntry } from "./service.js";

// The register's two download formats, written a piece at a time so that a long register streams.
// The pages that offer the files count their sizes with these same functions.

export interface RegisterFormat {
  /** The file's first bytes, before any entry. */
  start: string;
  /** One entry; `index` counts from 0. */
  entry(entry: RegisterEntry, index: number): string;
  /** The file's last bytes, after every entry. */
  end: string;
}

/** A spreadsheet: UTF-8 with a byte order mark (so that Excel reads it as UTF-8), CRLF, every cell quoted. */
export const CSV_FORMAT: RegisterFormat = {
  start: "\ufeff" + csvRow(["Organisation", "Sector", "Places", "Themes", "Awarded", "Expires"]),
  entry: (e) => csvRow([e.organisation, e.sector, e.places.join("; "), e.themes.join("; "), e.awarded, e.expires]),
  end: "",
};

/** `{"awardHolders":[…]}`, one object per entry. */
export const JSON_FORMAT: RegisterFormat = {
  start: '{"awardHolders":[',
  entry: (e, index) => (index === 0 ? "" : ",") + JSON.stringify(e),
  end: "]}",
};

/** The open licence the register is published under. */
export const REGISTER_LICENCE = {
  name: "Open Government Licence v3.0",
  href: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
  attribution: "Contains public sector information licensed under the Open Government Licence v3.0.",
};

/** What each field of the downloads holds, for the page that describes them. */
export const REGISTER_FIELDS = [
  {
    csv: "Organisation",
    json: "organisation",
    type: "Text",
    description: "The award holder's name, as it appears on its certificate.",
    example: "Mersey Community Trust",
  },
  {
    csv: "Sector",
    json: "sector",
    type: "Text, one of the values listed",
    description: "The kind of organisation.",
    values: ORGANISATION_TYPES.map((o) => o.label),
    example: labelOf(ORGANISATION_TYPES, "VCFSE"),
  },
  {
    csv: "Places",
    json: "places",
    type: "A list of the values listed: in the CSV separated by a semicolon and a space, in the JSON an array",
    description: "The places of Cheshire and Merseyside the organisation works in.",
    values: PLACES.map((p) => p.label),
    example: "Liverpool; Knowsley",
  },
  {
    csv: "Themes",
    json: "themes",
    type: "A list of the values listed: in the CSV separated by a semicolon and a space, in the JSON an array",
    description: "The themes the award recognises.",
    values: THEMES.map((t) => t.label),
    example: "Social; Economic",
  },
  {
    csv: "Awarded",
    json: "awarded",
    type: "Date, as YYYY-MM-DD",
    description: "The day the award was decided.",
    example: "2026-06-01",
  },
  {
    csv: "Expires",
    json: "expires",
    type: "Date, as YYYY-MM-DD",
    description: "The day the award ends. An award that has ended, or has been revoked, is no longer listed.",
    example: "2031-06-01",
  },
];
