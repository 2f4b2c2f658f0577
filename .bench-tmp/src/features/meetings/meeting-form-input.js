"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.submittedDefaults = submittedDefaults;
exports.parseMeetingForm = parseMeetingForm;
/**
 * The new-meeting form as the card submits it (all strings), parsed into a
 * validated plan. Multi-line inputs hold one entry per line.
 */
const zod_1 = require("zod");
const types_1 = require("../../core/types");
const text = (max) => zod_1.z.string().max(max).optional().default('');
const formSchema = zod_1.z.object({
    date: zod_1.z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày (YYYY-MM-DD)'),
    time: zod_1.z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'giờ (HH:mm)'),
    form: zod_1.z.enum(types_1.MEETING_FORMS),
    kind: zod_1.z.enum(types_1.MEETING_KINDS).optional().default('regular'),
    venues: text(4000),
    agenda: text(8000),
    documents: text(8000),
    guests: text(4000),
    // Hosts send '' for an untouched choice: treat it as "not chosen".
    chairMemberId: zod_1.z.string().max(64).optional().transform((v) => v || undefined),
    minuteTakerMemberId: zod_1.z.string().max(64).optional().transform((v) => v || undefined),
});
/** What the secretary typed, to put back in the form when it returns with errors. */
function submittedDefaults(data) {
    if (typeof data !== 'object' || data === null)
        return {};
    const keep = ['kind', 'venues', 'agenda', 'documents', 'guests', 'chairMemberId', 'minuteTakerMemberId', 'date', 'time', 'form'];
    return Object.fromEntries(Object.entries(data).filter(([k, v]) => keep.includes(k) && typeof v === 'string' && v.length <= 8000));
}
function lines(block) {
    return block
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line.length > 0);
}
/** "Nội dung – Người trình bày": an en dash, em dash or " - " separates the two parts. */
function splitPair(line) {
    const match = /^(.*?)\s+[–—-]\s+(.*)$/.exec(line);
    return match ? [match[1].trim(), match[2].trim()] : [line, undefined];
}
function parseDocumentLine(line, errors) {
    const [title, url] = line.split('|').map((part) => part.trim());
    if (!title || !url || !zod_1.z.url().safeParse(url).success) {
        errors.push(`Tài liệu "${line}": cần dạng "Tên tài liệu | https://…"`);
        return null;
    }
    return { title, url };
}
/** Parses the form; returns the plan or the list of problems to show on the form. */
function parseMeetingForm(data) {
    const parsed = formSchema.safeParse(data);
    if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
    }
    const input = parsed.data;
    const errors = [];
    const venues = lines(input.venues).map((name, index) => ({ name, main: index === 0 }));
    const agenda = lines(input.agenda).map((line) => {
        const [title, presenter] = splitPair(line);
        return presenter === undefined ? { title } : { title, presenter };
    });
    const documents = lines(input.documents)
        .map((line) => parseDocumentLine(line, errors))
        .filter((d) => d !== null);
    const guests = lines(input.guests).map((line) => {
        const [name, position] = splitPair(line);
        return { name, position: position ?? '' };
    });
    if (agenda.length === 0)
        errors.push('Cần ít nhất một nội dung trong chương trình.');
    if (input.form === 'mixed' && venues.length < 2)
        errors.push('Hình thức kết hợp cần điểm cầu chính và ít nhất một điểm cầu thành phần.');
    if (input.form === 'in_person' && venues.length === 0)
        errors.push('Cần địa điểm sinh hoạt.');
    if (errors.length > 0)
        return { ok: false, errors };
    const plan = {
        date: input.date,
        time: input.time,
        form: input.form,
        kind: input.kind,
        venues,
        agenda,
        documents,
        guests,
        ...(input.chairMemberId ? { chairMemberId: input.chairMemberId } : {}),
        ...(input.minuteTakerMemberId ? { minuteTakerMemberId: input.minuteTakerMemberId } : {}),
    };
    return { ok: true, plan };
}
//# sourceMappingURL=meeting-form-input.js.map