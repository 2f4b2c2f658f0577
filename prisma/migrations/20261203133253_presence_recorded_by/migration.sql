-- AlterTable
ALTER TABLE "Ballot" ADD COLUMN "recordedById" TEXT;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attendance" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "rsvp" TEXT,
    "rsvpVenue" TEXT,
    "rsvpReason" TEXT,
    "rsvpAt" DATETIME,
    "presence" TEXT,
    "presenceVenue" TEXT,
    "presenceReason" TEXT,
    "checkedInAt" DATETIME,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "recordedById" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Attendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Attendance" ("checkedInAt", "id", "meetingId", "memberId", "presence", "presenceReason", "presenceVenue", "rsvp", "rsvpAt", "rsvpReason", "rsvpVenue", "updatedAt") SELECT "checkedInAt", "id", "meetingId", "memberId", "presence", "presenceReason", "presenceVenue", "rsvp", "rsvpAt", "rsvpReason", "rsvpVenue", "updatedAt" FROM "Attendance";
DROP TABLE "Attendance";
ALTER TABLE "new_Attendance" RENAME TO "Attendance";
CREATE INDEX "Attendance_memberId_idx" ON "Attendance"("memberId");
CREATE UNIQUE INDEX "Attendance_meetingId_memberId_key" ON "Attendance"("meetingId", "memberId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
