/**
 * The setup form's choice lists for the cell's rules (timezone, quorum, who
 * stays in the vote denominator, who votes) and their words. A value stored
 * outside a list (set from the CLI, or before the list existed) is offered
 * too, so opening and saving the form never changes it silently.
 */
import { TIMEZONES, timezoneLabel } from '../../core/timezones';
import type { Locale } from '../../core/types';

export interface Choice {
  readonly title: string;
  readonly value: string;
}

/** Quorum fractions the form offers (DOMAIN.md: many cells use 2/3, the default). */
export const QUORUM_CHOICES = ['1/2', '3/5', '2/3', '3/4', '4/5', '1/1'] as const;
const DEFAULT_QUORUM = '2/3';

const WORDS = {
  vi: {
    localityInput: 'Địa danh ghi trên biên bản, nghị quyết (ví dụ: Hà Nội)',
    committeeInput: 'Trực thuộc đảng bộ (đảng ủy cấp trên đọc báo cáo của chi bộ)',
    noCommittee: 'Không trực thuộc đảng bộ nào trên hệ thống',
    rulesHeading: 'Quy chế của chi bộ',
    quorumInput: 'Số đảng viên chính thức cần có mặt để tiến hành sinh hoạt',
    quorumChoice: '{q} số đảng viên chính thức',
    quorumAll: 'Toàn bộ đảng viên chính thức (1/1)',
    byDefault: ' (mặc định)',
    excusedInput: 'Đảng viên chính thức vắng mặt có lý do',
    excusedIn: 'Vẫn tính vào tổng số biểu quyết',
    excusedOut: 'Không tính vào tổng số biểu quyết',
    attachedInput: 'Đảng viên sinh hoạt tạm thời đến',
    attachedNo: 'Không biểu quyết',
    attachedYes: 'Được biểu quyết, tính vào tổng số biểu quyết',
    weekdayRule: 'Theo lịch đã đặt: {rule}',
  },
  en: {
    localityInput: 'Place named on the minutes and resolution (e.g. Hà Nội)',
    committeeInput: "Parent committee (it reads the cell's reports)",
    noCommittee: 'No committee on this system',
    rulesHeading: "The cell's rules",
    quorumInput: 'Official members who must be present to hold the meeting',
    quorumChoice: '{q} of the official members',
    quorumAll: 'All official members (1/1)',
    byDefault: ' (default)',
    excusedInput: 'Official members absent with a reason',
    excusedIn: 'Stay in the vote denominator',
    excusedOut: 'Leave the vote denominator',
    attachedInput: 'Members attached here temporarily',
    attachedNo: 'Do not vote',
    attachedYes: 'Vote, and count in the denominator',
    weekdayRule: 'As set: {rule}',
  },
} as const;

export type SettingsWords = (typeof WORDS)[Locale];

export function settingsWords(locale: Locale): SettingsWords {
  return WORDS[locale];
}

function withCurrent(choices: Choice[], current: string, title: string): Choice[] {
  return current === '' || choices.some((c) => c.value === current) ? choices : [...choices, { title, value: current }];
}

export function timezoneChoices(current: string, locale: Locale): Choice[] {
  return withCurrent(TIMEZONES.map((zone) => ({ title: zone.label[locale], value: zone.id })), current, timezoneLabel(current, locale));
}

export function quorumChoices(current: string, locale: Locale): Choice[] {
  const w = WORDS[locale];
  const title = (q: string): string => (q === '1/1' ? w.quorumAll : w.quorumChoice.replace('{q}', q)) + (q === DEFAULT_QUORUM ? w.byDefault : '');
  return withCurrent(QUORUM_CHOICES.map((q) => ({ title: title(q), value: q })), current, title(current));
}

export function excusedChoices(locale: Locale): Choice[] {
  const w = WORDS[locale];
  return [
    { title: w.excusedIn + w.byDefault, value: 'true' },
    { title: w.excusedOut, value: 'false' },
  ];
}

export function attachedChoices(locale: Locale): Choice[] {
  const w = WORDS[locale];
  return [
    { title: w.attachedNo + w.byDefault, value: 'false' },
    { title: w.attachedYes, value: 'true' },
  ];
}

/** "Theo lịch đã đặt: thứ Hai đầu tiên của tháng" — the meeting-day choice that keeps a weekday rule. */
export function weekdayRuleChoice(rule: string, locale: Locale): Choice {
  return { title: WORDS[locale].weekdayRule.replace('{rule}', rule), value: 'rule' };
}
