"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.COMMAND_HELP = void 0;
exports.parseCommand = parseCommand;
/**
 * Chat commands: what a member typed, in Vietnamese with or without accents or
 * in English, turned into one typed command. Free text keeps its original spelling.
 */
const command_tokens_1 = require("./command-tokens");
const meeting_notes_1 = require("./meeting-notes");
const period_1 = require("./period");
// The help card lists what this parser understands; both live behind one import.
var command_help_1 = require("./command-help");
Object.defineProperty(exports, "COMMAND_HELP", { enumerable: true, get: function () { return command_help_1.COMMAND_HELP; } });
const MENTIONS = new Set(['@chibo', 'chibo']);
const VENUE_INTRO = [['tại', 'at', 'ở'], ['điểm cầu', 'venue']];
/** A command that takes no argument: anything after the phrase makes it unknown. */
function exact(command) {
    return (tokens, next) => ((0, command_tokens_1.isEnd)(tokens, next) ? command : null);
}
function venueAfter(tokens, next) {
    const venue = (0, command_tokens_1.textFrom)(tokens, (0, command_tokens_1.skipOptional)(tokens, next, VENUE_INTRO));
    return venue ? { venue } : {};
}
/** "… – lý do: <reason>", "… vì <reason>", "…: <reason>"; the reason may be missing (the feature asks for it). */
function excusedAfter(tokens, next) {
    const reason = (0, command_tokens_1.textFrom)(tokens, (0, command_tokens_1.skipOptional)(tokens, next, [['lý do', 'lí do', 'reason', 'vì', 'because']]));
    return reason ? { name: 'rsvp', answer: 'excused', reason } : { name: 'rsvp', answer: 'excused' };
}
/** In-person attendance takes a venue only when introduced ("tại", "điểm cầu", "at"): "tham dự đầy đủ" is not one. */
function attendAfter(tokens, next) {
    const at = (0, command_tokens_1.skipOptional)(tokens, next, [['trực tiếp', 'in person']]);
    if ((0, command_tokens_1.isEnd)(tokens, at))
        return { name: 'rsvp', answer: 'attend' };
    const introduced = (0, command_tokens_1.skipOptional)(tokens, at, VENUE_INTRO);
    return introduced > at ? { name: 'rsvp', answer: 'attend', ...venueAfter(tokens, at) } : null;
}
function otherAfter(tokens, next) {
    const comment = (0, command_tokens_1.textFrom)(tokens, next);
    return comment ? { name: 'vote.cast', choice: 'other', comment } : { name: 'vote.cast', choice: 'other' };
}
function summaryAfter(tokens, next) {
    const at = (0, command_tokens_1.skipOptional)(tokens, next, [['kỳ sinh hoạt', 'kì sinh hoạt', 'kỳ họp', 'kì họp', 'cuộc họp', 'meeting']]);
    if ((0, command_tokens_1.isEnd)(tokens, at))
        return { name: 'summary' };
    const period = (0, period_1.parsePeriod)((0, command_tokens_1.textFrom)(tokens, at));
    return period ? { name: 'summary', period } : null;
}
/** Ballots; "không tán thành" is listed before "tán thành". The first two (no comment) also follow "vote": "vote yes". */
const CAST_RULES = [
    {
        phrases: ['không tán thành', 'không đồng ý', 'reject', 'disapprove', 'against', 'no'],
        parse: exact({ name: 'vote.cast', choice: 'reject' }),
    },
    { phrases: ['tán thành', 'đồng ý', 'approve', 'agree', 'yes'], parse: exact({ name: 'vote.cast', choice: 'approve' }) },
    { phrases: ['ý kiến khác', 'other opinion', 'other'], parse: otherAfter },
];
// Motion kinds named at the head of a vote title. With a colon ("kết nạp: đồng chí A") the label is dropped
// from the title; without one it stays ("kết nạp đồng chí A vào Đảng"). colonOnly kinds need the colon.
const KIND_PHRASES = [
    { phrase: 'công nhận đảng viên chính thức', kind: 'confirmation' },
    { phrase: 'công nhận chính thức', kind: 'confirmation' },
    { phrase: 'chuyển đảng chính thức', kind: 'confirmation' },
    { phrase: 'confirmation', kind: 'confirmation' },
    { phrase: 'confirm', kind: 'confirmation' },
    { phrase: 'kết nạp', kind: 'admission' },
    { phrase: 'admission', kind: 'admission' },
    { phrase: 'admit', kind: 'admission' },
    { phrase: 'bầu cử', kind: 'election' },
    { phrase: 'bầu', kind: 'election' },
    { phrase: 'election', kind: 'election' },
    { phrase: 'elect', kind: 'election' },
    { phrase: 'kỷ luật', kind: 'discipline' },
    { phrase: 'kỉ luật', kind: 'discipline' },
    { phrase: 'thi hành kỷ luật', kind: 'discipline' },
    { phrase: 'discipline', kind: 'discipline' },
    { phrase: 'disciplinary', kind: 'discipline' },
    { phrase: 'nhân sự', kind: 'personnel' },
    { phrase: 'personnel', kind: 'personnel' },
    // "Nghị quyết: …" is how Vietnamese titles start, so it is never read as a label; resolution is the default.
    { phrase: 'resolution', kind: 'resolution', colonOnly: true },
    // Approving the agenda or the minutes is a motion, not a resolution.
    { phrase: 'chương trình', kind: 'other' },
    { phrase: 'biên bản', kind: 'other' },
    { phrase: 'nội dung khác', kind: 'other', colonOnly: true },
    { phrase: 'nội dung', kind: 'other', colonOnly: true },
    { phrase: 'other', kind: 'other', colonOnly: true },
];
/** The kind named at `at` (after "đề nghị", "xét"…) and where the title starts. */
function kindAt(tokens, at) {
    const head = (0, command_tokens_1.skipOptional)(tokens, at, [['đề nghị'], ['xem xét', 'xét']]);
    for (const { phrase, kind, colonOnly } of KIND_PHRASES) {
        const hit = (0, command_tokens_1.matchAny)(tokens, head, [phrase]);
        if (!hit)
            continue;
        // "kết nạp:" with nothing after leaves no title, and the caller reports an unknown command.
        if (tokens.list[hit.next]?.word === '')
            return { kind, titleAt: (0, command_tokens_1.skipSeparators)(tokens, hit.next) };
        if (!colonOnly)
            return { kind, titleAt: at };
    }
    return { kind: 'resolution', titleAt: at };
}
function voteOpenAfter(tokens, next) {
    // "biểu quyết thông qua X": the call to vote already says "thông qua".
    const at = (0, command_tokens_1.skipOptional)(tokens, next, [['thông qua', 'on']]);
    const ballot = firstMatch(CAST_RULES.slice(0, 2), tokens, at);
    if (ballot)
        return ballot;
    const { kind, titleAt } = kindAt(tokens, at);
    const title = (0, command_tokens_1.textFrom)(tokens, titleAt);
    return title ? { name: 'vote.open', title, kind } : null;
}
function speakerAfter(tokens, next) {
    const line = (0, meeting_notes_1.parseSpeakerLine)((0, command_tokens_1.textFrom)(tokens, next));
    return line ? { name: 'speaker.record', ...line } : null;
}
function taskAfter(tokens, next) {
    const line = (0, meeting_notes_1.parseTaskLine)((0, command_tokens_1.textFrom)(tokens, next));
    return line ? { name: 'task.add', ...line } : null;
}
function targetProgressAfter(tokens, next) {
    // "chỉ tiêu năm: … +3" is a goal written wrongly, not progress on a target named "năm".
    if ((0, command_tokens_1.matchAny)(tokens, (0, command_tokens_1.skipSeparators)(tokens, next), ['năm', 'tháng', 'year', 'month']))
        return null;
    const line = (0, meeting_notes_1.parseTargetLine)((0, command_tokens_1.textFrom)(tokens, next));
    return line ? { name: 'target.progress', metric: line.metric, mode: line.mode, amount: line.amount } : null;
}
/** "chỉ tiêu năm: <tên> = 180 [đơn vị]" sets a goal; "+n" is not a goal. */
function targetGoalAfter(scope) {
    return (tokens, next) => {
        const line = (0, meeting_notes_1.parseTargetLine)((0, command_tokens_1.textFrom)(tokens, next));
        if (!line || line.mode !== 'set')
            return null;
        return { name: 'target.set', scope, metric: line.metric, goal: line.amount, ...(line.unit ? { unit: line.unit } : {}) };
    };
}
/** "tóm tắt năm 2025": reached when "tóm tắt" finds no month after it. */
function yearSummaryAfter(tokens, next) {
    const at = (0, command_tokens_1.skipOptional)(tokens, next, [['năm', 'year']]);
    const year = (0, command_tokens_1.textFrom)(tokens, at);
    return /^\d{4}$/.test(year) ? { name: 'summary.year', year } : null;
}
function minutesAfter(tokens, next) {
    if ((0, command_tokens_1.isEnd)(tokens, next))
        return { name: 'minutes' };
    const period = (0, period_1.parsePeriod)((0, command_tokens_1.textFrom)(tokens, next));
    return period ? { name: 'minutes', period } : null;
}
/** Speakers, tasks, targets, documents. "đăng ký phát biểu" comes before "phát biểu", goals before progress. */
const NOTE_RULES = [
    { phrases: ['đăng ký phát biểu', 'đăng kí phát biểu', 'xin phát biểu', 'register to speak', 'raise hand'], parse: exact({ name: 'speaker.register' }) },
    { phrases: ['ghi phát biểu', 'phát biểu', 'speaker', 'speech'], parse: speakerAfter },
    { phrases: ['giao nhiệm vụ', 'nhiệm vụ', 'task'], parse: taskAfter },
    { phrases: ['chỉ tiêu năm', 'yearly target', 'year target'], parse: targetGoalAfter('year') },
    { phrases: ['chỉ tiêu tháng', 'monthly target', 'month target'], parse: targetGoalAfter('month') },
    { phrases: ['chỉ tiêu', 'target'], parse: targetProgressAfter },
    { phrases: ['tóm tắt', 'tổng hợp', 'summary'], parse: yearSummaryAfter },
    { phrases: ['tải biên bản', 'biên bản', 'download minutes', 'minutes'], parse: minutesAfter },
    { phrases: ['bảng điều khiển', 'trang tổng hợp', 'dashboard'], parse: exact({ name: 'dashboard' }) },
];
/** First match wins, so longer phrases come before their prefixes ("tham dự trực tuyến" before "tham dự"). */
/** "lịch" alone shows the schedule; with text it sets the rule ("lịch ngày 5 14:00", "lịch thứ Hai đầu tiên 19:30"). */
function scheduleAfter(tokens, next) {
    const text = (0, command_tokens_1.textFrom)(tokens, (0, command_tokens_1.skipOptional)(tokens, next, [['sinh hoạt', 'họp']]));
    return text ? { name: 'schedule.rule', text } : { name: 'schedule.show' };
}
function textAfter(make) {
    return (tokens, next) => {
        const text = (0, command_tokens_1.textFrom)(tokens, next);
        return text ? make(text) : null;
    };
}
function cancelAfter(tokens, next) {
    const reason = (0, command_tokens_1.textFrom)(tokens, (0, command_tokens_1.skipOptional)(tokens, next, [['lý do', 'lí do', 'reason', 'vì', 'because']]));
    return reason ? { name: 'meeting.cancel', reason } : { name: 'meeting.cancel' };
}
const SCHEDULE_RULES = [
    { phrases: ['nhắc lịch', 'reminders', 'remind'], parse: textAfter((text) => ({ name: 'schedule.reminders', text })) },
    { phrases: ['dời họp', 'dời lịch họp', 'chuyển họp', 'đổi lịch họp', 'move meeting', 'reschedule'], parse: textAfter((when) => ({ name: 'meeting.move', when })) },
    { phrases: ['hủy họp', 'huỷ họp', 'hủy kỳ họp', 'huỷ kỳ họp', 'cancel meeting'], parse: cancelAfter },
    { phrases: ['lịch họp', 'lịch sinh hoạt', 'lịch', 'schedule'], parse: scheduleAfter },
];
const RULES = [
    { phrases: ['kết thúc biểu quyết', 'đóng biểu quyết', 'close vote', 'end vote', 'close voting'], parse: exact({ name: 'vote.close' }) },
    ...CAST_RULES,
    { phrases: ['mở biểu quyết', 'biểu quyết', 'open vote', 'vote'], parse: voteOpenAfter },
    {
        phrases: ['tham dự trực tuyến', 'tham dự online', 'tham gia trực tuyến', 'dự họp trực tuyến', 'attend online', 'join online'],
        parse: (tokens, next) => ({ name: 'rsvp', answer: 'attend_online', ...venueAfter(tokens, next) }),
    },
    { phrases: ['tham dự', 'tham gia', 'dự họp', 'attending', 'attend'], parse: attendAfter },
    { phrases: ['xin vắng mặt', 'xin vắng', 'báo vắng', 'vắng mặt', 'vắng', 'excused', 'excuse', 'absent', 'apologies'], parse: excusedAfter },
    { phrases: ['có mặt', 'present', 'here', 'check in', 'checkin'], parse: (tokens, next) => ({ name: 'present', ...venueAfter(tokens, next) }) },
    { phrases: ['mở điểm danh', 'điểm danh', 'roll call', 'rollcall', 'roll-call'], parse: exact({ name: 'rollcall.open' }) },
    { phrases: ['họp mới', 'tạo cuộc họp mới', 'tạo cuộc họp', 'tạo kỳ họp', 'new meeting', 'create meeting'], parse: exact({ name: 'meeting.new' }) },
    { phrases: ['gửi thông báo', 'đăng thông báo', 'thông báo', 'post notice', 'send notice', 'notice'], parse: exact({ name: 'notice' }) },
    { phrases: ['tóm tắt', 'tổng hợp', 'summary', 'summarise', 'summarize'], parse: summaryAfter },
    { phrases: ['danh sách đảng viên', 'danh sách', 'roster', 'members', 'member list'], parse: exact({ name: 'roster' }) },
    { phrases: ['trợ giúp', 'giúp đỡ', 'giúp', 'hướng dẫn', 'help'], parse: exact({ name: 'help' }) },
    ...NOTE_RULES,
    ...SCHEDULE_RULES,
];
function firstMatch(rules, tokens, at) {
    for (const rule of rules) {
        const hit = (0, command_tokens_1.matchAny)(tokens, at, rule.phrases);
        const command = hit ? rule.parse(tokens, hit.next) : null;
        if (command)
            return command;
    }
    return null;
}
/** Drops "@chibo" / "chibo", a leading "/", and a closing polite "ạ"; returns the tokens of the command proper. */
function commandTokens(text) {
    let list = (0, command_tokens_1.tokenize)(text);
    if (list[0] && MENTIONS.has(list[0].word))
        list = list.slice(1);
    const first = list[0];
    if (first?.raw.startsWith('/'))
        list = [...(0, command_tokens_1.tokenize)(first.raw.slice(1), first.start + 1), ...list.slice(1)];
    const last = list[list.length - 1];
    if (list.length > 1 && last && last.raw.normalize('NFC').toLowerCase().replace(/[.!]+$/, '') === 'ạ') {
        list = list.slice(0, -1);
    }
    return { text, list };
}
/** Reads a chat message as a command; anything not understood is { name: 'unknown', text } with the text trimmed. */
function parseCommand(text) {
    const tokens = commandTokens(text);
    const at = (0, command_tokens_1.skipSeparators)(tokens, 0);
    if (tokens.list.length > 0 && tokens.list.every((t) => /^[?？]+$/u.test(t.raw)))
        return { name: 'help' };
    return firstMatch(RULES, tokens, at) ?? { name: 'unknown', text: text.trim() };
}
//# sourceMappingURL=commands.js.map