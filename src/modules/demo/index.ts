// The demo area's public face: the demo programme seeded on an empty development database.
export type { DemoAccount } from "./accounts.js";
export { seedDemo } from "./seed.js";
export type { DemoSeedDeps } from "./seed.js";
