-- AlterTable
ALTER TABLE "Cell" ADD COLUMN     "locality" TEXT NOT NULL DEFAULT '';
