// The composition root: every service the portal runs on, built once from the configuration.
// The server, the jobs command, the benches and the tests all build their dependencies here.
import path from "node:path";
import type { Config } from "./config.js";
import { createAccountsService } from "./modules/accounts/index.js";
import { createApplicationsService, createEvidenceService } from "./modules/applications/index.js";
import { createAssessmentService } from "./modules/assessment/index.js";
import { createAuditLogService } from "./modules/audit-log/index.js";
import { createAwardsService } from "./modules/awards/index.js";
import { createChampionsService } from "./modules/champions/index.js";
import { createCharterService } from "./modules/charter/index.js";
import { createContentService, publicPathOf } from "./modules/content/index.js";
import { createDashboardService } from "./modules/dashboard/index.js";
import { createDataProtection } from "./modules/data-protection/index.js";
import { createDecisionsService } from "./modules/decisions/index.js";
import { createExportsService } from "./modules/exports/index.js";
import { createInvitationsService } from "./modules/invitations/index.js";
import { createJobs } from "./modules/jobs/index.js";
import { createOrganisationsAdminService, createOrganisationsService } from "./modules/organisations/index.js";
import { createRegisterService } from "./modules/register/index.js";
import { createSearchService } from "./modules/search/index.js";
import { createSettingsService } from "./modules/settings/index.js";
import { createSignUpService } from "./modules/sign-up/index.js";
import { createSiteMapService } from "./modules/site-map/index.js";
import { createSubjectAccessService } from "./modules/subject-access/index.js";
import { createUsersService } from "./modules/users/index.js";
import { systemClock, type Clock } from "./platform/clock.js";
import { loadAssetManifest, type AssetManifest } from "./platform/assets.js";
import type { Database } from "./platform/db/index.js";
import type { Logger } from "./platform/logging.js";
import { createMailer } from "./platform/mail.js";
import { SERVICE_NAME } from "./platform/nunjucks.js";
import { createPasswordHasher, PRODUCTION_PASSWORD_COST, type PasswordHasher } from "./platform/passwords.js";
import { systemRandom, type Random } from "./platform/random.js";
import { fromRoot } from "./platform/paths.js";
import { DatabaseSessionStore } from "./platform/session-store.js";
import { removeStalePartFiles } from "./platform/part-files.js";
import { createLocalStorage } from "./platform/storage.js";

/** What createDeps builds by default and a caller may pass in instead. */
export interface DepsOverrides {
  /** Production cost unless given: tests pass a cheaper hasher so that fixtures are quick to make. */
  passwords?: PasswordHasher;
  /** The built styles' and scripts' names; read from public/build unless given. */
  assets?: AssetManifest;
  /** The system clock unless given: a test passes its own to see what happens on a given day. */
  clock?: Clock;
  /** The system's secure random source unless given. */
  random?: Random;
}

export type AppDeps = ReturnType<typeof createDeps>;

/** Builds what the app needs from configuration; tests pass their own pieces to createApp. */
export function createDeps(config: Config, logger: Logger, db: Database, overrides: DepsOverrides = {}) {
  const { prisma } = db;
  const now = overrides.clock ?? systemClock;
  const random = overrides.random ?? systemRandom;
  // What nearly every area runs on: the database, the time and a source of unguessable values.
  const core = { prisma, now, random };
  const passwords = overrides.passwords ?? createPasswordHasher(PRODUCTION_PASSWORD_COST, random);
  const uploadRoot = path.resolve(fromRoot(config.uploadDir));
  const storage = createLocalStorage(path.join(uploadRoot, "files"));
  const partFiles = { removeOlderThan: (cutoff: Date) => removeStalePartFiles(uploadRoot, cutoff) };
  const settings = createSettingsService({ prisma });
  const mailer = createMailer({
    smtpUrl: config.mail.smtpUrl,
    from: config.mail.from,
    outboxDir: path.resolve(fromRoot(config.mail.outboxDir)),
    baseUrl: config.baseUrl,
    serviceName: SERVICE_NAME,
    logger,
  });
  const assessment = createAssessmentService({ ...core, settings, mailer });
  // The evidence download asks the assessment service whether an assessor is assigned.
  const isAssignedAssessor = (userId: string, applicationId: string) =>
    assessment.isAssignedAssessor(userId, applicationId);
  const evidence = createEvidenceService({ ...core, storage, settings, isAssignedAssessor });
  const { failuresPerAccount: failures, accountLockoutMinutes: minutes } = config.signInRateLimit;
  const invitations = createInvitationsService({ ...core, mailer, passwords });
  const dataProtection = createDataProtection({ ...core, storage, settings, logger });
  const content = createContentService({ ...core, storage, uploadMaxBytes: config.uploadMaxBytes });
  return {
    config,
    logger,
    db,
    now,
    random,
    sessionStore: new DatabaseSessionStore(prisma, config.session.idleMinutes * 60_000),
    passwords,
    accounts: createAccountsService({ ...core, mailer, passwords, lockout: { failures, minutes } }),
    signUp: createSignUpService({ ...core, mailer, passwords }),
    invitations,
    organisations: createOrganisationsService({ ...core, mailer, invitations }),
    users: createUsersService({ ...core, invitations }),
    organisationsAdmin: createOrganisationsAdminService(core),
    subjectAccess: createSubjectAccessService({ ...core, storage }),
    settings,
    mailer,
    applications: createApplicationsService({ ...core, settings, mailer, evidence }),
    evidence,
    assessment,
    decisions: createDecisionsService({ ...core, settings, mailer }),
    awards: createAwardsService({ ...core, mailer, baseUrl: config.baseUrl }),
    register: createRegisterService(core),
    jobs: createJobs({ ...core, mailer, logger, ...dataProtection, partFiles }),
    dataProtection,
    assets: overrides.assets ?? loadAssetManifest(),
    storage,
    partFiles,
    content,
    siteMap: createSiteMapService({ publishedPages: () => content.published(), baseUrl: config.baseUrl }),
    search: createSearchService({ prisma, pathOf: publicPathOf }),
    champions: createChampionsService({ prisma }),
    charter: createCharterService({ ...core, mailer }),
    dashboard: createDashboardService(core),
    exports: createExportsService({ ...core, settings }),
    auditLog: createAuditLogService({ prisma }),
  };
}
