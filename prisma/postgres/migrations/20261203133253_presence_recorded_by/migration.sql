-- AlterTable
ALTER TABLE "Attendance" ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "recordedById" TEXT;

-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN     "recordedById" TEXT;
