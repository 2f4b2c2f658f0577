"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.questionOf = questionOf;
exports.optionsOf = optionsOf;
exports.digitHint = digitHint;
exports.parsePayload = parsePayload;
exports.parseDigitAnswer = parseDigitAnswer;
/**
 * The questions a Zalo message asks (RSVP, vote, check-in), their options as
 * button payloads, and the reading of what comes back. A payload is untrusted
 * text — the member could type it — so it only ever becomes a card action for
 * the member who sent it, with data the core validates again.
 */
const labels_1 = require("../../cards/labels");
const PREFIX = 'chibo';
const ID = /^[\w-]{1,64}$/;
const RSVP = ['attend', 'attend_online', 'excused'];
const CHOICES = ['approve', 'reject', 'other'];
// Zalo allows 1000 characters per payload; free text after the option is cut well inside that.
const MAX_FREE_TEXT = 500;
/** The question a view asks this viewer, if any (nothing for previews, cancelled or closed items, probationary ballots). */
function questionOf(view) {
    if (view.type === 'notice' && !view.preview && !view.cancelled)
        return { kind: 'rsvp', subjectId: view.meetingId };
    if (view.type === 'vote' && view.open && view.canVote)
        return { kind: 'vote', subjectId: view.motionId };
    if (view.type === 'rollcall' && view.open)
        return { kind: 'rollcall', subjectId: view.meetingId };
    return undefined;
}
/** The options of a question, in the order of their digits. */
function optionsOf(question, locale) {
    const l = (0, labels_1.labelsFor)(locale);
    const id = question.subjectId;
    switch (question.kind) {
        case 'rsvp':
            return [
                { title: l.attend, payload: `${PREFIX}:rsvp:${id}:attend` },
                { title: l.attendOnline, payload: `${PREFIX}:rsvp:${id}:attend_online` },
                { title: l.excused, payload: `${PREFIX}:rsvp:${id}:excused` },
            ];
        case 'vote':
            return [
                { title: l.approve, payload: `${PREFIX}:vote:${id}:approve` },
                { title: l.reject, payload: `${PREFIX}:vote:${id}:reject` },
                { title: l.other, payload: `${PREFIX}:vote:${id}:other` },
            ];
        case 'rollcall':
            return [{ title: l.present, payload: `${PREFIX}:checkin:${id}` }];
    }
}
/** "hoặc trả lời: 1 = Tham dự, 2 = …" — the fallback for clients that show no buttons. */
function digitHint(question, locale) {
    const options = optionsOf(question, locale).map((o, i) => `${i + 1} = ${o.title}`).join(', ');
    const vi = locale === 'vi';
    const extra = question.kind === 'rsvp' ? (vi ? ' (xin vắng kèm lý do, ví dụ: "3 đi công tác")' : ' (give a reason, e.g. "3 business trip")')
        : question.kind === 'vote' ? (vi ? ' (ý kiến khác kèm nội dung, ví dụ: "3 đề nghị bổ sung…")' : ' (add your comment, e.g. "3 please add…")')
            : '';
    return `${vi ? 'Hoặc trả lời' : 'Or reply'}: ${options}${extra}.`;
}
function freeText(parts) {
    const text = parts.join(':').trim().slice(0, MAX_FREE_TEXT);
    return text === '' ? undefined : text;
}
function withText(data, key, text) {
    return text === undefined ? data : { ...data, [key]: text };
}
/** Reads `chibo:<kind>:<id>:<option>[:<text>]`; null for anything else (it is then ordinary text). */
function parsePayload(text) {
    const [prefix, kind, id, option, ...rest] = text.trim().split(':');
    if (prefix !== PREFIX || id === undefined || !ID.test(id))
        return null;
    if (kind === 'rsvp' && RSVP.includes(option)) {
        // Text after "excused" is the reason; after an attendance answer it names the venue.
        return { verb: 'rsvp.answer', data: withText({ meetingId: id, answer: option }, option === 'excused' ? 'reason' : 'venue', freeText(rest)) };
    }
    if (kind === 'vote' && CHOICES.includes(option)) {
        return { verb: 'vote.cast', data: withText({ motionId: id, choice: option }, 'comment', freeText(rest)) };
    }
    if (kind === 'checkin')
        return { verb: 'rollcall.checkin', data: withText({ meetingId: id }, 'venue', freeText(option === undefined ? [] : [option, ...rest])) };
    return null;
}
/** "2", "3 đi công tác", "3: lý do": the option of the pending question, with any text after it. */
function parseDigitAnswer(text, question, locale) {
    if (question === undefined)
        return null;
    const match = /^\s*(\d)(?=$|[\s.:)\-–])\s*(?:[.:)\-–]\s*)?([\s\S]*)$/u.exec(text);
    if (!match)
        return null;
    const option = optionsOf(question, locale)[Number(match[1]) - 1];
    if (!option)
        return null;
    const rest = (match[2] ?? '').trim();
    return parsePayload(rest === '' ? option.payload : `${option.payload}:${rest}`);
}
//# sourceMappingURL=questions.js.map