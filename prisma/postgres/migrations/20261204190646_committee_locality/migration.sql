-- AlterTable
ALTER TABLE "Committee" ADD COLUMN     "locality" TEXT NOT NULL DEFAULT '';
