-- AlterTable
ALTER TABLE "Speech" ADD COLUMN "spokenAt" DATETIME;

-- Speeches recorded before: the time they were noted is the best order known.
UPDATE "Speech" SET "spokenAt" = "createdAt" WHERE "status" = 'recorded';
