-- DropIndex
DROP INDEX "Member_cellId_idx";

-- CreateIndex
CREATE INDEX "Member_cellId_status_id_idx" ON "Member"("cellId", "status", "id");
