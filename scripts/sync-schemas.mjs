// Writes prisma/postgres/schema.prisma from prisma/sqlite/schema.prisma. The SQLite schema is the
// one to edit; only the datasource and the client's output folder differ. The URL in the
// datasource is a placeholder: the driver adapter is given the real one at run time.
// `node scripts/sync-schemas.mjs --check` exits 1 when the PostgreSQL schema is out of date.
import { readFileSync, writeFileSync } from "node:fs";

export function postgresSchemaFrom(sqliteSchema) {
  return sqliteSchema
    .replace(/(output\s*=\s*)"\.\.\/\.\.\/src\/generated\/sqlite"/, '$1"../../src/generated/postgres"')
    .replace(/(provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(url\s*=\s*)"file:[^"]*"/, '$1"postgresql://localhost/portal"')
    .replace(
      /^\/\/ The SQLite schema is the source of truth\.[^\n]*\n[^\n]*\n/m,
      "// Generated from prisma/sqlite/schema.prisma by `npm run db:sync-schemas`. Do not edit.\n",
    );
}

const sqlite = readFileSync("prisma/sqlite/schema.prisma", "utf8");
const wanted = postgresSchemaFrom(sqlite);
if (process.argv.includes("--check")) {
  const current = readFileSync("prisma/postgres/schema.prisma", "utf8");
  if (current !== wanted) {
    console.error("prisma/postgres/schema.prisma is out of date: run npm run db:sync-schemas");
    process.exit(1);
  }
} else {
  writeFileSync("prisma/postgres/schema.prisma", wanted);
}
