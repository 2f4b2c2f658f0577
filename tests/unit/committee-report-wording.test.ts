/** The words the committee report's outputs share: every reason in both languages, with its particulars. */
import type { AttentionCode } from '../../src/reports/committee-report-types';
import {
  attentionDetail,
  attentionLabel,
  quarterLabel,
  reportPeriodLabel,
} from '../../src/reports/committee-report-wording';
import { cellRow, COMMITTEE_CELLS, QUARTER_PERIOD } from '../support/committee-report-fixture';

const CODES: readonly AttentionCode[] = [
  'meeting.missing',
  'thematic.missing',
  'minutes.missing',
  'online.unapproved',
  'absence.unexcused',
  'attendance.low',
  'absence.excused_streak',
  'meeting.short',
  'documents.late',
  'probation.due',
];
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệịỉĩọỏốồổỗộớờởỡợụủũứừửữựỳỵỷỹ]/i;

describe('committee report wording', () => {
  const committee = { id: 'du-1', name: 'Đảng bộ Khối Doanh nghiệp quận Long Biên' };
  const rows = COMMITTEE_CELLS.map((spec) => cellRow(spec, QUARTER_PERIOD, committee));

  it('labels every reason in Vietnamese and in English', () => {
    for (const code of CODES) {
      expect(attentionLabel(code, 'vi')).toMatch(VIETNAMESE_LETTERS);
      expect(attentionLabel(code, 'en')).not.toMatch(VIETNAMESE_LETTERS);
    }
  });

  it('gives each reason of the fixture committee its particulars', () => {
    const seen = new Set<AttentionCode>();
    for (const row of rows) {
      for (const code of row.attention) {
        seen.add(code);
        const vi = attentionDetail(row, code, 'vi');
        expect(vi.startsWith(`${attentionLabel(code, 'vi')}: `)).toBe(true);
        expect(vi.length).toBeGreaterThan(attentionLabel(code, 'vi').length + 3);
        expect(vi).not.toMatch(/\s{2}|undefined|NaN/);
        expect(attentionDetail(row, code, 'en')).not.toMatch(/\s{2}|undefined|NaN|tháng|kỳ|lượt/);
      }
    }
    expect([...seen].sort()).toEqual([...CODES].sort());
  });

  it('names the periods in the output language', () => {
    expect(reportPeriodLabel(QUARTER_PERIOD, 'vi')).toBe('quý IV/2026');
    expect(reportPeriodLabel(QUARTER_PERIOD, 'en')).toBe('Q4 2026');
    expect(reportPeriodLabel({ ...QUARTER_PERIOD, kind: 'year', key: '2026' }, 'vi')).toBe('năm 2026');
    expect(reportPeriodLabel({ ...QUARTER_PERIOD, kind: 'month', key: '2026-11' }, 'vi')).toBe('tháng 11/2026');
    expect(quarterLabel('2026-Q1', 'vi')).toBe('quý I/2026');
  });
});
