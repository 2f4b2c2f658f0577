-- CreateTable
CREATE TABLE "CardMessage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "cardKey" TEXT NOT NULL,
    "platformMessageId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CardMessage_cardKey_idx" ON "CardMessage"("cardKey");

-- CreateIndex
CREATE UNIQUE INDEX "CardMessage_platform_conversationId_cardKey_key" ON "CardMessage"("platform", "conversationId", "cardKey");
