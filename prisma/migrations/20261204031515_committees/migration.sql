-- CreateTable
CREATE TABLE "Committee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "parentId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Committee_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Committee" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "committeeId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "email" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CommitteeMember_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitteeAccount" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "committeeMemberId" TEXT NOT NULL,
    "displayName" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CommitteeAccount_committeeMemberId_fkey" FOREIGN KEY ("committeeMemberId") REFERENCES "CommitteeMember" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Cell" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "parentOrganisation" TEXT NOT NULL DEFAULT '',
    "timezone" TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    "meetingRule" TEXT NOT NULL DEFAULT '{"kind":"dayOfMonth","day":5,"time":"14:00"}',
    "reminderOffsets" TEXT NOT NULL DEFAULT '[]',
    "quorumNumerator" INTEGER NOT NULL DEFAULT 2,
    "quorumDenominator" INTEGER NOT NULL DEFAULT 3,
    "excusedInDenominator" BOOLEAN NOT NULL DEFAULT true,
    "attachedInMayVote" BOOLEAN NOT NULL DEFAULT false,
    "onlineApprovalRef" TEXT,
    "onlineApprovalDate" DATETIME,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "committeeId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Cell_committeeId_fkey" FOREIGN KEY ("committeeId") REFERENCES "Committee" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Cell" ("attachedInMayVote", "createdAt", "excusedInDenominator", "id", "locale", "meetingRule", "name", "onlineApprovalDate", "onlineApprovalRef", "parentOrganisation", "quorumDenominator", "quorumNumerator", "reminderOffsets", "timezone", "updatedAt") SELECT "attachedInMayVote", "createdAt", "excusedInDenominator", "id", "locale", "meetingRule", "name", "onlineApprovalDate", "onlineApprovalRef", "parentOrganisation", "quorumDenominator", "quorumNumerator", "reminderOffsets", "timezone", "updatedAt" FROM "Cell";
DROP TABLE "Cell";
ALTER TABLE "new_Cell" RENAME TO "Cell";
CREATE INDEX "Cell_committeeId_idx" ON "Cell"("committeeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Committee_parentId_idx" ON "Committee"("parentId");

-- CreateIndex
CREATE INDEX "CommitteeMember_committeeId_idx" ON "CommitteeMember"("committeeId");

-- CreateIndex
CREATE INDEX "CommitteeAccount_committeeMemberId_idx" ON "CommitteeAccount"("committeeMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitteeAccount_platform_platformUserId_key" ON "CommitteeAccount"("platform", "platformUserId");
