// createApp(deps): the Express app as an ordered list of steps, each set up by a small function.
import path from "node:path";
import express, { type Express, type RequestHandler } from "express";
import session from "express-session";
import type { AppDeps } from "./deps.js";
import { createPassport, SESSION_COOKIE } from "./modules/accounts/index.js";
import { signInToSave } from "./modules/applications/index.js";
import { healthRoutes } from "./modules/health/index.js";
import { setUpRoutes } from "./routes.js";
import { ASSET_BUILD_FOLDER } from "./platform/assets.js";
import { createCsrf } from "./platform/csrf.js";
import { errorHandler } from "./platform/error-handler.js";
import { notFound } from "./platform/errors.js";
import { requestLogger } from "./platform/logging.js";
import { multipartParser } from "./platform/multipart.js";
import { setUpNunjucks } from "./platform/nunjucks.js";
import { fromRoot } from "./platform/paths.js";
import { permissionsPolicy, securityHeaders } from "./platform/security.js";

export { createDeps, type AppDeps, type DepsOverrides } from "./deps.js";

const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

export function createApp(deps: AppDeps): Express {
  const { config } = deps;
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  setUpNunjucks(app, deps.assets);

  app.use(requestLogger(deps.logger));
  app.use(healthRoutes(deps.db));
  app.use(securityHeaders({ isProduction: config.isProduction }), permissionsPolicy);
  app.use(staticAssets());
  app.use(express.urlencoded({ extended: false, limit: config.bodyLimitBytes, parameterLimit: 500 }));
  app.use(express.json({ limit: config.bodyLimitBytes }));
  app.use(sessions(deps));

  const passport = createPassport(deps.accounts);
  app.use(passport.initialize());
  app.use(passport.session());

  const csrf = createCsrf();
  app.use(uploads(deps, (req) => csrf.isValid(req)));
  app.use(csrf.exposeToken);
  app.use(csrf.protect);
  app.use(currentUser);
  app.use(footerLinks(deps));

  setUpRoutes(app, deps, passport);

  app.use((_req, _res, next) => next(notFound()));
  app.use(signInToSave(config.session.secret));
  app.use(errorHandler({ isProduction: config.isProduction }));
  return app;
}

/** Multipart forms: files are kept only for a request whose CSRF token is valid. */
function uploads(deps: AppDeps, acceptFilesFor: (req: express.Request) => boolean): RequestHandler {
  const { config } = deps;
  return multipartParser({
    temporaryFolder: path.resolve(fromRoot(config.uploadDir), "tmp"),
    // The highest limit any form may have: the lead may allow evidence files of up to 100 MB.
    maxFileBytes: Math.max(config.uploadMaxBytes, MAX_EVIDENCE_BYTES),
    maxFiles: 10,
    maxFieldBytes: config.bodyLimitBytes,
    acceptFilesFor,
  });
}

function staticAssets(): RequestHandler {
  const router = express.Router();
  // Built files carry a hash of their content in their name, so they never change.
  router.use(
    "/assets",
    express.static(ASSET_BUILD_FOLDER, { immutable: true, maxAge: "365d", index: false, fallthrough: true }),
  );
  router.use("/assets/images", express.static(fromRoot("public", "images"), { maxAge: "1d", index: false }));
  return router;
}

function sessions(deps: AppDeps): RequestHandler {
  return session({
    name: SESSION_COOKIE,
    secret: deps.config.session.secret,
    store: deps.sessionStore,
    resave: false,
    // No session, and no cookie, until something is stored in one (a form's token, a sign-in).
    saveUninitialized: false,
    rolling: true,
    proxy: deps.config.trustProxy !== false ? true : undefined,
    cookie: {
      httpOnly: true,
      sameSite: "lax",
      secure: deps.config.session.secureCookie,
      maxAge: deps.config.session.idleMinutes * 60_000,
      path: "/",
    },
  });
}

const currentUser: RequestHandler = (req, res, next) => {
  res.locals.currentUser = req.user ?? null;
  res.locals.currentPath = req.path;
  next();
};

/** The lead's footer links, read for each page (settings live in the database, not in memory). */
function footerLinks(deps: AppDeps): RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD" && req.method !== "POST") return next();
    deps.settings.get("footerLinks").then(
      (links) => {
        res.locals.footerLinks = links;
        next();
      },
      (error: unknown) => next(error),
    );
  };
}
