/** Roster import against a real database: all or nothing, idempotent, matching and updates. */
import { importRoster, parseRosterCsv, type RosterImportOutcome } from '../../src/features/roster-import';
import { DEMO_CELL_ID, seedDemoCell, seedDemoIfEmpty } from '../../src/features/demo/seed';
import { describeEachDatabase } from '../support/databases';
import { createCell, createMember } from '../support/factories';

const HEADER = 'Họ và tên,Trạng thái,Tổ đảng,Chức vụ,Email';
const ROSTER = [
  HEADER,
  'Nguyễn Văn An,Chính thức,Tổ 1,Bí thư,an@example.vn',
  'Trần Thị Bình,Chính thức,Tổ 1,,binh@example.vn',
  'Lê Văn Cường,Dự bị,Tổ 2,,',
];
const csv = (lines: readonly string[]) => parseRosterCsv(lines.join('\n'));

function expectOk(outcome: RosterImportOutcome): Extract<RosterImportOutcome, { ok: true }> {
  if (!outcome.ok) throw new Error(`import refused: ${JSON.stringify(outcome.issues)}`);
  return outcome;
}

describeEachDatabase('roster import', (getDb) => {
  it('writes nothing when one row of the file is bad', async () => {
    const db = getDb();
    const cell = await createCell(db);
    const outcome = await importRoster(db, { cellId: cell.id }, csv([...ROSTER, 'Phạm Dũng,xyz,,,']));
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.issues.map((i) => [i.line, i.code])).toEqual([[5, 'row.unknown_status']]);
    expect(await db.prisma.member.count({ where: { cellId: cell.id } })).toBe(0);
  });

  it('refuses "Chính thưc" (a wrong tone mark) with its line and a suggestion, writing nothing', async () => {
    const db = getDb();
    const cell = await createCell(db);
    const outcome = await importRoster(db, { cellId: cell.id }, csv([...ROSTER, 'Phạm Dũng,Chính thưc,Tổ 2,,']));
    expect(outcome).toMatchObject({
      ok: false,
      issues: [{ line: 5, code: 'row.unknown_status', value: 'Chính thưc', suggestion: 'Chính thức' }],
    });
    expect(await db.prisma.member.count({ where: { cellId: cell.id } })).toBe(0);
    // Written without any diacritics it is read, and the whole file lands.
    expect(
      expectOk(await importRoster(db, { cellId: cell.id }, csv([...ROSTER, 'Phạm Dũng,Chinh thuc,Tổ 2,,']))),
    ).toMatchObject({ created: 4 });
    expect(await db.prisma.member.findFirst({ where: { cellId: cell.id, fullName: 'Phạm Dũng' } })).toMatchObject({
      status: 'official',
    });
  });

  it('refuses a second secretary against the stored roster, writing nothing', async () => {
    const db = getDb();
    const before = await db.prisma.cell.count();
    const target = { createCell: { name: 'Chi bộ Rollback', parentOrganisation: 'Đảng bộ Thử' } };
    const first = expectOk(await importRoster(db, target, csv(ROSTER)));
    expect(first).toMatchObject({ cellCreated: true, created: 3 });
    // A second secretary clashes with the stored one, found only inside the transaction.
    const outcome = await importRoster(db, target, csv([HEADER, 'Võ Minh Đức,Chính thức,,Bí thư,duc@example.vn']));
    expect(!outcome.ok && outcome.issues.map((i) => i.code)).toEqual(['row.second_secretary']);
    expect(await db.prisma.cell.count()).toBe(before + 1);
    expect(await db.prisma.member.count({ where: { cellId: first.cellId ?? '' } })).toBe(3);
  });

  it('is idempotent: the same file twice creates each member once', async () => {
    const db = getDb();
    const cell = await createCell(db);
    expect(expectOk(await importRoster(db, { cellId: cell.id }, csv(ROSTER)))).toMatchObject({
      created: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(expectOk(await importRoster(db, { cellId: cell.id }, csv(ROSTER)))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await db.prisma.member.count({ where: { cellId: cell.id } })).toBe(3);
  });

  it('updates a changed status, matching by email and by folded name', async () => {
    const db = getDb();
    const cell = await createCell(db);
    expectOk(await importRoster(db, { cellId: cell.id }, csv(ROSTER)));
    const changed = [
      HEADER,
      'Nguyễn Văn An,Chính thức,Tổ 1,Bí thư,an@example.vn',
      'Trần Bình,Chính thức,Tổ 3,,binh@example.vn',
      'LE VAN CUONG,chinh thuc,Tổ 2,,cuong@example.vn',
    ];
    const outcome = expectOk(await importRoster(db, { cellId: cell.id }, csv(changed)));
    expect(outcome).toMatchObject({ created: 0, updated: 2, unchanged: 1, notInFile: 0 });
    const members = await db.prisma.member.findMany({ where: { cellId: cell.id }, orderBy: { email: 'asc' } });
    expect(members.map((m) => [m.fullName, m.status, m.partyGroup, m.email])).toEqual([
      ['Nguyễn Văn An', 'official', 'Tổ 1', 'an@example.vn'],
      ['Trần Bình', 'official', 'Tổ 3', 'binh@example.vn'],
      ['LE VAN CUONG', 'official', 'Tổ 2', 'cuong@example.vn'],
    ]);
    const audit = await db.prisma.auditEvent.findMany({ where: { cellId: cell.id, type: 'roster.imported' } });
    expect(audit).toHaveLength(2);
  });

  it('keeps members missing from the file and refuses an ambiguous name', async () => {
    const db = getDb();
    const cell = await createCell(db);
    await createMember(db, cell.id, { fullName: 'Đỗ Thị Hà' });
    await createMember(db, cell.id, { fullName: 'Đỗ Thị Hà' });
    await createMember(db, cell.id, { fullName: 'Hồ Văn Kiên', email: 'kien@example.vn' });
    const kept = expectOk(await importRoster(db, { cellId: cell.id }, csv(ROSTER)));
    expect(kept).toMatchObject({ created: 3, notInFile: 3 });
    const ambiguous = await importRoster(db, { cellId: cell.id }, csv([HEADER, 'Do Thi Ha,Chính thức,,,']));
    expect(!ambiguous.ok && ambiguous.issues.map((i) => [i.line, i.code])).toEqual([[2, 'row.ambiguous_match']]);
  });

  it('dry run counts without writing', async () => {
    const db = getDb();
    const cell = await createCell(db);
    const outcome = expectOk(await importRoster(db, { cellId: cell.id }, csv(ROSTER), { dryRun: true }));
    expect(outcome).toMatchObject({ dryRun: true, created: 3 });
    expect(await db.prisma.member.count({ where: { cellId: cell.id } })).toBe(0);
    const newCell = expectOk(
      await importRoster(db, { createCell: { name: 'Chi bộ Chạy thử' } }, csv(ROSTER), { dryRun: true }),
    );
    expect(newCell).toMatchObject({ cellId: null, cellCreated: true });
    expect(await db.prisma.cell.count({ where: { name: 'Chi bộ Chạy thử' } })).toBe(0);
  });

  it('rejects an unknown cell', async () => {
    await expect(importRoster(getDb(), { cellId: 'nope' }, csv(ROSTER))).rejects.toThrow(
      'Không tìm thấy chi bộ có mã "nope"',
    );
  });

  it('seeds the demo cell once, with a passed resolution snapshot', async () => {
    const db = getDb();
    const clock = { now: () => new Date('2025-09-15T03:00:00Z') };
    const [a, b] = await Promise.all([seedDemoCell(db, clock), seedDemoCell(db, clock)]);
    expect(a).toEqual({ cellId: DEMO_CELL_ID });
    expect(b).toEqual(a);
    expect(await db.prisma.member.count({ where: { cellId: DEMO_CELL_ID } })).toBe(16);
    const motion = await db.prisma.motion.findFirstOrThrow({ where: { meeting: { cellId: DEMO_CELL_ID } } });
    expect(motion).toMatchObject({ status: 'closed', passed: true });
    const snapshot = JSON.parse(motion.resultSnapshot ?? '{}') as Record<string, unknown>;
    expect(snapshot).toMatchObject({
      denominator: 11,
      approve: 9,
      reject: 0,
      other: 1,
      passed: true,
      closedAt: '2025-09-05T08:40:00.000Z',
    });
    expect(snapshot.electorate).toHaveLength(11);
    // The database has cells already: the start-up seeding leaves it alone.
    expect(await seedDemoIfEmpty(db, clock)).toBeNull();
  });
});
