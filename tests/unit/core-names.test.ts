import { compareVietnameseNames, sortByVietnameseName, vietnameseNameKey } from '../../src/core/names';

const sorted = (names: readonly string[]): string[] => [...names].sort(compareVietnameseNames);

describe('Vietnamese name order', () => {
  it('reads the given name as the last word and the rest as written', () => {
    expect(vietnameseNameKey('  Nguyễn   Thị  Ánh ')).toEqual({
      given: 'Ánh',
      rest: 'Nguyễn Thị',
      full: 'Nguyễn Thị Ánh',
    });
    expect(vietnameseNameKey('Hùng')).toEqual({ given: 'Hùng', rest: '', full: 'Hùng' });
  });

  it('orders by given name before the family name', () => {
    expect(sorted(['Nguyễn Thị Ánh', 'Lê Văn Anh'])).toEqual(['Lê Văn Anh', 'Nguyễn Thị Ánh']);
    expect(sorted(['Nguyễn Văn Bình', 'Vũ Thị An'])).toEqual(['Vũ Thị An', 'Nguyễn Văn Bình']);
  });

  it('uses Vietnamese letter order: a < á < â, d < đ, o < ô, u before v', () => {
    expect(sorted(['Trần Ân', 'Trần Ánh', 'Trần Anh'])).toEqual(['Trần Anh', 'Trần Ánh', 'Trần Ân']);
    expect(sorted(['Lê Đức', 'Lê Dũng'])).toEqual(['Lê Dũng', 'Lê Đức']);
  });

  it('orders families with the same given name in Vietnamese collation, not by code point', () => {
    const families = ['Vũ Minh', 'Nguyễn Minh', 'Đỗ Minh', 'Ngô Minh', 'Đặng Minh', 'Bùi Minh'];
    expect(sorted(families)).toEqual(['Bùi Minh', 'Đặng Minh', 'Đỗ Minh', 'Ngô Minh', 'Nguyễn Minh', 'Vũ Minh']);
    // What a character-by-character sort on the whole name gave before.
    expect([...families].sort()).not.toEqual(sorted(families));
  });

  it('breaks a tie on given name by family, then middle name', () => {
    expect(sorted(['Nguyễn Văn Hùng', 'Nguyễn Đức Hùng', 'Đặng Văn Hùng'])).toEqual([
      'Đặng Văn Hùng',
      'Nguyễn Đức Hùng',
      'Nguyễn Văn Hùng',
    ]);
  });

  it('sorts records by a name accessor, keeping equal names in their input order', () => {
    const members = [
      { id: 'm1', fullName: 'Nguyễn Thị Ánh' },
      { id: 'm2', fullName: 'Lê Văn Anh' },
      { id: 'm3', fullName: 'Đỗ Văn Ân' },
      { id: 'm4', fullName: 'Lê Văn Anh' },
    ];
    const ordered = sortByVietnameseName(members, (m) => m.fullName);
    expect(ordered.map((m) => m.id)).toEqual(['m2', 'm4', 'm1', 'm3']);
    expect(members.map((m) => m.id)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });
});
