-- AlterTable
ALTER TABLE "Speech" ADD COLUMN     "spokenAt" TIMESTAMP(3);

-- Speeches recorded before: the time they were noted is the best order known.
UPDATE "Speech" SET "spokenAt" = "createdAt" WHERE "status" = 'recorded';
