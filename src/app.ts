import path from "node:path";
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from "express";
import session from "express-session";
import type { Config } from "./config.js";
import {
  accountsRoutes,
  type AccountsService,
  createAccountsService,
  createPassport,
  SESSION_COOKIE,
} from "./modules/accounts/index.js";
import { adminRoutes } from "./modules/admin/index.js";
import { auditLogRoutes, type AuditLogService, createAuditLogService } from "./modules/audit-log/index.js";
import {
  applicationsRoutes,
  type ApplicationsService,
  createApplicationsService,
  createEvidenceService,
  evidenceDownloadRoutes,
  type EvidenceService,
  resumePendingSave,
  signInToSave,
} from "./modules/applications/index.js";
import { assessmentRoutes, type AssessmentService, createAssessmentService } from "./modules/assessment/index.js";
import { awardsRoutes, type AwardsService, createAwardsService } from "./modules/awards/index.js";
import { createDashboardService, dashboardRoutes, type DashboardService } from "./modules/dashboard/index.js";
import { createDecisionsService, decisionsRoutes, type DecisionsService } from "./modules/decisions/index.js";
import { createDataProtection, type DataProtection, dataProtectionRoutes } from "./modules/data-protection/index.js";
import { devRoutes } from "./modules/dev/index.js";
import { createExportsService, exportsRoutes, type ExportsService } from "./modules/exports/index.js";
import { createJobs, type Jobs } from "./modules/jobs/index.js";
import { healthRoutes } from "./modules/health/index.js";
import { createInvitationsService, invitationsRoutes, type InvitationsService } from "./modules/invitations/index.js";
import {
  createOrganisationsAdminService,
  createOrganisationsService,
  organisationsAdminRoutes,
  type OrganisationsAdminService,
  organisationsRoutes,
  type OrganisationsService,
} from "./modules/organisations/index.js";
import {
  createSubjectAccessService,
  subjectAccessRoutes,
  type SubjectAccessService,
} from "./modules/subject-access/index.js";
import { createSettingsService, settingsRoutes, type SettingsService } from "./modules/settings/index.js";
import { championsRoutes, type ChampionsService, createChampionsService } from "./modules/champions/index.js";
import { charterRoutes, type CharterService, createCharterService } from "./modules/charter/index.js";
import {
  contentAdminRoutes,
  contentRoutes,
  type ContentService,
  createContentService,
  publicPathOf,
} from "./modules/content/index.js";
import { createSearchService, searchRoutes, type SearchService } from "./modules/search/index.js";
import { createRegisterService, registerRoutes, type RegisterService } from "./modules/register/index.js";
import { createSignUpService, signUpRoutes, type SignUpService } from "./modules/sign-up/index.js";
import { createUsersService, usersRoutes, type UsersService } from "./modules/users/index.js";
import { ASSET_BUILD_FOLDER, loadAssetManifest, type AssetManifest } from "./platform/assets.js";
import { createCsrf } from "./platform/csrf.js";
import type { Database } from "./platform/db/index.js";
import { HttpError, notFound } from "./platform/errors.js";
import { type Logger, requestLogger } from "./platform/logging.js";
import { createMailer, type Mailer } from "./platform/mail.js";
import { multipartParser } from "./platform/multipart.js";
import { SERVICE_NAME, setUpNunjucks } from "./platform/nunjucks.js";
import { createPasswordHasher, type PasswordHasher } from "./platform/passwords.js";
import { createLocalStorage, type FileStorage } from "./platform/storage.js";
import { fromRoot } from "./platform/paths.js";
import { permissionsPolicy, securityHeaders } from "./platform/security.js";
import { DatabaseSessionStore } from "./platform/session-store.js";

const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

