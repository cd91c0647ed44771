-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('AWAITING_DECLARATION', 'ACTIVE', 'CONFLICT_DECLARED', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('NOT_STARTED', 'DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('AWARDED', 'NOT_AWARDED', 'REVISIONS_REQUESTED');

-- CreateEnum
CREATE TYPE "AppealOutcome" AS ENUM ('UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "AwardStatus" AS ENUM ('CURRENT', 'EXPIRED', 'REVOKED');

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "secondAssessorNeeded" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "assessorId" TEXT NOT NULL,
    "openKey" TEXT,
    "status" "AssignmentStatus" NOT NULL DEFAULT 'AWAITING_DECLARATION',
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "autoAssigned" BOOLEAN NOT NULL DEFAULT false,
    "declaredAt" TIMESTAMP(3),
    "conflictReason" TEXT NOT NULL DEFAULT '',
    "closedAt" TIMESTAMP(3),
    "reviewStatus" "ReviewStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "submittedAt" TIMESTAMP(3),
    "returnComment" TEXT NOT NULL DEFAULT '',
    "returnedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "theme" "Theme" NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Decision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outcome" "DecisionOutcome" NOT NULL,
    "recognisedThemes" TEXT NOT NULL DEFAULT '',
    "feedback" TEXT NOT NULL,
    "scoresPublished" BOOLEAN NOT NULL DEFAULT false,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appealBy" TEXT,

    CONSTRAINT "Decision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appeal" (
    "id" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" "AppealOutcome",
    "outcomeNotes" TEXT NOT NULL DEFAULT '',
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Appeal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Award" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "decisionId" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "themes" TEXT NOT NULL,
    "awardedAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "certificateCode" TEXT NOT NULL,
    "status" "AwardStatus" NOT NULL DEFAULT 'CURRENT',
    "revokedAt" TIMESTAMP(3),
    "revokedById" TEXT,
    "revocationReason" TEXT NOT NULL DEFAULT '',
    "listedOnRegister" BOOLEAN NOT NULL DEFAULT false,
    "listingChangedAt" TIMESTAMP(3),

    CONSTRAINT "Award_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReminderSent" (
    "key" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderSent_pkey" PRIMARY KEY ("key")
);

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
CREATE INDEX "Application_submittedAt_idx" ON "Application"("submittedAt");

-- CreateIndex
CREATE INDEX "Application_orgName_idx" ON "Application"("orgName");

-- CreateIndex
CREATE INDEX "ApplicationTheme_theme_idx" ON "ApplicationTheme"("theme");

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_assessorId_fkey" FOREIGN KEY ("assessorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Decision" ADD CONSTRAINT "Decision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appeal" ADD CONSTRAINT "Appeal_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "Decision"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Award" ADD CONSTRAINT "Award_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

