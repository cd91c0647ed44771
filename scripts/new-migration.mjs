// Writes a new migration for both providers from the change between the schema as it stood at
// the last migration (migrations/schema.snapshot.prisma) and the schema now:
//   npm run db:migration -- add_applications
// Schema to schema, so no database is needed.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name in lower_snake_case>");
  process.exit(1);
}
execFileSync("npx", ["prisma", "format"], { stdio: ["ignore", "ignore", "inherit"] });
execFileSync("node", ["scripts/sync-schemas.mjs"], { stdio: "inherit" });

const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const folder = `${stamp}_${name}`;
let written = 0;
for (const [provider, dir] of [
  ["sqlite", "sqlite"],
  ["postgresql", "postgres"],
]) {
  const schema = path.join("prisma", dir, "schema.prisma");
  const snapshot = path.join("prisma", dir, "migrations", "schema.snapshot.prisma");
  const from = existsSync(snapshot) ? ["--from-schema-datamodel", snapshot] : ["--from-empty"];
  const sql = execFileSync("npx", ["prisma", "migrate", "diff", ...from, "--to-schema-datamodel", schema, "--script"], {
    env: { ...process.env, PRISMA_PROVIDER: provider },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (!/\S/.test(sql.replace(/^--.*$/gm, ""))) {
    console.log(`${dir}: no change`);
    continue;
  }
  const target = path.join("prisma", dir, "migrations", folder);
  mkdirSync(target, { recursive: true });
  writeFileSync(path.join(target, "migration.sql"), sql);
  copyFileSync(schema, snapshot);
  written += 1;
  console.log(`${dir}: wrote ${target}/migration.sql`);
}
if (written === 0) console.log("The schema has not changed since the last migration.");
