// Progressive enhancement only: every page works without this file.
import { initAll } from "GOVUK_FRONTEND_PATH";

initAll();
