// The settings area's public face: what the app and other areas may use of it.
export { settingsRoutes } from "./routes.js";
export { DEFAULT_SETTINGS, createSettingsService } from "./service.js";
export type { ProgrammeSettings, SettingsService } from "./service.js";
