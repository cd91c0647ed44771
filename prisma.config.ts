import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";

// The CLI runs on its JavaScript engine through a driver adapter, so it needs no native binary.
// It is used to generate the clients and to write migration SQL from schema to schema; the
// portal applies migrations itself (src/platform/db/migrate.ts).
const provider = process.env.PRISMA_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
const schema = path.join("prisma", provider === "postgresql" ? "postgres" : "sqlite", "schema.prisma");

export default defineConfig({
  schema,
  engine: "js",
  experimental: { adapter: true },
  adapter: () =>
    Promise.resolve(
      provider === "postgresql"
        ? new PrismaPg({
            connectionString: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres",
          })
        : new PrismaBetterSQLite3({ url: process.env.PRISMA_CLI_SQLITE_URL ?? "file::memory:" }),
    ),
});
