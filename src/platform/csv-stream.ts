import type { Response } from "express";
import { csvRow, type CsvValue } from "./csv.js";
import { ukDate } from "./working-days.js";

export interface CsvDownload {
  /** The name the browser saves the file under, such as applications-2026-12-01.csv (see csvFileName). */
  fileName: string;
  header: readonly string[];
  rows: AsyncIterable<readonly CsvValue[]>;
}

export interface CsvStreamResult {
  /** Data rows written, not counting the header. */
  rows: number;
  /** False when the client went away before the end. */
  complete: boolean;
}

/** The download's file name, dated with today's date in the UK. */
export function csvFileName(name: string, now: Date): string {
  return `${name}-${ukDate(now)}.csv`;
}

/**
 * Streams a CSV download row by row: UTF-8 with a byte order mark (so that Excel reads it as
 * UTF-8), CRLF line ends, every cell quoted, formulas neutralised. Each write waits while the
 * client is slower than the database ('drain'), so only a few rows are ever held in memory; if the
 * client goes away the rows stop being read (and so the database stops being queried).
 */
export async function streamCsv(res: Response, download: CsvDownload): Promise<CsvStreamResult> {
  let gone = false;
  const onClose = () => {
    if (!res.writableFinished) gone = true;
  };
  res.once("close", onClose);

  /** Writes a chunk; resolves when the client can take more, or has gone. */
  const write = (chunk: string): Promise<void> | void => {
    if (res.write(chunk)) return;
    return new Promise<void>((resolve) => {
      const done = () => {
        res.off("drain", done);
        res.off("close", done);
        resolve();
      };
      res.on("drain", done);
      res.on("close", done);
    });
  };

  res.status(200).set({
    "Content-Type": "text/csv; charset=utf-8",
    "Content-Disposition": `attachment; filename="${download.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    "Cache-Control": "no-store",
  });
  let rows = 0;
  try {
    await write("\ufeff" + csvRow(download.header));
    if (gone) return { rows, complete: false };
    for await (const row of download.rows) {
      await write(csvRow(row));
      rows += 1;
      // Leaving the loop calls the iterator's return(), which ends the batched queries.
      if (gone) return { rows, complete: false };
    }
    res.end();
    return { rows, complete: true };
  } finally {
    res.off("close", onClose);
  }
}
