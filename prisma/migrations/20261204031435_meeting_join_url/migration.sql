-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN "joinUrl" TEXT;

-- One truth for the online room: a link stored on a venue moves to the meeting (the first venue's wins)
-- and leaves the venue list.
UPDATE "Meeting"
SET "joinUrl" = (
  SELECT json_extract(value, '$.joinUrl') FROM json_each("Meeting"."venues")
  WHERE json_extract(value, '$.joinUrl') IS NOT NULL ORDER BY key LIMIT 1
)
WHERE "joinUrl" IS NULL AND json_valid("venues") AND "venues" LIKE '%joinUrl%';

UPDATE "Meeting"
SET "venues" = (SELECT json_group_array(json(json_remove(value, '$.joinUrl'))) FROM (SELECT value FROM json_each("Meeting"."venues") ORDER BY key))
WHERE json_valid("venues") AND "venues" LIKE '%joinUrl%';
