-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_ASSESSMENT', 'REVISIONS_REQUESTED', 'AWARDED', 'NOT_AWARDED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "Theme" AS ENUM ('SOCIAL', 'ECONOMIC', 'ENVIRONMENT', 'INNOVATION');

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "reference" TEXT,
    "organisationId" TEXT NOT NULL,
    "liveKey" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
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
    "orgDetailsStartedAt" TIMESTAMP(3),
    "orgDetailsCompletedAt" TIMESTAMP(3),
    "orgDetailsVersion" INTEGER NOT NULL DEFAULT 0,
    "chosenThemes" TEXT NOT NULL DEFAULT '',
    "themesStartedAt" TIMESTAMP(3),
    "themesCompletedAt" TIMESTAMP(3),
    "themesVersion" INTEGER NOT NULL DEFAULT 0,
    "declarationName" TEXT NOT NULL DEFAULT '',
    "declarationRole" TEXT NOT NULL DEFAULT '',
    "declarationConfirmed" BOOLEAN NOT NULL DEFAULT false,
    "declarationStartedAt" TIMESTAMP(3),
    "declarationCompletedAt" TIMESTAMP(3),
    "declarationVersion" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawalReason" TEXT NOT NULL DEFAULT '',
    "copiedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationTheme" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "theme" "Theme" NOT NULL,
    "whatChanged" TEXT NOT NULL DEFAULT '',
    "difference" TEXT NOT NULL DEFAULT '',
    "stakeholderCount" TEXT NOT NULL DEFAULT '',
    "places" TEXT NOT NULL DEFAULT '',
    "startMonth" TEXT NOT NULL DEFAULT '',
    "startYear" TEXT NOT NULL DEFAULT '',
    "endMonth" TEXT NOT NULL DEFAULT '',
    "endYear" TEXT NOT NULL DEFAULT '',
    "marmotPrinciples" TEXT NOT NULL DEFAULT '',
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApplicationTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationReferenceCounter" (
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ApplicationReferenceCounter_pkey" PRIMARY KEY ("year")
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

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationTheme" ADD CONSTRAINT "ApplicationTheme_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

