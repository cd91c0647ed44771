import type { SettingsService } from "../service.js";

export type Deps = { settings: SettingsService };
