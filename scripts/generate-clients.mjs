// Generates the Prisma clients for both providers (run after every install). The CLI runs on its
// JavaScript engine, so nothing is downloaded.
import { execFileSync } from "node:child_process";

execFileSync("node", ["scripts/sync-schemas.mjs", "--check"], { stdio: "inherit" });
for (const provider of ["sqlite", "postgresql"]) {
  execFileSync("npx", ["prisma", "generate"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, PRISMA_PROVIDER: provider, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
console.log("Generated the Prisma clients for SQLite and PostgreSQL");
