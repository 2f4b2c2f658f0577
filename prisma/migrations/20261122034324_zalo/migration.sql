-- AlterTable
ALTER TABLE "Member" ADD COLUMN "linkCodeExpiresAt" DATETIME;

-- CreateTable
CREATE TABLE "ZaloToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "oaId" TEXT NOT NULL,
    "cellId" TEXT,
    "refreshToken" TEXT NOT NULL,
    "accessToken" TEXT,
    "accessExpiresAt" DATETIME,
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ZaloWebhookEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dedupeKey" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "receivedAt" DATETIME NOT NULL,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "ZaloThread" (
    "threadId" TEXT NOT NULL PRIMARY KEY,
    "lastInteractionAt" DATETIME,
    "pendingKind" TEXT,
    "pendingSubjectId" TEXT,
    "failedCodes" INTEGER NOT NULL DEFAULT 0,
    "lastFailedCodeAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "ZaloWebhookEvent_dedupeKey_key" ON "ZaloWebhookEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "ZaloWebhookEvent_status_nextAttemptAt_idx" ON "ZaloWebhookEvent"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "ZaloWebhookEvent_receivedAt_idx" ON "ZaloWebhookEvent"("receivedAt");
