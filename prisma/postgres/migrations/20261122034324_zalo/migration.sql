-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "linkCodeExpiresAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "ZaloToken" (
    "id" TEXT NOT NULL,
    "oaId" TEXT NOT NULL,
    "cellId" TEXT,
    "refreshToken" TEXT NOT NULL,
    "accessToken" TEXT,
    "accessExpiresAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZaloToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZaloWebhookEvent" (
    "id" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "eventName" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3),
    "lastError" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "ZaloWebhookEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ZaloThread" (
    "threadId" TEXT NOT NULL,
    "lastInteractionAt" TIMESTAMP(3),
    "pendingKind" TEXT,
    "pendingSubjectId" TEXT,
    "failedCodes" INTEGER NOT NULL DEFAULT 0,
    "lastFailedCodeAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ZaloThread_pkey" PRIMARY KEY ("threadId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ZaloWebhookEvent_dedupeKey_key" ON "ZaloWebhookEvent"("dedupeKey");

-- CreateIndex
CREATE INDEX "ZaloWebhookEvent_status_nextAttemptAt_idx" ON "ZaloWebhookEvent"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "ZaloWebhookEvent_receivedAt_idx" ON "ZaloWebhookEvent"("receivedAt");
