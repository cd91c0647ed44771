// The demo area's public face: the demo seeded on an empty development database.
export { seedDemo } from "./seed.js";
export type { DemoAccount, DemoSeedDeps } from "./seed.js";
