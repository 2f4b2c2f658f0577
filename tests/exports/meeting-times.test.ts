/**
 * Times are what happened: a meeting planned for the 5th and held on the 3rd
 * (the roll call opened at 18:16 Hà Nội time, bế mạc 8 minutes later) has
 * minutes that start at 18 giờ 16 on the 3rd, say it was planned for the
 * 5th, and note the 42-HD/BTCTW warnings — shown to the secretary at close
 * and in the summary too. Through the playground channel, on both databases.
 */
import { buildMinutesDocx } from '../../src/exports/minutes-docx';
import { loadMeetingSummary } from '../../src/features/summaries/load-summary';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';
import { docxText } from './docx-text';

const FORM = {
  date: '2026-12-05',
  time: '14:00',
  form: 'in_person',
  kind: 'regular',
  venues: 'Hội trường tầng 3',
  agenda: 'Thông tin thời sự\nNghị quyết tháng 12',
};

describeEachDatabase('the minutes record the times that happened', (getDb) => {
  it('starts the minutes when and on the day the meeting started, and warns of an 8-minute meeting', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2026-12-03T01:15:00Z'));
    const { say, press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
    const { secretary } = await createRoster(db, cell.id, { official: 3 });
    const meetingId = cardOf(expectOk(await press(secretary, 'meeting.create', FORM)), 'notice').meetingId;
    expectOk(await press(secretary, 'notice.post', { meetingId }));

    clock.set(new Date('2026-12-03T11:16:00Z')); // 18:16 in Hà Nội, two days early
    expectOk(await say(secretary, 'điểm danh'));
    expectOk(await say(secretary, 'có mặt'));
    clock.advance(8 * 60_000);
    const closed = expectOk(await say(secretary, 'bế mạc'));
    const done = cardOf(closed, 'message');
    expect(done.tone).toBe('warning');
    expect(done.text).toContain(
      'Thời gian sinh hoạt 8 phút, chưa đạt tối thiểu 90 phút theo Hướng dẫn 42-HD/BTCTW (2025).',
    );
    expect(done.text).toContain('chưa đủ ít nhất 1 ngày trước cuộc họp');
    expect(cardOf(closed, 'summary').when).toContain('18 giờ 16, ngày 03/12/2026');
    expect(cardOf(closed, 'summary').flags).toEqual(
      expect.arrayContaining([expect.stringContaining('8 phút, chưa đạt tối thiểu 90 phút')]),
    );

    const minutes = await docxText(await buildMinutesDocx(await loadMeetingSummary(db, meetingId, 'vi')));
    expect(minutes).toContain('Hôm nay, vào hồi 18 giờ 16, ngày 03 tháng 12 năm 2026,');
    expect(minutes).toContain('Thời gian bắt đầu: 18 giờ 16, ngày 03 tháng 12 năm 2026');
    expect(minutes).toContain(
      'Cuộc họp được tổ chức vào ngày 03 tháng 12 năm 2026 (dự kiến ngày 05 tháng 12 năm 2026).',
    );
    expect(minutes).toContain('Buổi sinh hoạt kết thúc vào hồi 18 giờ 24 cùng ngày. Thời gian sinh hoạt: 8 phút.');
    expect(minutes).toContain('Ghi chú: Thời gian sinh hoạt 8 phút, chưa đạt tối thiểu 90 phút');
    expect(minutes).not.toContain('ngày 05 tháng 12 năm 2026,');
  });

  it('writes no note for a meeting held as planned, long enough, with the documents posted days before', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2026-11-25T01:00:00Z'));
    const { say, press } = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    const cell = await createCell(db, { name: 'Chi bộ Phòng Kế hoạch' });
    const { secretary } = await createRoster(db, cell.id, { official: 3 });
    const meetingId = cardOf(expectOk(await press(secretary, 'meeting.create', FORM)), 'notice').meetingId;
    expectOk(await press(secretary, 'notice.post', { meetingId }));
    clock.set(new Date('2026-12-05T07:02:00Z'));
    expectOk(await say(secretary, 'điểm danh'));
    clock.advance(95 * 60_000);
    const done = cardOf(expectOk(await say(secretary, 'bế mạc')), 'message');
    expect(done.tone).toBe('success');
    const minutes = await docxText(await buildMinutesDocx(await loadMeetingSummary(db, meetingId, 'vi')));
    expect(minutes).toContain('Thời gian bắt đầu: 14 giờ 02, ngày 05 tháng 12 năm 2026');
    expect(minutes).not.toContain('dự kiến');
    expect(minutes).not.toContain('Ghi chú:');
  });
});
