/** The second seed meeting's numbers, as the summary reports them, and the year's roll-up. */
import { loadMeetingSummary } from '../../src/features/summaries/load-summary';
import { summaryText } from '../../src/features/summaries/summary-view';
import { loadPeriodSummary } from '../../src/features/summaries/period-summary';
import { periodSummaryText } from '../../src/features/summaries/period-view';
import { describeEachDatabase } from '../support/databases';
import { holdSeedMeeting, type SeedMeeting } from './seed-meeting';

describeEachDatabase('summary of the second seed meeting', (getDb) => {
  let seed: SeedMeeting;
  beforeAll(async () => {
    seed = await holdSeedMeeting(getDb());
  });

  it('counts 72 members (49 + 23), 70 present and a resolution adopted 49/49', async () => {
    const s = await loadMeetingSummary(getDb(), seed.meetingId, 'vi');
    expect(s.roster).toMatchObject({ total: 72, official: 49, probationary: 23 });
    expect(s.attendance.present).toBe(70);
    expect(s.attendance.rollCallLine).toContain('Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70.');
    expect(s.attendance.excused).toHaveLength(2);
    expect(s.attendance.unexcused).toEqual([]);
    const [motion] = s.motions;
    expect(motion?.outcome).toMatchObject({
      denominator: 49,
      approve: 49,
      reject: 0,
      other: 0,
      approvalsNeeded: 25,
      passed: true,
    });
    expect(motion?.resultLines[0]).toBe(
      'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
    );
    expect(s.probationaryOpinions).toEqual([
      {
        motion: 'Nghị quyết Chi bộ tháng 12/2023',
        name: expect.stringContaining('Dự bị') as unknown as string,
        text: 'Thống nhất cao với dự thảo nghị quyết.',
      },
    ]);
    expect(s.speakers.map((p) => p.name)).toEqual([seed.members[9]!.fullName, 'Phạm Văn Đức']);
    expect(s.tasks).toEqual([expect.objectContaining({ owner: 'Trần Văn Bình', due: '2024-01-31' })]);
    expect(s.previousTasks.map((t) => t.status)).toEqual(['done', 'overdue']);
    expect(s.targetLines).toContain(
      'Giới thiệu quần chúng tham gia lớp bồi dưỡng nhận thức về Đảng: 37/180 người (năm 2023)',
    );
    expect(s.details).toMatchObject({
      startTime: '14 giờ 02',
      endTime: '15 giờ 52',
      durationMinutes: 110,
      date: 'ngày 05 tháng 12 năm 2023',
    });
  });

  it('writes the summary text with last month’s tasks, targets and opinions apart', async () => {
    const text = summaryText(await loadMeetingSummary(getDb(), seed.meetingId, 'vi'), 'vi');
    expect(text).toContain('Kết quả thực hiện nhiệm vụ tháng trước:');
    expect(text).toContain('Rà soát hồ sơ quần chúng ưu tú – Trần Văn Bình: quá hạn, chưa hoàn thành');
    expect(text).toContain('Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết):');
    expect(text).toContain('Gửi ít nhất 15 hồ sơ đề nghị kết nạp – Trần Văn Bình (hạn ngày 31/1/2024)');
  });

  it('rolls the year up: two meetings, the average rate and the targets', async () => {
    const year = await loadPeriodSummary(getDb(), seed.cellId, '2023', 'vi', seed.clock.now());
    expect(year.meetings.map((m) => m.period)).toEqual(['2023-11', '2023-12']);
    expect(year.meetings[1]).toMatchObject({ present: 70, expected: 72, motions: 1, passed: 1 });
    expect(year.tasks).toMatchObject({ total: 3, done: 1 });
    const text = periodSummaryText(year, 'vi');
    expect(text).toContain('TỔNG HỢP SINH HOẠT CHI BỘ');
    expect(text).toContain('Kết nạp đảng viên mới: 0/60 người (năm 2023)');
    const month = await loadPeriodSummary(getDb(), seed.cellId, '2023-12', 'vi', seed.clock.now());
    expect(month.meetings).toHaveLength(1);
    expect(month.totals.averageRateText).toBe('97,22%');
  });
});
