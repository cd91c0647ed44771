import { Router } from "express";
import { requireRole } from "../../platform/auth.js";
import { formValues, validate } from "../../platform/validation.js";
import {
  applicationWindowSchema,
  awardSchema,
  contactSchema,
  FOOTER_LINK_ROWS,
  footerSchema,
  retentionSchema,
} from "./schemas.js";
import type { ProgrammeSettings, SettingsService } from "./service.js";

function awardValues(award: ProgrammeSettings["award"]): Record<string, unknown> {
  const { weights, applicationWindow: _window, ...rest } = award;
  return { ...rest, ...Object.fromEntries(Object.entries(weights).map(([k, v]) => [`weights-${k}`, v])) };
}

function footerValues(links: ProgrammeSettings["footerLinks"]): Record<string, unknown> {
  return Object.fromEntries(
    links.flatMap((link, i) => [
      [`text-${i}`, link.text],
      [`href-${i}`, link.href],
    ]),
  );
}

/** The lead's pages for the settings kept in the database. */
export function settingsRoutes(deps: { settings: SettingsService }): Router {
  const { settings } = deps;
  const admin = Router();
  admin.use(requireRole("PROGRAMME_LEAD"), (_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });
  admin.get("/", (req, res) => res.render("admin/settings/index", { saved: req.query.saved }));

  admin.get("/contact", async (_req, res) =>
    res.render("admin/settings/contact", { values: await settings.get("contact") }),
  );
  admin.post("/contact", async (req, res) => {
    const parsed = validate(contactSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/contact", { values: formValues(req.body), errors: parsed.errors });
    await settings.set("contact", parsed.data, req.user?.id ?? "");
    res.redirect(303, "/admin/settings?saved=contact");
  });

  admin.get("/award", async (_req, res) =>
    res.render("admin/settings/award", { values: awardValues(await settings.get("award")) }),
  );
  admin.post("/award", async (req, res) => {
    const parsed = validate(awardSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/award", { values: formValues(req.body), errors: parsed.errors });
    const current = await settings.get("award");
    const d = parsed.data;
    await settings.set(
      "award",
      {
        ...current,
        minimumThemes: d.minimumThemes,
        whatChangedWordLimit: d.whatChangedWordLimit,
        differenceWordLimit: d.differenceWordLimit,
        maxFilesPerTheme: d.maxFilesPerTheme,
        maxFileMegabytes: d.maxFileMegabytes,
        weights: {
          outcome: d["weights-outcome"],
          scale: d["weights-scale"],
          localBenefit: d["weights-localBenefit"],
          evidence: d["weights-evidence"],
          sustainability: d["weights-sustainability"],
        },
        recognitionThresholdPercent: d.recognitionThresholdPercent,
        borderlineLowPercent: d.borderlineLowPercent,
        borderlineHighPercent: d.borderlineHighPercent,
        validityYears: d.validityYears,
        decisionWorkingDays: d.decisionWorkingDays,
        appealWorkingDays: d.appealWorkingDays,
      },
      req.user?.id ?? "",
    );
    res.redirect(303, "/admin/settings?saved=award");
  });

  // The application window: drafts are always allowed, submission only between these dates.
  const windowValues = ({ opensOn, closesOn }: ProgrammeSettings["award"]["applicationWindow"]) => {
    const parts = (prefix: string, iso: string | null) => {
      const [year = "", month = "", day = ""] = iso ? iso.split("-") : [];
      return {
        [`${prefix}-day`]: day.replace(/^0/, ""),
        [`${prefix}-month`]: month.replace(/^0/, ""),
        [`${prefix}-year`]: year,
      };
    };
    return { ...parts("opensOn", opensOn), ...parts("closesOn", closesOn) };
  };
  admin.get("/window", async (_req, res) =>
    res.render("admin/settings/window", { values: windowValues((await settings.get("award")).applicationWindow) }),
  );
  admin.post("/window", async (req, res) => {
    const parsed = validate(applicationWindowSchema, req.body);
    if (!parsed.ok)
      return res.status(400).render("admin/settings/window", { values: formValues(req.body), errors: parsed.errors });
    const current = await settings.get("award");
    await settings.set("award", { ...current, applicationWindow: parsed.data }, req.user?.id ?? "");
    res.redirect(303, "/admin/settings?saved=window");
  });

  // How long personal data is kept: applied by the jobs and stated on the privacy notice.
  admin.get("/retention", async (_req, res) =>
    res.render("admin/settings/retention", { values: await settings.get("retention") }),
  );
  admin.post("/retention", async (req, res) => {
    const parsed = validate(retentionSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/settings/retention", { values: formValues(req.body), errors: parsed.errors });
    await settings.set("retention", parsed.data, req.user?.id ?? "");
    res.redirect(303, "/admin/settings?saved=retention");
  });

  const rows = Array.from({ length: FOOTER_LINK_ROWS }, (_, i) => i);
  admin.get("/footer", async (_req, res) =>
    res.render("admin/settings/footer", { rows, values: footerValues(await settings.get("footerLinks")) }),
  );
  admin.post("/footer", async (req, res) => {
    const parsed = validate(footerSchema, req.body);
    if (!parsed.ok)
      return res
        .status(400)
        .render("admin/settings/footer", { rows, values: formValues(req.body), errors: parsed.errors });
    const links = rows
      .map((i) => ({ text: String(parsed.data[`text-${i}`] ?? ""), href: String(parsed.data[`href-${i}`] ?? "") }))
      .filter((link) => link.text && link.href);
    await settings.set("footerLinks", links, req.user?.id ?? "");
    res.redirect(303, "/admin/settings?saved=footer");
  });

  const router = Router();
  router.use("/admin/settings", admin);
  return router;
}