export interface AppDeps {
  config: Config;
  logger: Logger;
  db: Database;
  sessionStore: DatabaseSessionStore;
  passwords: PasswordHasher;
  accounts: AccountsService;
  signUp: SignUpService;
  invitations: InvitationsService;
  organisations: OrganisationsService;
  users: UsersService;
  organisationsAdmin: OrganisationsAdminService;
  subjectAccess: SubjectAccessService;
  settings: SettingsService;
  mailer: Mailer;
  applications: ApplicationsService;
  assessment: AssessmentService;
  decisions: DecisionsService;
  awards: AwardsService;
  register: RegisterService;
  jobs: Jobs;
  dataProtection: DataProtection;
  evidence: EvidenceService;
  assets: AssetManifest;
  storage: FileStorage;
  content: ContentService;
  search: SearchService;
  champions: ChampionsService;
  charter: CharterService;
  dashboard: DashboardService;
  exports: ExportsService;
  auditLog: AuditLogService;
}

/** What createDeps builds by default and a caller may pass in instead. */
export interface DepsOverrides {
  /** Production cost unless given: tests pass a cheaper hasher so that fixtures are quick to make. */
  passwords?: PasswordHasher;
  /** The built styles' and scripts' names; read from public/build unless given. */
  assets?: AssetManifest;
}

