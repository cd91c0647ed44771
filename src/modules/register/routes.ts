import { Router } from "express";
import { downloadCsv, downloadJson } from "./pages/downloads.js";
import { showAboutTheData, showRegister } from "./pages/register-page.js";
import type { RegisterService } from "./service.js";

/** The public register of award holders, as a page, CSV and JSON. Public, and the same for everyone. */
export function registerRoutes(deps: { register: RegisterService }): Router {
  const router = Router();
  router.get("/register", showRegister(deps));
  router.get("/register/about-the-data", showAboutTheData());
  router.get("/register.csv", downloadCsv(deps));
  router.get("/register.json", downloadJson(deps));
  return router;
}
