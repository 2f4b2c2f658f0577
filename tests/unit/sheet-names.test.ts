/** Worksheet names of the motions: Excel's 31 characters, whole words, each name once. */
import { motionSheetNames, SHEET_NAME_MAX, wholeWords } from '../../src/exports/sheet-names';

describe('motion sheet names', () => {
  it('cuts the title between words, never inside one', () => {
    const [name] = motionSheetNames([
      { period: '2023-12', title: 'Nghị quyết Chi bộ tháng 12/2023 về công tác phát triển đảng viên' },
    ]);
    expect(name).toBe('BQ1 2023-12 Nghị quyết Chi bộ');
    expect(name?.length).toBeLessThanOrEqual(SHEET_NAME_MAX);
  });

  it('drops the characters Excel refuses and the apostrophes it refuses at the ends', () => {
    const [name] = motionSheetNames([{ period: '2024-01', title: "'Kết nạp: [Lê Văn A]?*'" }]);
    expect(name).toBe('BQ1 2024-01 Kết nạp Lê Văn A');
    expect(name).not.toMatch(/[[\]:*?/\\]/);
  });

  it('gives every sheet its own name, ignoring case, also against the attendance sheet', () => {
    const names = motionSheetNames(
      [
        { period: '2024-01', title: 'Công nhận đảng viên chính thức' },
        { period: '2024-01', title: 'Công nhận đảng viên chính thức' },
      ],
      ['Điểm danh'],
    );
    expect(names).toEqual(['BQ1 2024-01 Công nhận đảng viên', 'BQ2 2024-01 Công nhận đảng viên']);
    const clash = motionSheetNames([{ period: '', title: 'điểm danh' }], ['Điểm danh', 'BQ1 điểm danh']);
    expect(clash[0]?.toLocaleLowerCase('vi')).not.toBe('bq1 điểm danh');
    expect(clash[0]).toMatch(/\(2\)$/);
  });

  it('marks a single word too long for the room as cut', () => {
    expect(wholeWords('Siêuđơnvịtừdàiquáđểvừatênbảngtính', 10)).toBe('Siêuđơnvị…');
    expect(wholeWords('Một hai ba', 7)).toBe('Một hai');
  });
});
