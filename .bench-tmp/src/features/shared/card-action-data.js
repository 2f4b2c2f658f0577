"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cardActionSchemas = void 0;
exports.parseCardData = parseCardData;
exports.defined = defined;
/**
 * Card payloads are untrusted input: each verb's data is validated here. They
 * carry ids and choices only — who acts always comes from the channel.
 */
const zod_1 = require("zod");
const types_1 = require("../../core/types");
const errors_1 = require("../../core/errors");
const id = zod_1.z.string().min(1).max(64).regex(/^[\w-]+$/);
const shortText = (max) => zod_1.z.string().max(max).optional();
exports.cardActionSchemas = {
    'meeting.form': zod_1.z.object({}).loose(),
    'meeting.create': zod_1.z.object({}).loose(),
    'notice.post': zod_1.z.object({ meetingId: id.optional() }).loose(),
    'rsvp.answer': zod_1.z.object({ meetingId: id, answer: zod_1.z.enum(types_1.RSVP_ANSWERS), venue: shortText(200), reason: shortText(500) }).loose(),
    'rollcall.open': zod_1.z.object({ meetingId: id.optional() }).loose(),
    'rollcall.checkin': zod_1.z.object({ meetingId: id, venue: shortText(200) }).loose(),
    'vote.open': zod_1.z.object({ meetingId: id.optional(), title: zod_1.z.string().min(1).max(500), kind: zod_1.z.string().max(40).optional() }).loose(),
    'vote.cast': zod_1.z.object({ motionId: id, choice: zod_1.z.enum(types_1.VOTE_CHOICES), comment: shortText(1000) }).loose(),
    'vote.close': zod_1.z.object({ motionId: id }).loose(),
    'summary.show': zod_1.z.object({ meetingId: id.optional() }).loose(),
};
/** Validates a verb's data; a bad payload is the user's error, named, never a crash. */
function parseCardData(verb, data) {
    const parsed = exports.cardActionSchemas[verb].safeParse(data ?? {});
    if (!parsed.success) {
        const fields = parsed.error.issues.map((issue) => issue.path.join('.') || verb).join(', ');
        throw new errors_1.DomainError('input.invalid', fields);
    }
    return parsed.data;
}
/** Drops undefined so optional fields stay absent (exactOptionalPropertyTypes). */
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
//# sourceMappingURL=card-action-data.js.map