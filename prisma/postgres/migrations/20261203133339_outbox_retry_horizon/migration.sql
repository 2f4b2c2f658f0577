-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "failures" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "firstFailedAt" TIMESTAMP(3),
ADD COLUMN     "lostLeases" INTEGER NOT NULL DEFAULT 0;
