-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "formKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_formKey_key" ON "Meeting"("formKey");
