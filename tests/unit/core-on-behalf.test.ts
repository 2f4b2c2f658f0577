/** Recording for members without a device: the commands, the lists of names, late check-ins. */
import { parseCommand } from '../../src/core/commands';
import { isLateCheckIn, matchMemberName, parseHandsCount } from '../../src/core/on-behalf';

describe('presence recorded on behalf', () => {
  it.each([
    [
      'điểm danh hộ: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường',
      { name: 'rollcall.record', names: ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'] },
    ],
    ['diem danh ho tai Ha Noi: An, Binh', { name: 'rollcall.record', names: ['An', 'Binh'], venue: 'Ha Noi' }],
    ['có mặt hộ Nguyễn Văn An', { name: 'rollcall.record', names: ['Nguyễn Văn An'] }],
    ['check in for: Alice, Bob', { name: 'rollcall.record', names: ['Alice', 'Bob'] }],
  ])('%s', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it("leaves the member's own commands as they were", () => {
    expect(parseCommand('điểm danh')).toEqual({ name: 'rollcall.open' });
    expect(parseCommand('có mặt')).toEqual({ name: 'present' });
    expect(parseCommand('có mặt tại Hà Nội')).toEqual({ name: 'present', venue: 'Hà Nội' });
    expect(parseCommand('biểu quyết Nghị quyết tháng 9')).toEqual({
      name: 'vote.open',
      title: 'Nghị quyết tháng 9',
      kind: 'resolution',
    });
  });
});

describe('show of hands', () => {
  it('reads choices and names, Vietnamese with or without diacritics, and English', () => {
    expect(
      parseCommand(
        'biểu quyết giơ tay: tán thành Nguyễn Văn An, Trần Bình; không tán thành Lê C, ý kiến khác Phạm D (đề nghị sửa, bổ sung mục 2)',
      ),
    ).toEqual({
      name: 'vote.hands',
      counts: [
        { choice: 'approve', names: [{ name: 'Nguyễn Văn An' }, { name: 'Trần Bình' }] },
        { choice: 'reject', names: [{ name: 'Lê C' }] },
        { choice: 'other', names: [{ name: 'Phạm D', comment: 'đề nghị sửa, bổ sung mục 2' }] },
      ],
    });
    expect(parseCommand('bieu quyet gio tay: tan thanh An va Binh')).toEqual({
      name: 'vote.hands',
      counts: [{ choice: 'approve', names: [{ name: 'An' }, { name: 'Binh' }] }],
    });
    expect(parseCommand('show of hands: approve Alice, Bob; reject Carol')).toEqual({
      name: 'vote.hands',
      counts: [
        { choice: 'approve', names: [{ name: 'Alice' }, { name: 'Bob' }] },
        { choice: 'reject', names: [{ name: 'Carol' }] },
      ],
    });
  });

  it('refuses a list that names no choice or a choice with nobody', () => {
    expect(parseHandsCount('Nguyễn Văn An')).toBeNull();
    expect(parseHandsCount('tán thành')).toBeNull();
    expect(parseCommand('giơ tay: An').name).toBe('unknown');
  });
});

describe('matchMemberName', () => {
  const members = [
    { id: '1', fullName: 'Nguyễn Văn An' },
    { id: '2', fullName: 'Trần Văn An' },
    { id: '3', fullName: 'Lê Thị Bình' },
  ];
  it('matches full names without diacritics and unique endings, never a guess between two', () => {
    expect(matchMemberName(members, 'nguyen van an')?.id).toBe('1');
    expect(matchMemberName(members, 'Thị Bình')?.id).toBe('3');
    expect(matchMemberName(members, 'Bình')?.id).toBe('3');
    expect(matchMemberName(members, 'Văn An')).toBeNull();
    expect(matchMemberName(members, 'Cường')).toBeNull();
  });
});

describe('isLateCheckIn', () => {
  const start = new Date('2025-09-05T07:00:00Z');
  it('is late only after the grace period from the actual start', () => {
    expect(isLateCheckIn(start, new Date('2025-09-05T07:10:00Z'))).toBe(false);
    expect(isLateCheckIn(start, new Date('2025-09-05T07:40:00Z'))).toBe(true);
    expect(isLateCheckIn(null, new Date('2025-09-05T07:40:00Z'))).toBe(false);
  });
});
