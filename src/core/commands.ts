/**
 * Chat commands: what a member typed, in Vietnamese with or without accents or
 * in English, turned into one typed command. Free text keeps its original spelling.
 */
import { isEnd, matchAny, skipOptional, skipSeparators, textFrom, tokenize, type Tokens } from './command-tokens';
import { parseSpeakerLine, parseTaskLine } from './meeting-notes';
import { parseHandsCount, splitNames } from './on-behalf';
import { parsePeriod } from './period';
import { progressAfter, targetGoalAfter, targetProgressAfter } from './target-commands';
import type { Command } from './command-types';
import { parseReportPeriodText } from './report-period-text';

export type { Command } from './command-types';

/** A rule: the phrases that start the command (as written; matched with or without accents) and how to read what follows. */
interface Rule {
  readonly phrases: readonly string[];
  readonly parse: (tokens: Tokens, next: number) => Command | null;
}

const MENTIONS = new Set(['@chibo', 'chibo']);
const VENUE_INTRO = [
  ['tại', 'at', 'ở'],
  ['điểm cầu', 'venue'],
] as const;

/** A command that takes no argument: anything after the phrase makes it unknown. */
function exact(command: Command): Rule['parse'] {
  return (tokens, next) => (isEnd(tokens, next) ? command : null);
}

function venueAfter(tokens: Tokens, next: number): { venue?: string } {
  const venue = textFrom(tokens, skipOptional(tokens, next, VENUE_INTRO));
  return venue ? { venue } : {};
}

/** "… – lý do: <reason>", "… vì <reason>", "…: <reason>"; the reason may be missing (the feature asks for it). */
function excusedAfter(tokens: Tokens, next: number): Command {
  const reason = textFrom(tokens, skipOptional(tokens, next, [['lý do', 'lí do', 'reason', 'vì', 'because']]));
  return reason ? { name: 'rsvp', answer: 'excused', reason } : { name: 'rsvp', answer: 'excused' };
}

/** In-person attendance takes a venue only when introduced ("tại", "điểm cầu", "at"): "tham dự đầy đủ" is not one. */
function attendAfter(tokens: Tokens, next: number): Command | null {
  const at = skipOptional(tokens, next, [['trực tiếp', 'in person']]);
  if (isEnd(tokens, at)) return { name: 'rsvp', answer: 'attend' };
  const introduced = skipOptional(tokens, at, VENUE_INTRO);
  return introduced > at ? { name: 'rsvp', answer: 'attend', ...venueAfter(tokens, at) } : null;
}

function otherAfter(tokens: Tokens, next: number): Command {
  const comment = textFrom(tokens, next);
  return comment ? { name: 'vote.cast', choice: 'other', comment } : { name: 'vote.cast', choice: 'other' };
}

function summaryAfter(tokens: Tokens, next: number): Command | null {
  const at = skipOptional(tokens, next, [['kỳ sinh hoạt', 'kì sinh hoạt', 'kỳ họp', 'kì họp', 'cuộc họp', 'meeting']]);
  if (isEnd(tokens, at)) return { name: 'summary' };
  const period = parsePeriod(textFrom(tokens, at));
  return period ? { name: 'summary', period } : null;
}

/** Ballots; "không tán thành" is listed before "tán thành". The first two (no comment) also follow "vote": "vote yes". */
const CAST_RULES: readonly Rule[] = [
  {
    phrases: ['không tán thành', 'không đồng ý', 'reject', 'disapprove', 'against', 'no'],
    parse: exact({ name: 'vote.cast', choice: 'reject' }),
  },
  {
    phrases: ['tán thành', 'đồng ý', 'approve', 'agree', 'yes'],
    parse: exact({ name: 'vote.cast', choice: 'approve' }),
  },
  { phrases: ['ý kiến khác', 'other opinion', 'other'], parse: otherAfter },
];

