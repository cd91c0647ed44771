// The archive's README and its file name.
import type { ArchiveEntry } from "./archive.js";

/** The README at the top of the archive: when it was made, and what each file holds. */
export function readme(title: string, files: [string, string][], now: Date): ArchiveEntry {
  const lines = [
    title,
    "",
    `Prepared by the Cheshire and Merseyside Social Value portal on ${now.toISOString()}.`,
    "Dates and times are in UTC (ISO 8601). Lists of values use the portal's codes, such as SOCIAL or LIVERPOOL.",
    "",
    "What each file holds:",
    ...files.map(([name, about]) => `- ${name}: ${about}`),
    "",
    "Not included, because they are security secrets rather than information about you: password hashes,",
    "the codes in sign-in, email and invitation links (kept only as hashes), session identifiers and",
    "session contents.",
    "",
  ];
  return { kind: "text", name: "README.txt", text: lines.join("\n") };
}

const slug = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);

/** `subject-access-<name>-<date>.zip`, with `fallback` for a name that has no letters to show. */
export function archiveFileName(name: string, fallback: string, now: Date): string {
  return `subject-access-${slug(name) || fallback}-${now.toISOString().slice(0, 10)}.zip`;
}
