"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CARD_VERBS = void 0;
/** Every card action the bot understands; card data carries `verb` plus the ids below, never who acts. */
exports.CARD_VERBS = [
    'meeting.create', // submit of the new-meeting form
    'meeting.form', // ask for the new-meeting form
    'notice.post', // post the notice of a meeting
    'rsvp.answer', // { meetingId, answer, venue?, reason? }
    'rollcall.open', // { meetingId }
    'rollcall.checkin', // { meetingId, venue? }
    'vote.open', // { meetingId, title, kind }
    'vote.cast', // { motionId, choice, comment? }
    'vote.close', // { motionId }
    'summary.show', // { meetingId }
    'setup.start', // the welcome card's "Thiết lập chi bộ": the presser becomes the secretary
    'setup.save', // submit of the setup form { cellName, parentOrganisation, meetingDay, meetingTime, timezone, reminders, approvalRef, approvalDate }
    'setup.roster', // { page? } sync the roster with the conversation's members and show a page of it
    'setup.roster.save', // { page, "status.<key>", "role.<key>", "group.<key>" } save one page of the roster card
    'speaker.register', // { meetingId? } a member asks for the floor ("Đăng ký phát biểu")
    'speaker.record', // { meetingId?, speaker, gist? } the minute-taker records who spoke and the gist
    'task.add', // { meetingId?, title, owner, due? } the chair sets a task (due "2025-09-30" or "30/9/2025")
    'target.progress', // { metric, amount, mode? } progress on a target ("add" by default)
    'minutes.links', // { meetingId? } the committee asks for the signed download links of the minutes
];
//# sourceMappingURL=view-models.js.map