// Motion kinds named at the head of a vote title. With a colon ("kết nạp: đồng chí A") the label is dropped
// from the title; without one it stays ("kết nạp đồng chí A vào Đảng"). colonOnly kinds need the colon.
const KIND_PHRASES: readonly { phrase: string; kind: string; colonOnly?: boolean }[] = [
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
function kindAt(tokens: Tokens, at: number): { kind: string; titleAt: number } {
  const head = skipOptional(tokens, at, [['đề nghị'], ['xem xét', 'xét']]);
  for (const { phrase, kind, colonOnly } of KIND_PHRASES) {
    const hit = matchAny(tokens, head, [phrase]);
    if (!hit) continue;
    // "kết nạp:" with nothing after leaves no title, and the caller reports an unknown command.
    if (tokens.list[hit.next]?.word === '') return { kind, titleAt: skipSeparators(tokens, hit.next) };
    if (!colonOnly) return { kind, titleAt: at };
  }
  return { kind: 'resolution', titleAt: at };
}

function voteOpenAfter(tokens: Tokens, next: number): Command | null {
  // "biểu quyết thông qua X": the call to vote already says "thông qua".
  const at = skipOptional(tokens, next, [['thông qua', 'on']]);
  const ballot = firstMatch(CAST_RULES.slice(0, 2), tokens, at);
  if (ballot) return ballot;
  const { kind, titleAt } = kindAt(tokens, at);
  const title = textFrom(tokens, titleAt);
  return title ? { name: 'vote.open', title, kind } : null;
}

function speakerAfter(tokens: Tokens, next: number): Command | null {
  const line = parseSpeakerLine(textFrom(tokens, next));
  return line ? { name: 'speaker.record', ...line } : null;
}

function taskAfter(tokens: Tokens, next: number): Command | null {
  const line = parseTaskLine(textFrom(tokens, next));
  return line ? { name: 'task.add', ...line } : null;
}

/** "tóm tắt năm 2025": reached when "tóm tắt" finds no month after it. */
function yearSummaryAfter(tokens: Tokens, next: number): Command | null {
  const at = skipOptional(tokens, next, [['năm', 'year']]);
  const year = textFrom(tokens, at);
  return /^\d{4}$/.test(year) ? { name: 'summary.year', year } : null;
}

function minutesAfter(tokens: Tokens, next: number): Command | null {
  if (isEnd(tokens, next)) return { name: 'minutes' };
  const period = parsePeriod(textFrom(tokens, next));
  return period ? { name: 'minutes', period } : null;
}

/** Speakers, tasks, targets, documents. "đăng ký phát biểu" comes before "phát biểu", goals before progress. */
const NOTE_RULES: readonly Rule[] = [
  {
    phrases: ['đăng ký phát biểu', 'đăng kí phát biểu', 'xin phát biểu', 'register to speak', 'raise hand'],
    parse: exact({ name: 'speaker.register' }),
  },
  { phrases: ['ghi phát biểu', 'phát biểu', 'speaker', 'speech'], parse: speakerAfter },
  { phrases: ['danh sách nhiệm vụ', 'các nhiệm vụ', 'task list', 'tasks'], parse: exact({ name: 'task.list' }) },
  {
    phrases: ['hoàn thành nhiệm vụ', 'xong nhiệm vụ', 'task done', 'done task'],
    parse: textAfter((title) => ({ name: 'task.done', title })),
  },
  { phrases: ['giao nhiệm vụ', 'nhiệm vụ', 'task'], parse: taskAfter },
  { phrases: ['tiến độ chỉ tiêu', 'tiến độ', 'target progress', 'progress'], parse: progressAfter },
  { phrases: ['chỉ tiêu năm', 'yearly target', 'year target'], parse: targetGoalAfter('year') },
  { phrases: ['chỉ tiêu tháng', 'monthly target', 'month target'], parse: targetGoalAfter('month') },
  { phrases: ['chỉ tiêu', 'target'], parse: targetProgressAfter },
  { phrases: ['tóm tắt', 'tổng hợp', 'summary'], parse: yearSummaryAfter },
  { phrases: ['tải biên bản', 'biên bản', 'download minutes', 'minutes'], parse: minutesAfter },
  { phrases: ['bảng điều khiển', 'trang tổng hợp', 'dashboard'], parse: exact({ name: 'dashboard' }) },
];

/** First match wins, so longer phrases come before their prefixes ("tham dự trực tuyến" before "tham dự"). */
/** "lịch" alone shows the schedule; with text it sets the rule ("lịch ngày 5 14:00", "lịch thứ Hai đầu tiên 19:30"). */
function scheduleAfter(tokens: Tokens, next: number): Command {
  const text = textFrom(tokens, skipOptional(tokens, next, [['sinh hoạt', 'họp']]));
  return text ? { name: 'schedule.rule', text } : { name: 'schedule.show' };
}

function textAfter(make: (text: string) => Command): Rule['parse'] {
  return (tokens, next) => {
    const text = textFrom(tokens, next);
    return text ? make(text) : null;
  };
}

function cancelAfter(tokens: Tokens, next: number): Command {
  const reason = textFrom(tokens, skipOptional(tokens, next, [['lý do', 'lí do', 'reason', 'vì', 'because']]));
  return reason ? { name: 'meeting.cancel', reason } : { name: 'meeting.cancel' };
}

/** "báo cáo đảng ủy [tháng 11/2026 | quý 4/2026 | năm 2026]": the period is optional (the feature picks last month). */
function committeeReportAfter(tokens: Tokens, next: number): Command | null {
  if (isEnd(tokens, next)) return { name: 'committee.report' };
  const period = parseReportPeriodText(textFrom(tokens, next));
  return period ? { name: 'committee.report', period } : null;
}

const SCHEDULE_RULES: readonly Rule[] = [
  { phrases: ['nhắc lịch', 'reminders', 'remind'], parse: textAfter((text) => ({ name: 'schedule.reminders', text })) },
  {
    phrases: ['dời họp', 'dời lịch họp', 'chuyển họp', 'đổi lịch họp', 'move meeting', 'reschedule'],
    parse: textAfter((when) => ({ name: 'meeting.move', when })),
  },
  { phrases: ['hủy họp', 'huỷ họp', 'hủy kỳ họp', 'huỷ kỳ họp', 'cancel meeting'], parse: cancelAfter },
  { phrases: ['lịch họp', 'lịch sinh hoạt', 'lịch', 'schedule'], parse: scheduleAfter },
];

/** "điểm danh hộ [tại <điểm cầu>]: A, B": the venue, when named, comes before the colon. */
function recordPresenceAfter(tokens: Tokens, next: number): Command | null {
  const rest = textFrom(tokens, next);
  const colon = rest.search(/[:：]/u);
  const venue =
    colon < 0
      ? ''
      : rest
          .slice(0, colon)
          .trim()
          .replace(/^(tại|tai|ở|o|at|điểm cầu|diem cau|venue)\s+/iu, '')
          .trim();
  const names = splitNames(colon < 0 ? rest : rest.slice(colon + 1));
  if (names.length === 0) return null;
  return venue === '' ? { name: 'rollcall.record', names } : { name: 'rollcall.record', names, venue };
}

function handsAfter(tokens: Tokens, next: number): Command | null {
  const counts = parseHandsCount(textFrom(tokens, next));
  return counts ? { name: 'vote.hands', counts } : null;
}

/** Recorded on behalf of others: before "điểm danh", "có mặt" and "biểu quyết", whose phrases they start with. */
const ON_BEHALF_RULES: readonly Rule[] = [
  {
    phrases: [
      'điểm danh hộ',
      'có mặt hộ',
      'ghi nhận có mặt',
      'ghi có mặt',
      'check in for',
      'mark present',
      'present for',
    ],
    parse: recordPresenceAfter,
  },
  { phrases: ['biểu quyết giơ tay', 'giơ tay', 'show of hands', 'hands'], parse: handsAfter },
];

const RULES: readonly Rule[] = [
  ...ON_BEHALF_RULES,
  {
    phrases: ['kết thúc biểu quyết', 'đóng biểu quyết', 'close vote', 'end vote', 'close voting'],
    parse: exact({ name: 'vote.close' }),
  },
  ...CAST_RULES,
  { phrases: ['mở biểu quyết', 'biểu quyết', 'open vote', 'vote'], parse: voteOpenAfter },
  {
    phrases: [
      'tham dự trực tuyến',
      'tham dự online',
      'tham gia trực tuyến',
      'dự họp trực tuyến',
      'attend online',
      'join online',
    ],
    parse: (tokens, next) => ({ name: 'rsvp', answer: 'attend_online', ...venueAfter(tokens, next) }),
  },
  { phrases: ['tham dự', 'tham gia', 'dự họp', 'attending', 'attend'], parse: attendAfter },
  {
    phrases: ['xin vắng mặt', 'xin vắng', 'báo vắng', 'vắng mặt', 'vắng', 'excused', 'excuse', 'absent', 'apologies'],
    parse: excusedAfter,
  },
  {
    phrases: ['có mặt', 'present', 'here', 'check in', 'checkin'],
    parse: (tokens, next) => ({ name: 'present', ...venueAfter(tokens, next) }),
  },
  {
    phrases: ['mở điểm danh', 'điểm danh', 'roll call', 'rollcall', 'roll-call'],
    parse: exact({ name: 'rollcall.open' }),
  },
  {
    phrases: ['bế mạc', 'kết thúc họp', 'kết thúc kỳ họp', 'kết thúc sinh hoạt', 'close meeting', 'end meeting'],
    parse: exact({ name: 'meeting.close' }),
  },
  {
    phrases: ['họp mới', 'tạo cuộc họp mới', 'tạo cuộc họp', 'tạo kỳ họp', 'new meeting', 'create meeting'],
    parse: exact({ name: 'meeting.new' }),
  },
  {
    phrases: ['gửi thông báo', 'đăng thông báo', 'thông báo', 'post notice', 'send notice', 'notice'],
    parse: exact({ name: 'notice' }),
  },
  { phrases: ['tóm tắt', 'tổng hợp', 'summary', 'summarise', 'summarize'], parse: summaryAfter },
  {
    phrases: ['danh sách đảng viên', 'danh sách', 'roster', 'members', 'member list'],
    parse: exact({ name: 'roster' }),
  },
  { phrases: ['trợ giúp', 'giúp đỡ', 'giúp', 'hướng dẫn', 'help'], parse: exact({ name: 'help' }) },
  {
    phrases: ['cài đặt chi bộ', 'cài đặt', 'thiết lập chi bộ', 'thiết lập', 'settings', 'setup'],
    parse: exact({ name: 'settings' }),
  },
  {
    phrases: [
      'báo cáo đảng ủy',
      'báo cáo đảng uỷ',
      'báo cáo cấp ủy',
      'báo cáo cấp uỷ',
      'báo cáo đảng bộ',
      'committee report',
    ],
    parse: committeeReportAfter,
  },
  ...NOTE_RULES,
  ...SCHEDULE_RULES,
];

function firstMatch(rules: readonly Rule[], tokens: Tokens, at: number): Command | null {
  for (const rule of rules) {
    const hit = matchAny(tokens, at, rule.phrases);
    const command = hit ? rule.parse(tokens, hit.next) : null;
    if (command) return command;
  }
  return null;
}

/** Drops "@chibo" / "chibo", a leading "/", and a closing polite "ạ"; returns the tokens of the command proper. */
function commandTokens(text: string): Tokens {
  let list = tokenize(text);
  if (list[0] && MENTIONS.has(list[0].word)) list = list.slice(1);
  const first = list[0];
  if (first?.raw.startsWith('/')) list = [...tokenize(first.raw.slice(1), first.start + 1), ...list.slice(1)];
  const last = list[list.length - 1];
  if (
    list.length > 1 &&
    last &&
    last.raw
      .normalize('NFC')
      .toLowerCase()
      .replace(/[.!]+$/, '') === 'ạ'
  ) {
    list = list.slice(0, -1);
  }
  return { text, list };
}

/** Reads a chat message as a command; anything not understood is { name: 'unknown', text } with the text trimmed. */
export function parseCommand(text: string): Command {
  const tokens = commandTokens(text);
  const at = skipSeparators(tokens, 0);
  if (tokens.list.length > 0 && tokens.list.every((t) => /^[?？]+$/u.test(t.raw))) return { name: 'help' };
  return firstMatch(RULES, tokens, at) ?? { name: 'unknown', text: text.trim() };
}
