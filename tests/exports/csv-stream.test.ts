import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { inBatches } from "../../src/platform/batches.js";
import { csvCell, csvRow } from "../../src/platform/csv.js";
import { csvFileName, streamCsv, type CsvStreamResult } from "../../src/platform/csv-stream.js";

describe("CSV cells", () => {
  it("quotes every cell, doubles quotes, keeps line breaks inside the quotes", () => {
    expect(csvRow(["a,b", 'say "hi"', "two\r\nlines", "", null, undefined])).toBe(
      '"a,b","say ""hi""","two\r\nlines","","",""\r\n',
    );
  });

  it("neutralises text that starts like a formula, but leaves numbers alone", () => {
    expect(csvCell("=1+1")).toBe(`"'=1+1"`);
    expect(csvCell("+44 151")).toBe(`"'+44 151"`);
    expect(csvCell("-5")).toBe(`"'-5"`);
    expect(csvCell("@SUM(A1)")).toBe(`"'@SUM(A1)"`);
    expect(csvCell("\tTab")).toBe(`"'\tTab"`);
    expect(csvCell("\rReturn")).toBe(`"'\rReturn"`);
    expect(csvCell("a=b")).toBe(`"a=b"`);
    expect(csvCell(-5)).toBe(`"-5"`);
    expect(csvCell(87.5)).toBe(`"87.5"`);
  });

  it("dates the file name with the day in the UK", () => {
    // 00:30 on 1 July in London is still 30 June in UTC.
    expect(csvFileName("awards", new Date("2026-06-30T23:30:00Z"))).toBe("awards-2026-07-01.csv");
    expect(csvFileName("awards", new Date("2026-12-31T23:30:00Z"))).toBe("awards-2026-12-31.csv");
  });
});

describe("reading in batches", () => {
  it("asks for each batch after the last id of the one before, and stops at a short batch", async () => {
    const ids = ["a", "b", "c", "d", "e"];
    const asked: (string | undefined)[] = [];
    const fetchBatch = (after: string | undefined, take: number) => {
      asked.push(after);
      return Promise.resolve(
        ids
          .filter((id) => after === undefined || id > after)
          .slice(0, take)
          .map((id) => ({ id })),
      );
    };
    const seen: string[] = [];
    for await (const row of inBatches(fetchBatch, 2)) seen.push(row.id);
    expect(seen).toEqual(ids);
    expect(asked).toEqual([undefined, "b", "d"]);
  });

  it("stops asking when the reader stops", async () => {
    const asked: (string | undefined)[] = [];
    let next = 0;
    const endless = (after: string | undefined, take: number) => {
      asked.push(after);
      return Promise.resolve(Array.from({ length: take }, () => ({ id: String(next++).padStart(8, "0") })));
    };
    let read = 0;
    for await (const _row of inBatches(endless, 3)) {
      read += 1;
      if (read === 4) break;
    }
    expect(asked).toEqual([undefined, "00000002"]);
  });
});

describe("streaming a download", () => {
  it("stops reading rows when the client goes away", async () => {
    let pulled = 0;
    let finished = false;
    async function* endless() {
      try {
        for (;;) {
          pulled += 1;
          // Like a database read: the rows arrive asynchronously.
          await new Promise((resolve) => setImmediate(resolve));
          yield [pulled, "x".repeat(500)];
        }
      } finally {
        finished = true;
      }
    }
    let result!: Promise<CsvStreamResult>;
    const app = express();
    app.get("/file.csv", (_req, res) => {
      result = streamCsv(res, { fileName: "endless.csv", header: ["n", "text"], rows: endless() });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const firstChunk = await new Promise<string>((resolve, reject) => {
        const request = http.get(`http://127.0.0.1:${port}/file.csv`, (response) => {
          response.once("data", (chunk: Buffer) => {
            resolve(chunk.toString("utf8"));
            request.destroy();
          });
        });
        request.on("error", (error) => {
          if (!(error as NodeJS.ErrnoException).code?.startsWith("ECONNRESET")) reject(error);
        });
      });
      expect(firstChunk.startsWith('\ufeff"n","text"\r\n')).toBe(true);
      const outcome = await result;
      expect(outcome.complete).toBe(false);
      expect(finished).toBe(true);
      const pulledAtEnd = pulled;
      await new Promise((resolve) => setImmediate(resolve));
      expect(pulled).toBe(pulledAtEnd);
    } finally {
      server.close();
    }
  });

  it("sends the headers of a download and ends a finite file", async () => {
    async function* two() {
      for (const row of [
        ["1", "Siân"],
        ["2", "=2+2"],
      ]) {
        await Promise.resolve();
        yield row;
      }
    }
    let result!: Promise<CsvStreamResult>;
    const app = express();
    app.get("/file.csv", (_req, res) => {
      result = streamCsv(res, { fileName: "two-2026-01-01.csv", header: ["n", "name"], rows: two() });
    });
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/file.csv`);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("content-disposition")).toBe('attachment; filename="two-2026-01-01.csv"');
      expect(response.headers.get("cache-control")).toBe("no-store");
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(bytes.toString("utf8")).toBe('\ufeff"n","name"\r\n"1","Siân"\r\n"2","\'=2+2"\r\n');
      expect(await result).toEqual({ rows: 2, complete: true });
    } finally {
      server.close();
    }
  });
});
