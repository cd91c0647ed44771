import type { AppDeps } from "./deps.js";
import { seedContent } from "./modules/content/index.js";
import { seedDemo, type DemoAccount } from "./modules/demo/index.js";

export interface Seeded {
  /** Pages and guides added (0 when there was content already). */
  pages: number;
  /** The demo's accounts to sign in as, with their passwords (empty unless the demo was added). */
  accounts: DemoAccount[];
}

/**
 * What an instance adds to the database as it starts: the programme's pages and guides on a
 * database with no content (in every environment), then the demo programme on one with no users
 * where the settings ask for it (never in production). Each is safe when several instances start
 * at once: only one of them writes.
 */
export async function seedOnStart(deps: AppDeps): Promise<Seeded> {
  const { db, now, random, storage, passwords, config } = deps;
  const pages = await seedContent({ db, now, random, storage });
  const demo = config.seedDemoData && !config.isProduction;
  const accounts = demo ? await seedDemo({ db, now, random, passwords }) : [];
  return { pages, accounts };
}
