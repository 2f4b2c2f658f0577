-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_OutboxMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dedupeKey" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "operation" TEXT NOT NULL DEFAULT 'send',
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "lastError" TEXT,
    "platformMessageId" TEXT,
    "sentAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseOwner" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailedAt" DATETIME,
    "lostLeases" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_OutboxMessage" ("attempts", "createdAt", "dedupeKey", "id", "lastError", "leaseOwner", "leaseUntil", "nextAttemptAt", "operation", "payload", "platform", "platformMessageId", "queuedAt", "recipient", "sentAt", "status") SELECT "attempts", "createdAt", "dedupeKey", "id", "lastError", "leaseOwner", "leaseUntil", "nextAttemptAt", "operation", "payload", "platform", "platformMessageId", "queuedAt", "recipient", "sentAt", "status" FROM "OutboxMessage";
DROP TABLE "OutboxMessage";
ALTER TABLE "new_OutboxMessage" RENAME TO "OutboxMessage";
CREATE UNIQUE INDEX "OutboxMessage_dedupeKey_key" ON "OutboxMessage"("dedupeKey");
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");
CREATE INDEX "OutboxMessage_recipient_idx" ON "OutboxMessage"("recipient");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
