import { statSync } from "node:fs";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import type { DatabaseProvider } from "../../config.js";
import { PrismaClient as PostgresClient } from "../../generated/postgres/client.js";
import { PrismaClient as SqliteClient } from "../../generated/sqlite/client.js";
import { sqliteFilePath } from "./sqlite-path.js";

export type { Prisma } from "../../generated/sqlite/client.js";
export { Role } from "../../generated/sqlite/enums.js";
export type { Role as RoleValue } from "../../generated/sqlite/enums.js";

/**
 * The two generated clients have the same API; the SQLite one's type stands for both so that
 * services are written once.
 */
export type Db = SqliteClient;

/** A transaction's client, as Prisma hands it to the callback of `$transaction`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface Database {
  readonly provider: DatabaseProvider;
  readonly prisma: Db;
  /** Resolves true when the database answers a query within the time limit. */
  ping(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** Called with each SQL statement the client sends, for counting queries in benchmarks. */
  onQuery?: (sql: string) => void;
}

export function createDatabase(provider: DatabaseProvider, url: string, options: DatabaseOptions = {}): Database {
  let prisma: Db;
  const log = options.onQuery ? ([{ emit: "event", level: "query" }] as const) : undefined;
  let fileGone: () => boolean = () => false;
  if (provider === "sqlite") {
    const file = sqliteFilePath(url);
    prisma = new SqliteClient({
      adapter: new PrismaBetterSQLite3({ url: file }),
      ...(log ? { log: [...log] } : {}),
    });
    // An open SQLite handle keeps answering after its file is deleted or its volume goes, so the
    // health check also asks whether the file is still where the portal expects it.
    fileGone = () => {
      if (file === ":memory:") return false;
      try {
        statSync(file);
        return false;
      } catch {
        return true;
      }
    };
  } else {
    prisma = new PostgresClient({
      adapter: new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000 }),
      ...(log ? { log: [...log] } : {}),
    }) as unknown as Db;
  }

  if (options.onQuery) {
    const onQuery = options.onQuery;
    (prisma as unknown as { $on(event: "query", listener: (e: { query: string }) => void): void }).$on("query", (e) =>
      onQuery(e.query),
    );
  }

  return {
    provider,
    prisma,
    async ping(timeoutMs = 2_000) {
      if (fileGone()) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([prisma.$queryRaw`SELECT 1`.then(() => true), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {
      await prisma.$disconnect();
    },
  };
}
