import { normalizeText } from '../../src/core/text';

describe('normalizeText', () => {
  it.each([
    ['Biểu quyết', 'bieu quyet'],
    ['ĐIỂM DANH', 'diem danh'],
    ['đồng chí Đặng Thị Ánh', 'dong chi dang thi anh'],
    ['  tham   dự\ttrực\ntuyến  ', 'tham du truc tuyen'],
    ['Tán thành', 'tan thanh'],
    ['không tán thành', 'khong tan thanh'],
    ['Ý kiến khác', 'y kien khac'],
    ['Nghị quyết', 'nghi quyet'],
    ['SHT đến', 'sht den'],
    ['miễn công tác và sinh hoạt đảng', 'mien cong tac va sinh hoat dang'],
    ['Chủ nhật', 'chu nhat'],
    ['Hello World', 'hello world'],
    ['', ''],
    ['   ', ''],
    ['2025-09', '2025-09'],
    // Decomposed input (NFD from some keyboards) folds the same as composed input.
    ['Biểu quyết'.normalize('NFD'), 'bieu quyet'],
    ['ỷ ỹ ỵ ữ ự ờ', 'y y y u u o'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = normalizeText('  Đề nghị các Đồng chí  ');
    expect(normalizeText(once)).toBe(once);
  });
});
