/**
 * The secretary's settings on both databases: set on the setup card (opened
 * with "cài đặt"), read back by the CLI; set by the CLI, read back on the
 * card; every refused value changes nothing; every change leaves an audit row;
 * and the next vote card and minutes use what was set.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliDeps } from '../../src/cli';
import { memberCardView } from '../../src/features/card-views';
import { openDatabase, type Database } from '../../src/store/database';
import type { Cell, Member } from '../../src/store/rows';
import { docxText } from '../exports/docx-text';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, silentLogger, playgroundBot } from '../support/turns';

jest.setTimeout(60_000);

describeEachDatabaseKind('cell settings through the card and the CLI', (kind) => {
  let scratch: ScratchDatabase;
  let db: Database;
  let dir: string;
  let cell: Cell;
  let secretary: Member;
  let ordinary: Member;
  let meetingId: string;
  const clock = new ManualClock(new Date('2026-12-03T01:15:00Z'));
  let bot: ReturnType<typeof driver>;

  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const deps: CliDeps = {
      config: () => ({ databaseUrl: scratch.url }),
      openDatabase: (url) => openDatabase(url),
      readFile: (path) => readFile(path),
      clock,
    };
    const code = await main(
      argv,
      { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
      deps,
    );
    return { code, stdout, stderr };
  };
  const stored = () => db.prisma.cell.findUniqueOrThrow({ where: { id: cell.id } });
  const audits = () =>
    db.prisma.auditEvent.findMany({
      where: { cellId: cell.id, type: 'cell.setting_changed' },
      orderBy: { createdAt: 'asc' },
    });
  const form = async () => cardOf(expectOk(await bot.say(secretary, 'cài đặt')), 'setup.form');
  const voteTally = async (title: string) => {
    const tally = cardOf(expectOk(await bot.say(secretary, `biểu quyết ${title}`)), 'vote').tally;
    expectOk(await bot.say(secretary, 'kết thúc biểu quyết'));
    return tally;
  };

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    db = await openDatabase(scratch.url);
    dir = mkdtempSync(join(tmpdir(), 'chibo-settings-'));
    bot = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
    const roster = await createRoster(db, cell.id, { official: 6, probationary: 1, attached_in: 1 });
    secretary = roster.secretary;
    ordinary = roster.byStatus.official[1]!;
    // A meeting under way: five officials and the attached member present, one official excused.
    const excused = roster.byStatus.official[5]!;
    const present = [...roster.byStatus.official.filter((m) => m.id !== excused.id), ...roster.byStatus.attached_in];
    const meeting = await db.prisma.meeting.create({
      data: {
        cellId: cell.id,
        period: '2026-12',
        startsAt: new Date('2026-12-03T01:00:00Z'),
        startedAt: new Date('2026-12-03T01:05:00Z'),
        status: 'in_progress',
        chairMemberId: secretary.id,
      },
    });
    meetingId = meeting.id;
    await db.prisma.attendance.createMany({
      data: [
        ...present.map((m) => ({ meetingId, memberId: m.id, presence: 'present' })),
        { meetingId, memberId: excused.id, presence: 'excused', presenceReason: 'Đi công tác' },
      ],
    });
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens the setup card with "cài đặt" for the committee only, filled with the defaults', async () => {
    const refused = await bot.say(ordinary, 'cai dat');
    expect(refused.error?.code).toBe('role.secretary_only');
    expect((await form()).values).toMatchObject({
      locality: '',
      quorum: '2/3',
      excusedInDenominator: 'true',
      attachedInMayVote: 'false',
      timezone: 'Asia/Ho_Chi_Minh',
    });
  });

  it('saves the card, audits each change with who made it, and the CLI reads it back', async () => {
    const values = (await form()).values;
    const sent = {
      ...values,
      locality: 'Hà Nội',
      quorum: '3/4',
      excusedInDenominator: 'false',
      timezone: 'Asia/Bangkok',
      approvalRef: '123-QĐ/ĐU',
      approvalDate: '2026-01-15',
    };
    const saved = expectOk(await bot.press(secretary, 'setup.save', sent));
    expect(saved.updatedCard).toMatchObject({ type: 'message', tone: 'success' });
    const text = saved.updatedCard?.type === 'message' ? saved.updatedCard.text : '';
    expect(text).toContain('Địa danh ghi trên biên bản: Hà Nội');
    expect(text).toContain('Múi giờ: Giờ Thái Lan – Băng Cốc (UTC+7)');
    expect(text).not.toContain('Asia/');

    const rows = await audits();
    expect(rows.map((r) => JSON.parse(r.data) as { field: string }).map((d) => d.field)).toEqual([
      'locality',
      'timezone',
      'quorum',
      'excusedInDenominator',
      'approvalRef',
      'approvalDate',
    ]);
    expect(rows.every((r) => r.actorMemberId === secretary.id)).toBe(true);
    expect(JSON.parse(rows[2]!.data)).toEqual({ field: 'quorum', old: '2/3', new: '3/4', source: 'card' });

    const shown = await cli('cells', 'show', '--cell', cell.id, '--json');
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({
      locality: 'Hà Nội',
      quorum: '3/4',
      excusedInDenominator: false,
      timezone: 'Asia/Bangkok',
      onlineApprovalRef: '123-QĐ/ĐU',
      onlineApprovalDate: '2026-01-15',
    });
    expect((await form()).values).toMatchObject({
      locality: 'Hà Nội',
      quorum: '3/4',
      excusedInDenominator: 'false',
      approvalDate: '2026-01-15',
    });
  });

  it("names the approval on file in the committee's view of an online meeting's notice", async () => {
    const form = {
      date: '2027-01-07',
      time: '14:00',
      form: 'online',
      venues: 'Phòng họp trực tuyến',
      agenda: 'Nghị quyết tháng 1',
      kind: 'regular',
      formKey: `settings-${kind}`,
    };
    const { meetingId: draftId } = cardOf(expectOk(await bot.press(secretary, 'meeting.create', form)), 'notice');
    // The card as the secretary opens it (Teams refresh, the playground): committee warnings included.
    const notice = await memberCardView({ db, clock, logger: silentLogger }, `notice:${draftId}`, secretary, 'vi');
    expect(notice.type === 'notice' && notice.warnings).toContain(
      'Sinh hoạt trực tuyến theo văn bản đồng ý số 123-QĐ/ĐU, ngày 15 tháng 1 năm 2026 của cấp ủy cấp trên (Hướng dẫn 03-HD/TW).',
    );
  });

  it('refuses a bad value on the card by name and changes nothing', async () => {
    const before = await stored();
    const auditCount = (await audits()).length;
    const values = (await form()).values;
    const again = expectOk(
      await bot.press(secretary, 'setup.save', {
        ...values,
        locality: 'Đà Nẵng',
        quorum: '1/3',
        timezone: 'Mars/Olympus',
      }),
    );
    expect(again.updatedCard).toMatchObject({
      type: 'setup.form',
      errors: ['Chưa hợp lệ: Múi giờ', 'Chưa hợp lệ: Số đảng viên chính thức cần có mặt (theo quy chế chi bộ)'],
    });
    expect(await stored()).toEqual(before);
    expect(await audits()).toHaveLength(auditCount);
  });

  it('refuses a bad value on the CLI, naming the option, and changes nothing', async () => {
    const before = await stored();
    const auditCount = (await audits()).length;
    const bad = await cli(
      'cells',
      'set',
      '--cell',
      cell.id,
      '--locality',
      'Hải Phòng',
      '--quorum',
      '1/3',
      '--approval-date',
      '2026-02-30',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Chưa lưu thay đổi nào.');
    expect(bad.stderr).toContain(
      '--quorum: Chưa hợp lệ: Số đảng viên chính thức cần có mặt (theo quy chế chi bộ) (phân số từ 1/2 đến 1/1, ví dụ 2/3).',
    );
    expect(bad.stderr).toContain(
      '--approval-date: Chưa hợp lệ: Ngày văn bản đồng ý sinh hoạt trực tuyến (dạng YYYY-MM-DD).',
    );
    expect(bad.stderr).not.toContain('--locality');
    expect((await cli('cells', 'set', '--cell', cell.id, '--timezone', 'Mars/Olympus')).stderr).toContain(
      '--timezone: Chưa hợp lệ: Múi giờ',
    );
    expect((await cli('cells', 'set', '--cell', cell.id, '--excused-in-denominator', 'maybe')).code).toBe(1);
    const none = await cli('cells', 'set', '--cell', cell.id);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Chưa có thiết lập nào để sửa');
    expect(await stored()).toEqual(before);
    expect(await audits()).toHaveLength(auditCount);
  });

  it('a vote counts by the rules as set: excused members out of the denominator, then attached members voting', async () => {
    // Set on the card: excused members leave the denominator; 5 officials present, 1 excused.
    expect(await voteTally('Nghị quyết tháng 12')).toMatchObject({
      denominator: 5,
      threshold: expect.stringContaining('3/5'),
    });
    const set = await cli('cells', 'set', '--cell', cell.id, '--excused-in-denominator', 'có', '--json');
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      excusedInDenominator: true,
      changes: [{ field: 'excusedInDenominator', old: 'false', new: 'true' }],
    });
    expect(await voteTally('Kết nạp đảng viên mới')).toMatchObject({
      denominator: 6,
      threshold: expect.stringContaining('4/6'),
    });
    expect((await cli('cells', 'set', '--cell', cell.id, '--attached-in-may-vote', 'yes')).code).toBe(0);
    expect(await voteTally('Chương trình công tác năm 2027')).toMatchObject({
      denominator: 7,
      threshold: expect.stringContaining('4/7'),
    });
  });

  it('saves the CLI settings with an audit row of source "cli", and the card shows them', async () => {
    const auditCount = (await audits()).length;
    const result = await cli(
      'cells',
      'set',
      '--cell',
      cell.id,
      '--locality',
      'Hải Phòng',
      '--quorum',
      '2/3',
      '--timezone',
      'asia/ho_chi_minh',
      '--meeting-rule',
      'thứ Hai đầu tiên 19:30',
      '--reminders',
      '7 ngày, 1 giờ',
      '--approval-ref',
      '',
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('- Địa danh ghi trên biên bản: Hải Phòng');
    expect(result.stdout).toContain('- Lịch sinh hoạt định kỳ: thứ Hai đầu tiên của tháng, 19 giờ 30');
    const rows = (await audits()).slice(auditCount);
    expect(rows.map((r) => (JSON.parse(r.data) as { field: string }).field)).toEqual([
      'locality',
      'timezone',
      'meetingRule',
      'reminders',
      'quorum',
      'approvalRef',
    ]);
    expect(
      rows.every((r) => r.actorMemberId === null && (JSON.parse(r.data) as { source: string }).source === 'cli'),
    ).toBe(true);
    expect(await stored()).toMatchObject({
      locality: 'Hải Phòng',
      timezone: 'Asia/Ho_Chi_Minh',
      onlineApprovalRef: null,
      quorumNumerator: 2,
      quorumDenominator: 3,
    });

    const card = await form();
    expect(card.values).toMatchObject({
      locality: 'Hải Phòng',
      quorum: '2/3',
      meetingDay: 'rule',
      meetingTime: '19:30',
      reminders: '10080,60',
      attachedInMayVote: 'true',
    });
    expect(card.weekdayRule).toBe('thứ Hai đầu tiên của tháng, 19 giờ 30');
    // Saving the card unchanged keeps the weekday rule and writes no audit row.
    const same = expectOk(await bot.press(secretary, 'setup.save', { ...card.values }));
    expect(same.updatedCard).toMatchObject({ type: 'message', text: expect.stringContaining('không có thay đổi') });
    expect(await audits()).toHaveLength(auditCount + rows.length);
  });

  it('prints the locality in the minutes header', async () => {
    const out = join(dir, 'bien-ban.docx');
    expect((await cli('minutes', '--meeting', meetingId, '--out', out)).code).toBe(0);
    const text = await docxText(await readFile(out));
    expect(text).toMatch(/Hải Phòng, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(text).not.toContain('……………, ngày');
  });
});