/** Builds what the app needs from configuration; tests pass their own pieces to createApp. */
export function createDeps(config: Config, logger: Logger, db: Database, overrides: DepsOverrides = {}): AppDeps {
  const passwords = overrides.passwords ?? createPasswordHasher();
  const storage = createLocalStorage(path.resolve(fromRoot(config.uploadDir), "files"));
  const settings = createSettingsService(db.prisma);
  // The evidence download asks the assessment service whether an assessor is assigned.
  const evidence = createEvidenceService({
    prisma: db.prisma,
    storage,
    settings,
    isAssignedAssessor: (userId, applicationId) => assessment.isAssignedAssessor(userId, applicationId),
  });
  const mailer = createMailer({
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    outboxDir: path.resolve(fromRoot(config.mail.outboxDir)),
    baseUrl: config.baseUrl,
    serviceName: SERVICE_NAME,
    logger,
  });
  const assessment = createAssessmentService({ prisma: db.prisma, settings, mailer });
  const { failuresPerAccount, accountLockoutMinutes } = config.signInRateLimit;
  const invitations = createInvitationsService(db.prisma, mailer, passwords);
  const dataProtection = createDataProtection({ prisma: db.prisma, storage, settings, logger });
  return {
    config,
    logger,
    db,
    sessionStore: new DatabaseSessionStore(db.prisma, config.session.idleMinutes * 60_000),
    passwords,
    accounts: createAccountsService(db.prisma, {
      mailer,
      passwords,
      lockout: { failures: failuresPerAccount, minutes: accountLockoutMinutes },
    }),
    signUp: createSignUpService(db.prisma, mailer, passwords),
    invitations,
    organisations: createOrganisationsService(db.prisma, mailer, invitations),
    users: createUsersService(db.prisma, invitations),
    organisationsAdmin: createOrganisationsAdminService(db.prisma),
    subjectAccess: createSubjectAccessService({ prisma: db.prisma, storage }),
    settings,
    mailer,
    applications: createApplicationsService({ prisma: db.prisma, settings, mailer, evidence }),
    evidence,
    assessment,
    decisions: createDecisionsService({ prisma: db.prisma, settings, mailer }),
    awards: createAwardsService({ prisma: db.prisma, baseUrl: config.baseUrl }),
    register: createRegisterService({ prisma: db.prisma }),
    jobs: createJobs({ prisma: db.prisma, mailer, logger, ...dataProtection }),
    dataProtection,
    assets: overrides.assets ?? loadAssetManifest(),
    storage,
    content: createContentService(db.prisma, storage, { uploadMaxBytes: config.uploadMaxBytes }),
    search: createSearchService(db.prisma, publicPathOf),
    champions: createChampionsService(db.prisma),
    charter: createCharterService(db.prisma, mailer),
    dashboard: createDashboardService({ prisma: db.prisma }),
    exports: createExportsService({ prisma: db.prisma, settings }),
    auditLog: createAuditLogService({ prisma: db.prisma }),
  };
}

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
  app.use(
    multipartParser({
      temporaryFolder: path.resolve(fromRoot(config.uploadDir), "tmp"),
      // The highest limit any form may have: the lead may allow evidence files of up to 100 MB.
      maxFileBytes: Math.max(config.uploadMaxBytes, MAX_EVIDENCE_BYTES),
      maxFiles: 10,
      maxFieldBytes: config.bodyLimitBytes,
      acceptFilesFor: (req) => csrf.isValid(req),
    }),
  );
  app.use(csrf.exposeToken);
  app.use(csrf.protect);
  app.use(currentUser);
  app.use(footerLinks(deps));

  app.use(contentRoutes({ content: deps.content, settings: deps.settings, storage: deps.storage }));
  app.use(searchRoutes({ search: deps.search }));
  app.use(charterRoutes({ charter: deps.charter, content: deps.content }));
  app.use(championsRoutes({ champions: deps.champions, content: deps.content }));
  app.use(contentAdminRoutes({ content: deps.content }));
  app.use(settingsRoutes({ settings: deps.settings }));
  app.use(
    accountsRoutes({
      config,
      prisma: deps.db.prisma,
      passport,
      accounts: deps.accounts,
      afterSignIn: (req, user, carried) =>
        resumePendingSave(deps.applications, config.session.secret, req, user, carried),
    }),
  );
  app.use(signUpRoutes({ config, prisma: deps.db.prisma, signUp: deps.signUp }));
  app.use(invitationsRoutes({ invitations: deps.invitations }));
  app.use(organisationsRoutes({ organisations: deps.organisations }));
  app.use(usersRoutes({ users: deps.users }));
  app.use(organisationsAdminRoutes({ organisationsAdmin: deps.organisationsAdmin }));
  app.use(subjectAccessRoutes({ subjectAccess: deps.subjectAccess }));
  app.use(dataProtectionRoutes({ ...deps.dataProtection, settings: deps.settings }));
  app.use(adminRoutes({ prisma: deps.db.prisma }));
  app.use(dashboardRoutes({ dashboard: deps.dashboard }));
  app.use(exportsRoutes({ exports: deps.exports }));
  app.use(auditLogRoutes({ auditLog: deps.auditLog }));
  app.use(
    applicationsRoutes({
      applications: deps.applications,
      evidence: deps.evidence,
      settings: deps.settings,
      decisionSummary: (userId, applicationId) => deps.decisions.forApplicant(userId, applicationId),
    }),
  );
  app.use(evidenceDownloadRoutes({ evidence: deps.evidence, storage: deps.storage }));
  app.use(assessmentRoutes({ assessment: deps.assessment, decisionPanel: (id) => deps.decisions.forLead(id) }));
  app.use(decisionsRoutes({ decisions: deps.decisions }));
  app.use(awardsRoutes({ awards: deps.awards }));
  app.use(registerRoutes({ register: deps.register }));
  if (!config.isProduction) app.use(devRoutes({ outboxDir: path.resolve(fromRoot(config.mail.outboxDir)) }));

  app.use((_req, _res, next) => next(notFound()));
  app.use(signInToSave(config.session.secret));
  app.use(errorHandler(deps));
  return app;
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

function errorHandler(deps: AppDeps): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    const status = statusOf(error);
    if (status >= 500) req.log.error({ err: error }, "request failed");
    const view =
      status === 404 ? "errors/404" : status === 403 ? "errors/403" : status >= 500 ? "errors/500" : "errors/problem";
    const reason = error instanceof HttpError ? error.reason : undefined;
    const message = status < 500 && error instanceof Error ? publicMessage(error, status) : undefined;
    res.status(status);
    res.set("Cache-Control", "no-store");
    res.render(view, {
      status,
      reason,
      message,
      // Outside production the developer sees what went wrong; in production nobody does.
      detail: !deps.config.isProduction && status >= 500 && error instanceof Error ? error.stack : undefined,
    });
  };
}

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  const candidate =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof candidate === "number" && candidate >= 400 && candidate < 600 ? candidate : 500;
}

function publicMessage(error: Error, status: number): string {
  if (error instanceof HttpError) return error.message;
  if (status === 413) return "What you sent is larger than the portal accepts.";
  if (status === 400) return "The portal could not read what you sent.";
  return "Something about the request was not right.";
}
