/**
 * The setup confirmation says the time as cells write it and the zone as a
 * member reads it ("Giờ Việt Nam (UTC+7)"), never the zone id.
 */
import type { TurnResult } from '../../src/features/turn';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

function texts(result: TurnResult): string {
  const views = [...result.replies.map((r) => (r.kind === 'card' ? r.view : null)), result.updatedCard ?? null];
  return views.map((v) => (v && 'text' in v ? String(v.text) : '')).join('\n');
}

describeEachDatabase('the setup confirmation wording', (getDb) => {
  it('writes "08 giờ 00" and "giờ Việt Nam, UTC+7", not "Asia/Ho_Chi_Minh"', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-01T03:00:00Z'));
    const { press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db);
    const { secretary } = await createRoster(db, cell.id, { official: 2 });
    const values = {
      cellName: 'Chi bộ Phòng Kỹ thuật',
      parentOrganisation: 'Đảng bộ Công ty',
      meetingDay: '5',
      meetingTime: '08:00',
      timezone: 'Asia/Ho_Chi_Minh',
      reminders: '',
      approvalRef: '',
      approvalDate: '',
    };
    const saved = texts(expectOk(await press(secretary, 'setup.save', values, 'vi')));
    expect(saved).toContain('ngày 5 hằng tháng, 08 giờ 00');
    expect(saved).not.toContain('Asia/Ho_Chi_Minh');
    for (const [locale, expected] of [
      ['vi', 'Giờ Nhật Bản – Tô-ky-ô (UTC+9)'],
      ['en', 'Viet Nam time (UTC+7)'],
    ] as const) {
      const timezone = locale === 'vi' ? 'Asia/Tokyo' : 'Asia/Ho_Chi_Minh';
      const text = texts(expectOk(await press(secretary, 'setup.save', { ...values, timezone }, locale)));
      expect(text).toContain(expected);
      expect(text).not.toContain(timezone);
    }
  });
});
