"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseNoteData = parseNoteData;
/**
 * Card payloads of the meeting-notes verbs (speakers, tasks, targets, minutes
 * links), validated like the others in shared/card-action-data.ts: ids and
 * typed text only, never who acts.
 */
const zod_1 = require("zod");
const errors_1 = require("../../core/errors");
const meeting_notes_1 = require("../../core/meeting-notes");
const card_action_data_1 = require("../shared/card-action-data");
const id = zod_1.z.string().min(1).max(64).regex(/^[\w-]+$/);
const text = (max) => zod_1.z.string().trim().min(1).max(max);
// Date inputs send "2025-09-30"; typed text may say "30/9/2025".
const due = zod_1.z
    .string()
    .max(40)
    .transform((value) => (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : (0, meeting_notes_1.parseDueDate)(value)))
    .refine((value) => value !== null, 'due')
    .optional();
const schemas = {
    'speaker.register': zod_1.z.object({ meetingId: id.optional() }).loose(),
    'speaker.record': zod_1.z.object({ meetingId: id.optional(), speaker: text(200), gist: zod_1.z.string().max(2000).optional() }).loose(),
    'task.add': zod_1.z.object({ meetingId: id.optional(), title: text(500), owner: text(200), due: due.or(zod_1.z.literal('').transform(() => undefined)) }).loose(),
    'target.progress': zod_1.z.object({ metric: text(200), amount: zod_1.z.coerce.number().int().min(-100_000).max(100_000), mode: zod_1.z.enum(['add', 'set']).default('add') }).loose(),
    'minutes.links': zod_1.z.object({ meetingId: id.optional() }).loose(),
};
/** Validates one verb's data and drops undefined fields (exactOptionalPropertyTypes). */
function parseNoteData(verb, data) {
    const parsed = schemas[verb].safeParse(data ?? {});
    if (!parsed.success)
        throw new errors_1.DomainError('input.invalid', parsed.error.issues.map((issue) => issue.path.join('.') || verb).join(', '));
    return (0, card_action_data_1.defined)(parsed.data);
}
//# sourceMappingURL=note-card-data.js.map