-- CreateTable
CREATE TABLE "Application" (
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
    CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationTheme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "theme" TEXT NOT NULL,
    "whatChanged" TEXT NOT NULL DEFAULT '',
    "difference" TEXT NOT NULL DEFAULT '',
    "stakeholderCount" TEXT NOT NULL DEFAULT '',
    "places" TEXT NOT NULL DEFAULT '',
    "startMonth" TEXT NOT NULL DEFAULT '',
    "startYear" TEXT NOT NULL DEFAULT '',
    "endMonth" TEXT NOT NULL DEFAULT '',
    "endYear" TEXT NOT NULL DEFAULT '',
    "marmotPrinciples" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME,
    "completedAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ApplicationTheme_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApplicationReferenceCounter" (
    "year" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "last" INTEGER NOT NULL DEFAULT 0
);

-- CreateIndex
CREATE UNIQUE INDEX "Application_reference_key" ON "Application"("reference");

-- CreateIndex
CREATE UNIQUE INDEX "Application_liveKey_key" ON "Application"("liveKey");

-- CreateIndex
CREATE INDEX "Application_organisationId_createdAt_idx" ON "Application"("organisationId", "createdAt");

-- CreateIndex
CREATE INDEX "Application_status_submittedAt_idx" ON "Application"("status", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationTheme_applicationId_theme_key" ON "ApplicationTheme"("applicationId", "theme");

