-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "joinUrl" TEXT;

-- One truth for the online room: a link stored on a venue moves to the meeting (the first venue's wins)
-- and leaves the venue list.
UPDATE "Meeting"
SET "joinUrl" = (
  SELECT e.v ->> 'joinUrl' FROM jsonb_array_elements("Meeting"."venues"::jsonb) WITH ORDINALITY AS e(v, i)
  WHERE e.v ->> 'joinUrl' IS NOT NULL ORDER BY e.i LIMIT 1
)
WHERE "joinUrl" IS NULL AND "venues" LIKE '%joinUrl%';

UPDATE "Meeting"
SET "venues" = (
  SELECT COALESCE(jsonb_agg(e.v - 'joinUrl' ORDER BY e.i), '[]'::jsonb)::text
  FROM jsonb_array_elements("Meeting"."venues"::jsonb) WITH ORDINALITY AS e(v, i)
)
WHERE "venues" LIKE '%joinUrl%';
