import { formatFileSize } from "../../platform/file-checks.js";
import { CSV_FORMAT, JSON_FORMAT, type RegisterFormat } from "./formats.js";
import type { RegisterFilters } from "./schemas.js";
import type { RegisterEntry } from "./service.js";

type Entries = (filters: Omit<RegisterFilters, "page">) => AsyncIterable<RegisterEntry>;

export interface RegisterDownload {
  href: string;
  bytes: number;
  size: string;
}

/**
 * The register's CSV and JSON files for these filters, with their exact sizes: counted by
 * writing each entry with the same formats the downloads use, without keeping the files.
 */
export async function registerDownloads(
  entries: Entries,
  filters: Omit<RegisterFilters, "page">,
  query: string,
): Promise<{ csv: RegisterDownload; json: RegisterDownload }> {
  const bytes = (text: string) => Buffer.byteLength(text, "utf8");
  let csv = bytes(CSV_FORMAT.start) + bytes(CSV_FORMAT.end);
  let json = bytes(JSON_FORMAT.start) + bytes(JSON_FORMAT.end);
  let index = 0;
  for await (const entry of entries(filters)) {
    csv += bytes(CSV_FORMAT.entry(entry, index));
    json += bytes(JSON_FORMAT.entry(entry, index));
    index += 1;
  }
  const download = (extension: string, size: number) => ({
    href: `/register.${extension}${query ? `?${query}` : ""}`,
    bytes: size,
    size: formatFileSize(size),
  });
  return { csv: download("csv", csv), json: download("json", json) };
}

/** Writes a whole file, waiting whenever the client is slower than the database. */
export async function writeRegister(
  out: { write(chunk: string): boolean; once(event: "drain", listener: () => void): unknown; end(): unknown },
  format: RegisterFormat,
  entries: AsyncIterable<RegisterEntry>,
): Promise<void> {
  const write = async (chunk: string) => {
    if (chunk && !out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", resolve));
  };
  await write(format.start);
  let index = 0;
  for await (const entry of entries) await write(format.entry(entry, index++));
  await write(format.end);
  out.end();
}
