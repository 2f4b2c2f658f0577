/** The committee's Word report read back as text: header, title, numbers, cells needing attention, targets, probations, signature. */
import JSZip from 'jszip';
import { committeeReportDocx } from '../../src/exports/committee-report-docx';
import { COMMITTEE_CELLS, committeeReportFixture } from '../support/committee-report-fixture';
import { docxText } from './docx-text';

async function documentXml(buffer: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(buffer)).file('word/document.xml')?.async('string');
  if (xml === undefined) throw new Error('no document.xml');
  return xml;
}

describe('committeeReportDocx', () => {
  const report = committeeReportFixture();

  it('opens with the committee at left, the Party at right, and the title of the period', async () => {
    const text = await docxText(await committeeReportDocx(report, 'vi'));
    const lines = text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['ĐẢNG BỘ QUẬN LONG BIÊN', 'ĐẢNG ỦY KHỐI DOANH NGHIỆP QUẬN LONG BIÊN', '*']);
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toMatch(/\nLong Biên, ngày \d{2} tháng \d{2} năm \d{4}\n/);
    // A committee with no locality leaves dots for the place, to be written by hand.
    const unplaced = await docxText(
      await committeeReportDocx({ ...report, committee: { ...report.committee, locality: '' } }, 'vi'),
    );
    expect(unplaced).toMatch(/\n……………, ngày \d{2} tháng \d{2} năm \d{4}\n/);
    expect(text).toContain('BÁO CÁO\nTình hình sinh hoạt chi bộ quý IV/2026');
  });

  it('gives the numbers: cells, meetings by form, attendance, absences, motions', async () => {
    const text = await docxText(await committeeReportDocx(report, 'vi'));
    const t = report.totals;
    expect(text).toContain(
      `Tổng số chi bộ trực thuộc: ${t.cells}; số chi bộ tổ chức sinh hoạt định kỳ đầy đủ: ${t.cellsHeldAll}/${t.cells}.`,
    );
    expect(text).toContain(`Tổng số kỳ sinh hoạt đã tổ chức: ${t.meetings} `);
    expect(text).toContain(
      `trực tiếp: ${t.byForm.in_person}; trực tuyến: ${t.byForm.online}; trực tuyến kết hợp trực tiếp: ${t.byForm.mixed}`,
    );
    expect(text).toContain(`(${t.attendance.present}/${t.attendance.expected} lượt)`);
    expect(text).toContain(
      `Vắng có lý do: ${t.attendance.excused} lượt; vắng không có lý do: ${t.attendance.unexcused} lượt.`,
    );
    expect(text).toContain(`Nội dung biểu quyết: ${t.motions.total}, được thông qua: ${t.motions.passed}.`);
    for (const spec of COMMITTEE_CELLS) expect(text).toContain(spec.name);
  });

  it('lists every cell needing attention with its reasons, and none of the others', async () => {
    const text = await docxText(await committeeReportDocx(report, 'vi'));
    const part = text.slice(text.indexOf('II. CÁC CHI BỘ CẦN LƯU Ý'), text.indexOf('III. THỰC HIỆN CHỈ TIÊU'));
    const needing = report.cells.filter((c) => c.attention.length > 0);
    needing.forEach((c, i) => expect(part).toContain(`${i + 1}. ${c.cell.name}`));
    for (const c of report.cells.filter((row) => row.attention.length === 0)) expect(part).not.toContain(c.cell.name);
    expect(part).toContain('Không tổ chức sinh hoạt định kỳ: tháng 11/2026.');
    expect(part).toContain('Sinh hoạt trực tuyến chưa có văn bản đồng ý: kỳ 12/2026.');
    expect(part).toContain('Chưa gửi biên bản: kỳ 12/2026.');
  });

  it('sums the targets and names the probationary members due', async () => {
    const text = await docxText(await committeeReportDocx(report, 'vi'));
    expect(text).toContain('Kết nạp đảng viên mới (năm 2026): thực hiện 5/7 đồng chí (71,43%); 4 chi bộ đăng ký.');
    expect(text).toContain(
      'Đồng chí Lê Thị Ánh Tuyết (Chi bộ Xưởng Sản xuất số 1): hết 12 tháng dự bị ngày 14/11/2026.',
    );
  });

  it('ends with "T/M ĐẢNG ỦY", the role and the name, in one row that cannot split across pages', async () => {
    const buffer = await committeeReportDocx(report, 'vi', { role: 'deputy_secretary', name: 'Trần Thị Mai' });
    const text = await docxText(buffer);
    expect(text.split('\n').slice(-3)).toEqual(['T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ', 'Trần Thị Mai']);
    expect(text).toContain('Nơi nhận:');
    const xml = await documentXml(buffer);
    const lastTable = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(lastTable).toContain('<w:cantSplit/>');
    expect(lastTable).toContain('T/M ĐẢNG ỦY');
    const closing = xml.slice(0, xml.lastIndexOf('<w:tbl>'));
    expect(closing.slice(closing.lastIndexOf('<w:p>'))).toContain('<w:keepNext/>');
  });

  it('numbers the pages at the top from the second one on', async () => {
    const zip = await JSZip.loadAsync(await committeeReportDocx(report, 'vi'));
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^word\/header\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(headers.filter((xml) => xml.includes('PAGE'))).toHaveLength(1);
    expect(await documentXml(await committeeReportDocx(report, 'vi'))).toContain('<w:titlePg/>');
  });

  it('says so when every cell met every criterion, and writes English when asked', async () => {
    const good = COMMITTEE_CELLS.filter((c) => ['cb-kythuat', 'cb-taichinh', 'cb-vantai'].includes(c.id));
    const vi = await docxText(await committeeReportDocx(committeeReportFixture({ cells: good, targets: [] }), 'vi'));
    expect(vi).toContain('Các chi bộ thực hiện đầy đủ các tiêu chí sinh hoạt.');
    expect(vi).toContain('Không có đảng viên dự bị đến hạn trong kỳ.');
    const en = await docxText(await committeeReportDocx(report, 'en'));
    expect(en).toContain('REPORT\non the meetings of party cells, Q4 2026');
    expect(en).toContain('ON BEHALF OF THE PARTY COMMITTEE\nSECRETARY');
    expect(en).not.toMatch(/quý|lượt|Chưa/);
  });
});
