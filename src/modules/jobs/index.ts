// The jobs area's public face: what the app and other areas may use of it.
export { ABANDONED_AFTER_MS } from "./run.js";
export { createJobs } from "./service.js";
export type { Jobs } from "./service.js";
