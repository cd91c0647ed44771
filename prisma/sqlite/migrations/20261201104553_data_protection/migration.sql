-- AlterTable
ALTER TABLE "User" ADD COLUMN "erasedAt" DATETIME;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN "erasedAt" DATETIME;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN "anonymisedAt" DATETIME;

-- CreateTable
CREATE TABLE "FileDeletion" (
    "storageKey" TEXT NOT NULL PRIMARY KEY,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT NOT NULL DEFAULT ''
);

-- CreateIndex
CREATE INDEX "FileDeletion_queuedAt_idx" ON "FileDeletion"("queuedAt");

-- CreateIndex
CREATE INDEX "User_emailVerifiedAt_createdAt_idx" ON "User"("emailVerifiedAt", "createdAt");

