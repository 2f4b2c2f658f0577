-- AlterTable
ALTER TABLE "Task" ADD COLUMN "doneAt" DATETIME;
