/**
 * The minutes and the draft resolution of the second seed meeting as .docx
 * (opened with jszip, word/document.xml read as text), and the year's
 * attendance and votes as .xlsx read back row by row with exceljs.
 */
import ExcelJS from 'exceljs';
import { buildAttendanceXlsx, ATTENDANCE_HEADERS, ATTENDANCE_SHEET } from '../../src/exports/attendance-xlsx';
import { loadExportData } from '../../src/exports/export-data';
import { buildMinutesDocx } from '../../src/exports/minutes-docx';
import { buildResolutionDocx } from '../../src/exports/resolution-docx';
import { loadMeetingSummary } from '../../src/features/summaries/load-summary';
import { describeEachDatabase } from '../support/databases';
import { docxText } from './docx-text';
import { holdSeedMeeting, VENUES, type SeedMeeting } from './seed-meeting';

describeEachDatabase('documents of the second seed meeting', (getDb) => {
  let seed: SeedMeeting;
  beforeAll(async () => {
    seed = await holdSeedMeeting(getDb());
  });

  it("names the online room's service in the minutes, never its link (which may carry the passcode)", async () => {
    const link = 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0?context=x&passcode=Hx7k2';
    await getDb().prisma.meeting.update({ where: { id: seed.meetingId }, data: { joinUrl: link } });
    try {
      const text = await docxText(await buildMinutesDocx(await loadMeetingSummary(getDb(), seed.meetingId, 'vi')));
      expect(text).toContain('Hình thức: Trực tuyến (phòng họp trực tuyến trên Microsoft Teams)');
      expect(text).not.toContain('teams.microsoft.com');
      expect(text).not.toContain('Hx7k2');
    } finally {
      await getDb().prisma.meeting.update({ where: { id: seed.meetingId }, data: { joinUrl: null } });
    }
  });

  it('writes the minutes with every field, the vote table and the signatures', async () => {
    const text = await docxText(await buildMinutesDocx(await loadMeetingSummary(getDb(), seed.meetingId, 'vi')));
    const expected = [
      'ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH',
      'CHI BỘ CÔNG ĐOÀN CÔNG TY CỔ PHẦN MAY HƯNG LONG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      '……………, ngày 05 tháng 12 năm 2023',
      'BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ tháng 12 năm 2023',
      'Thời gian bắt đầu: 14 giờ 02, ngày 05 tháng 12 năm 2023',
      `Địa điểm: ${VENUES[0]!.name}; ${VENUES[1]!.name}`,
      'Hình thức: Trực tuyến',
      'Tổng số đảng viên của chi bộ: 72 đồng chí (chính thức 49, dự bị 23)',
      'Đảng viên được miễn công tác và sinh hoạt đảng: 0',
      'Đảng viên sinh hoạt tạm thời nơi khác: 0',
      'Có mặt: 70 đồng chí (chính thức 49, dự bị 21). Theo điểm cầu:',
      'Vắng có lý do: 2 đồng chí: đồng chí',
      'Vắng không có lý do: 0',
      'Đồng chí Phạm Văn Đức – Phó Bí thư Đảng ủy Khối Doanh nghiệp tỉnh',
      'Chủ trì: đồng chí Nguyễn Thị Thu Hà',
      'Thư ký: đồng chí Trần Văn Bình',
      '2. Đánh giá kết quả thực hiện Nghị quyết tháng 11/2023 (Đồng chí Nguyễn Thị Thu Hà, Bí thư trình bày).',
      'Rà soát hồ sơ quần chúng ưu tú – Trần Văn Bình (hạn ngày 25/11/2023): quá hạn, chưa hoàn thành.',
      'Gửi ít nhất 15 hồ sơ đề nghị kết nạp – phụ trách: đồng chí Trần Văn Bình; hạn ngày 31/1/2024.',
      'Đồng chí Phạm Văn Đức: Biểu dương chi bộ; yêu cầu hoàn thành chỉ tiêu phát triển đảng viên năm 2024.',
      'IV. KẾT LUẬN CỦA CHỦ TRÌ',
      'Chi bộ thống nhất phương hướng năm 2024; tập trung công tác phát triển đảng viên.',
      'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
      'Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết):',
      'Buổi sinh hoạt kết thúc vào hồi 15 giờ 52 cùng ngày. Thời gian sinh hoạt: 110 phút (1 giờ 50 phút).',
      'Biên bản đã được thông qua trước chi bộ',
      'THƯ KÝ',
      'CHỦ TRÌ',
    ];
    for (const line of expected) expect(text).toContain(line);
    // The vote table, one cell per paragraph: label, count, percentage.
    expect(text).toContain('Số đảng viên chính thức được tính\n49\n100%');
    expect(text).toContain('Tán thành\n49\n100%');
    expect(text).toContain('Không tán thành\n0\n0%');
    expect(text.lastIndexOf('\nTHƯ KÝ\n')).toBeLessThan(text.lastIndexOf('\nCHỦ TRÌ\n'));
    expect(text.normalize('NFC')).toBe(text);
  });

  it('drafts the resolution with its closing vote sentence', async () => {
    const text = await docxText(await buildResolutionDocx(await loadMeetingSummary(getDb(), seed.meetingId, 'vi')));
    expect(text).toContain('NGHỊ QUYẾT');
    expect(text).toContain('Chi bộ Công đoàn Công ty Cổ phần May Hưng Long tháng 12 năm 2023');
    expect(text).toContain('Kết nạp đảng viên mới: 0/60 người (năm 2023)');
    expect(text).toContain(
      'Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua tại kỳ sinh hoạt chi bộ ngày 05 tháng 12 năm 2023 với 49/49 đồng chí tán thành, đạt tỷ lệ 100%.',
    );
  });

  it('exports the year as .xlsx: one row per member per meeting, one sheet per motion', async () => {
    const buffer = await buildAttendanceXlsx(await loadExportData(getDb(), seed.cellId, '2023'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet(ATTENDANCE_SHEET);
    if (!sheet) throw new Error('no attendance sheet');
    const rows: string[][] = [];
    sheet.eachRow((row) =>
      rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))),
    );
    expect(rows[1]).toEqual([...ATTENDANCE_HEADERS]);
    const data = rows.slice(2);
    expect(data).toHaveLength(72 * 2);
    const december = data.filter((r) => r[1] === 'tháng 12/2023');
    expect(december).toHaveLength(72);
    expect(december.filter((r) => r[6] === 'Có mặt')).toHaveLength(70);
    expect(december.filter((r) => r[6] === 'Vắng có lý do').map((r) => r[4])).toEqual(['dự bị', 'dự bị']);
    expect(december.find((r) => r[3] === 'Nguyễn Thị Thu Hà')).toEqual(
      [
        '1',
        'tháng 12/2023',
        '05/12/2023',
        'Nguyễn Thị Thu Hà',
        'chính thức',
        expect.any(String),
        'Có mặt',
        expect.any(String),
        '',
      ].map((v, i) => (i === 0 ? expect.any(String) : v)),
    );
    expect(book.worksheets).toHaveLength(2);
    const motion = book.worksheets[1]!;
    expect(motion.name).toMatch(/^BQ1 2023-12 Nghị quyết/);
    expect(String(motion.getRow(2).getCell(1).value)).toContain('49/49');
    const ballots: string[] = [];
    motion.eachRow((row, n) => {
      if (n > 5) ballots.push(String(row.getCell(4).value));
    });
    expect(ballots.filter((b) => b === 'Tán thành')).toHaveLength(49);
    expect(ballots.filter((b) => b === 'Không thuộc diện biểu quyết')).toHaveLength(23);
  });
});
