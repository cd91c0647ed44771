-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "openKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'AWAITING_DECLARATION',
    "assignedById" TEXT,
    "assignedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "autoAssigned" BOOLEAN NOT NULL DEFAULT false,
    "declaredAt" DATETIME,
    "conflictReason" TEXT NOT NULL DEFAULT '',
    "closedAt" DATETIME,
    "reviewStatus" TEXT NOT NULL DEFAULT 'NOT_STARTED',
    "submittedAt" DATETIME,
    "returnComment" TEXT NOT NULL DEFAULT '',
    "returnedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Assignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Assignment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReviewScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "recognisedThemes" TEXT NOT NULL DEFAULT '',
    "feedback" TEXT NOT NULL,
    "scoresPublished" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" TEXT,
    "decidedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appealBy" TEXT,
    CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "decisionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "submittedById" TEXT,
    "submittedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT,
    "outcomeNotes" TEXT NOT NULL DEFAULT '',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "awardedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CURRENT',
    "revokedAt" DATETIME,
    "revokedById" TEXT,
    "revocationReason" TEXT NOT NULL DEFAULT '',
    "listedOnRegister" BOOLEAN NOT NULL DEFAULT false,
    "listingChangedAt" DATETIME,
    CONSTRAINT "Award_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Award_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "sentAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "reference" TEXT,
    "organisationId" TEXT NOT NULL,
    "liveKey" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "orgName" TEXT NOT NULL DEFAULT '',
    "orgType" TEXT NOT NULL DEFAULT '',
    "orgRegistrationNumber" TEXT NOT NULL DEFAULT '',
    "orgAddressLine1" TEXT NOT NULL DEFAULT '',
    "orgAddressLine2" TEXT NOT NULL DEFAULT '',
    "orgTown" TEXT NOT NULL DEFAULT '',
    "orgPostcode" TEXT NOT NULL DEFAULT '',
    "orgPlaces" TEXT NOT NULL DEFAULT '',
    "orgSizeBand" TEXT NOT NULL DEFAULT '',
    "orgWebsite" TEXT NOT NULL DEFAULT '',
    "orgDetailsStartedAt" DATETIME,
    "orgDetailsCompletedAt" DATETIME,
    "orgDetailsVersion" INTEGER NOT NULL DEFAULT 0,
    "chosenThemes" TEXT NOT NULL DEFAULT '',
    "themesStartedAt" DATETIME,
    "themesCompletedAt" DATETIME,
    "themesVersion" INTEGER NOT NULL DEFAULT 0,
    "declarationName" TEXT NOT NULL DEFAULT '',
    "declarationRole" TEXT NOT NULL DEFAULT '',
    "declarationConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "declarationStartedAt" DATETIME,
    "declarationCompletedAt" DATETIME,
    "declarationVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "submittedAt" DATETIME,
    "submittedById" TEXT,
    "withdrawnAt" DATETIME,
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT NOT NULL DEFAULT '',
    "copiedFromId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "secondAssessorNeeded" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Application" ("chosenThemes", "copiedFromId", "createdAt", "createdById", "declarationCompletedAt", "declarationConfirmed", "declarationName", "declarationRole", "declarationStartedAt", "declarationVersion", "id", "liveKey", "orgAddressLine1", "orgAddressLine2", "orgDetailsCompletedAt", "orgDetailsStartedAt", "orgDetailsVersion", "orgName", "orgPlaces", "orgPostcode", "orgRegistrationNumber", "orgSizeBand", "orgTown", "orgType", "orgWebsite", "organisationId", "reference", "status", "submittedAt", "submittedById", "themesCompletedAt", "themesStartedAt", "themesVersion", "updatedAt", "withdrawalReason", "withdrawnAt", "withdrawnById") SELECT "chosenThemes", "copiedFromId", "createdAt", "createdById", "declarationCompletedAt", "declarationConfirmed", "declarationName", "declarationRole", "declarationStartedAt", "declarationVersion", "id", "liveKey", "orgAddressLine1", "orgAddressLine2", "orgDetailsCompletedAt", "orgDetailsStartedAt", "orgDetailsVersion", "orgName", "orgPlaces", "orgPostcode", "orgRegistrationNumber", "orgSizeBand", "orgTown", "orgType", "orgWebsite", "organisationId", "reference", "status", "submittedAt", "submittedById", "themesCompletedAt", "themesStartedAt", "themesVersion", "updatedAt", "withdrawalReason", "withdrawnAt", "withdrawnById" FROM "Application";
DROP TABLE "Application";
ALTER TABLE "new_Application" RENAME TO "Application";
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");
CREATE UNIQUE INDEX "Application_liveKey_key" ON "Application"("liveKey");
CREATE INDEX "Application_organisationId_createdAt_idx" ON "Application"("organisationId", "createdAt");
CREATE INDEX "Application_status_submittedAt_idx" ON "Application"("status", "submittedAt");
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");
CREATE INDEX "Application_orgName_idx" ON "Application"("orgName");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_openKey_key" ON "Assignment"("openKey");

-- CreateIndex
CREATE INDEX "Assignment_assessorId_status_idx" ON "Assignment"("assessorId", "status");

-- CreateIndex
CREATE INDEX "Assignment_applicationId_status_idx" ON "Assignment"("applicationId", "status");

-- CreateIndex
CREATE INDEX "Assignment_status_reviewStatus_assignedAt_idx" ON "Assignment"("status", "reviewStatus", "assignedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewScore_assignmentId_theme_criterion_key" ON "ReviewScore"("assignmentId", "theme", "criterion");

-- CreateIndex
CREATE INDEX "Decision_applicationId_decidedAt_idx" ON "Decision"("applicationId", "decidedAt");

-- CreateIndex
CREATE INDEX "Decision_decidedAt_idx" ON "Decision"("decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Appeal_decisionId_key" ON "Appeal"("decisionId");

-- CreateIndex
CREATE INDEX "Appeal_applicationId_idx" ON "Appeal"("applicationId");

-- CreateIndex
CREATE INDEX "Appeal_outcome_submittedAt_idx" ON "Appeal"("outcome", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Award_applicationId_key" ON "Award"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Award_certificateCode_key" ON "Award"("certificateCode");

-- CreateIndex
CREATE INDEX "Award_status_expiresAt_idx" ON "Award"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Award_status_listedOnRegister_awardedAt_idx" ON "Award"("status", "listedOnRegister", "awardedAt");

-- CreateIndex
CREATE INDEX "Award_organisationId_idx" ON "Award"("organisationId");

-- CreateIndex
CREATE INDEX "ApplicationTheme_theme_idx" ON "ApplicationTheme"("theme");

