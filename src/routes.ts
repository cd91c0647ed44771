// Every area's pages, in the order they are matched.
import path from "node:path";
import type { Express } from "express";
import type { AppDeps } from "./deps.js";
import { accountsRoutes, type createPassport } from "./modules/accounts/index.js";
import { adminRoutes } from "./modules/admin/index.js";
import { applicationsRoutes, evidenceDownloadRoutes, resumePendingSave } from "./modules/applications/index.js";
import { assessmentRoutes } from "./modules/assessment/index.js";
import { auditLogRoutes } from "./modules/audit-log/index.js";
import { awardsRoutes } from "./modules/awards/index.js";
import { championsRoutes } from "./modules/champions/index.js";
import { charterRoutes } from "./modules/charter/index.js";
import { contentAdminRoutes, contentRoutes } from "./modules/content/index.js";
import { dashboardRoutes } from "./modules/dashboard/index.js";
import { dataProtectionRoutes } from "./modules/data-protection/index.js";
import { decisionsRoutes } from "./modules/decisions/index.js";
import { devRoutes } from "./modules/dev/index.js";
import { exportsRoutes } from "./modules/exports/index.js";
import { invitationsRoutes } from "./modules/invitations/index.js";
import { organisationsAdminRoutes, organisationsRoutes } from "./modules/organisations/index.js";
import { registerRoutes } from "./modules/register/index.js";
import { searchRoutes } from "./modules/search/index.js";
import { settingsRoutes } from "./modules/settings/index.js";
import { signUpRoutes } from "./modules/sign-up/index.js";
import { siteMapRoutes } from "./modules/site-map/index.js";
import { subjectAccessRoutes } from "./modules/subject-access/index.js";
import { usersRoutes } from "./modules/users/index.js";
import { fromRoot } from "./platform/paths.js";

type Passport = ReturnType<typeof createPassport>;

/** Where staff start after signing in; applicants start at their own application. */
const STAFF_START: Partial<Record<string, string>> = { ASSESSOR: "/assessor", PROGRAMME_LEAD: "/admin" };

/** Public pages, then the signed-in journeys, then the lead's area. */
export function setUpRoutes(app: Express, deps: AppDeps, passport: Passport): void {
  const { config } = deps;
  const prisma = deps.db.prisma;
  app.use(contentRoutes({ content: deps.content, settings: deps.settings, storage: deps.storage }));
  app.use(searchRoutes({ search: deps.search }));
  app.use(siteMapRoutes({ siteMap: deps.siteMap }));
  app.use(charterRoutes({ charter: deps.charter, content: deps.content }));
  app.use(championsRoutes({ champions: deps.champions, content: deps.content }));
  app.use(contentAdminRoutes({ content: deps.content }));
  app.use(settingsRoutes({ settings: deps.settings }));
  app.use(
    accountsRoutes({
      config,
      prisma,
      passport,
      accounts: deps.accounts,
      afterSignIn: (req, user, carried) =>
        resumePendingSave(deps.applications, config.session.secret, req, user, carried),
      startingPoint: async (user) => STAFF_START[user.role] ?? deps.applications.startingPoint(user.id),
    }),
  );
  app.use(signUpRoutes({ config, prisma, signUp: deps.signUp }));
  app.use(invitationsRoutes({ invitations: deps.invitations }));
  app.use(organisationsRoutes({ organisations: deps.organisations }));
  app.use(usersRoutes({ users: deps.users }));
  app.use(organisationsAdminRoutes({ organisationsAdmin: deps.organisationsAdmin }));
  app.use(subjectAccessRoutes({ subjectAccess: deps.subjectAccess }));
  app.use(dataProtectionRoutes({ ...deps.dataProtection, settings: deps.settings, now: deps.now }));
  app.use(adminRoutes({ prisma }));
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
}
