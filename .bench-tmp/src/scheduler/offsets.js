"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_OFFSETS = void 0;
exports.parseOffsets = parseOffsets;
exports.offsetsJson = offsetsJson;
/**
 * When each scheduled message goes out, relative to the meeting (or to a
 * vote's deadline). Read from Cell.reminderOffsets, a JSON array of
 * `{ job, minutesBefore }` / `{ job: 'summary', minutesAfter }`; the setup
 * form writes generic `{ job: 'reminder', minutesBefore }` entries, which are
 * read by size (a week or more: the notice; half a day or more: the reminder
 * to members who have not answered; less: the reminder with the join link).
 */
const zod_1 = require("zod");
const MINUTES_PER_DAY = 1_440;
exports.DEFAULT_OFFSETS = {
    noticeMinutesBefore: 7 * MINUTES_PER_DAY,
    rsvpMinutesBefore: [MINUTES_PER_DAY],
    joinMinutesBefore: [60],
    voteMinutesBefore: 60,
    summaryMinutesAfter: 30,
};
const minutes = zod_1.z.number().int().min(0).max(60 * MINUTES_PER_DAY);
const entrySchema = zod_1.z.object({
    job: zod_1.z.enum(['notice', 'remind.rsvp', 'remind.join', 'remind.vote', 'summary', 'reminder']),
    minutesBefore: minutes.optional(),
    minutesAfter: minutes.optional(),
});
function jobOf(entry) {
    if (entry.job !== 'reminder')
        return entry.job;
    const before = entry.minutesBefore ?? 0;
    if (before >= 7 * MINUTES_PER_DAY)
        return 'notice';
    return before >= 720 ? 'remind.rsvp' : 'remind.join';
}
/** The cell's offsets; anything unreadable falls back to the defaults (logged by the caller). */
function parseOffsets(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        // A corrupt column must not stop the cell's schedule: the defaults apply.
        return exports.DEFAULT_OFFSETS;
    }
    const parsed = zod_1.z.array(entrySchema).safeParse(value);
    if (!parsed.success || parsed.data.length === 0)
        return exports.DEFAULT_OFFSETS;
    const by = (job) => parsed.data.filter((e) => jobOf(e) === job).map((e) => (job === 'summary' ? (e.minutesAfter ?? 0) : (e.minutesBefore ?? 0)));
    const uniq = (list) => [...new Set(list)].sort((a, b) => b - a);
    const rsvp = uniq(by('remind.rsvp'));
    const join = uniq(by('remind.join'));
    return {
        noticeMinutesBefore: Math.max(...by('notice'), 0) || exports.DEFAULT_OFFSETS.noticeMinutesBefore,
        rsvpMinutesBefore: rsvp,
        joinMinutesBefore: join,
        voteMinutesBefore: by('remind.vote')[0] ?? exports.DEFAULT_OFFSETS.voteMinutesBefore,
        summaryMinutesAfter: by('summary')[0] ?? exports.DEFAULT_OFFSETS.summaryMinutesAfter,
    };
}
/** The offsets as stored (the "nhắc lịch" command writes this form). */
function offsetsJson(offsets) {
    return JSON.stringify([
        { job: 'notice', minutesBefore: offsets.noticeMinutesBefore },
        ...offsets.rsvpMinutesBefore.map((m) => ({ job: 'remind.rsvp', minutesBefore: m })),
        ...offsets.joinMinutesBefore.map((m) => ({ job: 'remind.join', minutesBefore: m })),
        { job: 'remind.vote', minutesBefore: offsets.voteMinutesBefore },
        { job: 'summary', minutesAfter: offsets.summaryMinutesAfter },
    ]);
}
//# sourceMappingURL=offsets.js.map