-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN "organisationId" TEXT;

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_occurredAt_idx" ON "AuditEvent"("organisationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_action_occurredAt_idx" ON "AuditEvent"("action", "occurredAt");


-- Fill in the organisation of the records written before this column existed.
UPDATE "AuditEvent" SET "organisationId" = "subjectId" WHERE "subjectType" = 'Organisation';
UPDATE "AuditEvent" SET "organisationId" = (SELECT s."organisationId" FROM "Application" s WHERE s."id" = "AuditEvent"."subjectId") WHERE "subjectType" = 'Application';
UPDATE "AuditEvent" SET "organisationId" = (SELECT s."organisationId" FROM "Award" s WHERE s."id" = "AuditEvent"."subjectId") WHERE "subjectType" = 'Award';
UPDATE "AuditEvent" SET "organisationId" = (SELECT s."organisationId" FROM "CharterSignature" s WHERE s."id" = "AuditEvent"."subjectId") WHERE "subjectType" = 'CharterSignature';
UPDATE "AuditEvent" SET "organisationId" = (SELECT s."organisationId" FROM "Invitation" s WHERE s."id" = "AuditEvent"."subjectId") WHERE "subjectType" = 'Invitation';
