/** The 42-HD/BTCTW timing warnings: 90 minutes (120 with a thematic part), documents a day before. */
import { isThematicItem, timingFlags, type MeetingTiming } from '../../src/core/timing-flags';

const start = new Date('2026-12-05T07:00:00Z');
const at = (minutes: number): Date => new Date(start.getTime() + minutes * 60_000);
const timing = (overrides: Partial<MeetingTiming> = {}): MeetingTiming => ({
  kind: 'regular',
  thematicPart: false,
  startedAt: start,
  endedAt: at(90),
  plannedAt: start,
  noticePostedAt: at(-2 * 24 * 60),
  timeZone: 'Asia/Ho_Chi_Minh',
  ...overrides,
});
const codes = (t: MeetingTiming): string[] => timingFlags(t, 'vi').map((f) => f.code);

describe('timing flags', () => {
  it('flags a regular meeting under 90 minutes, not one of 90', () => {
    expect(codes(timing({ endedAt: at(8) }))).toEqual(['meeting.short']);
    expect(timingFlags(timing({ endedAt: at(8) }), 'en')[0]?.text).toContain('8 minutes, under the 90 minutes');
    expect(codes(timing())).toEqual([]);
  });

  it('asks 120 minutes of a thematic meeting or a regular one with a thematic part, none of an extraordinary one', () => {
    expect(codes(timing({ kind: 'thematic', endedAt: at(100) }))).toEqual(['meeting.short']);
    expect(codes(timing({ thematicPart: true, endedAt: at(119) }))).toEqual(['meeting.short']);
    expect(codes(timing({ thematicPart: true, endedAt: at(120) }))).toEqual([]);
    expect(codes(timing({ kind: 'extraordinary', endedAt: at(20) }))).toEqual([]);
    expect(isThematicItem('Sinh hoạt chuyên đề "Tự soi, tự sửa"')).toBe(true);
    expect(isThematicItem('Thông tin thời sự')).toBe(false);
  });

  it('flags documents posted less than a day before the start that happened, or never posted', () => {
    expect(codes(timing({ noticePostedAt: at(-23 * 60) }))).toEqual(['documents.late']);
    expect(codes(timing({ noticePostedAt: at(-24 * 60) }))).toEqual([]);
    expect(codes(timing({ noticePostedAt: null }))).toEqual(['documents.late']);
    // Not started and not posted yet: nothing to say.
    expect(codes(timing({ startedAt: null, endedAt: null, noticePostedAt: null }))).toEqual([]);
  });
});
