-- CreateTable
CREATE TABLE "CardMessage" (
    "id" TEXT NOT NULL,
    "platform" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "cardKey" TEXT NOT NULL,
    "platformMessageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CardMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CardMessage_cardKey_idx" ON "CardMessage"("cardKey");

-- CreateIndex
CREATE UNIQUE INDEX "CardMessage_platform_conversationId_cardKey_key" ON "CardMessage"("platform", "conversationId", "cardKey");
