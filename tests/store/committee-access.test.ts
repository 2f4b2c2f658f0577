/**
 * Who reads a committee's reports, on both databases: its own members and those of the committees above it;
 * a cell's secretary reads their own cell and no committee; nobody reads sideways or upwards.
 */
import { canReadCellReport, canReadCommitteeReport } from '../../src/reports/committee-access';
import { addCommitteeMember, createCellUnder, createCommittee } from '../../src/features/committees/manage-committees';
import { describeEachDatabase } from '../support/databases';

describeEachDatabase('committee report access', (getDb) => {
  const ids = { root: '', sub: '', other: '', cell: '', otherCell: '', island: '', playgroundMember: '' };
  const teams = (platformUserId: string) => ({ platform: 'teams', platformUserId });
  const zalo = (platformUserId: string) => ({ platform: 'zalo', platformUserId });

  beforeAll(async () => {
    const db = getDb();
    ids.root = (await createCommittee(db, { name: 'Đảng ủy Khối Doanh nghiệp quận Long Biên' })).id;
    ids.sub = (await createCommittee(db, { name: 'Đảng bộ Công ty Cổ phần Xây dựng số 5', parentId: ids.root })).id;
    ids.other = (await createCommittee(db, { name: 'Đảng ủy phường Bồ Đề' })).id;
    await addCommitteeMember(db, {
      committeeId: ids.root,
      fullName: 'Trần Văn Bình',
      role: 'secretary',
      accounts: [{ platform: 'teams', platformUserId: 'aad-root' }],
    });
    await addCommitteeMember(db, {
      committeeId: ids.sub,
      fullName: 'Lê Thị Lan',
      role: 'specialist',
      accounts: [{ platform: 'zalo', platformUserId: 'zalo-sub' }],
    });
    ids.playgroundMember = (
      await addCommitteeMember(db, { committeeId: ids.other, fullName: 'Phạm Minh Đức', role: 'member' })
    ).id;
    ids.cell = (await createCellUnder(db, { name: 'Chi bộ Đội thi công 1', committeeId: ids.sub })).id;
    ids.otherCell = (await createCellUnder(db, { name: 'Chi bộ Khu dân cư số 3', committeeId: ids.other })).id;
    ids.island = (await db.prisma.cell.create({ data: { name: 'Chi bộ độc lập' } })).id;
    const secretary = await db.prisma.member.create({
      data: { cellId: ids.cell, fullName: 'Nguyễn Thị Hà', status: 'official', role: 'secretary' },
    });
    await db.prisma.channelAccount.create({
      data: { platform: 'teams', platformUserId: 'aad-secretary', memberId: secretary.id },
    });
    const member = await db.prisma.member.create({
      data: { cellId: ids.cell, fullName: 'Đỗ Văn Nam', status: 'official', role: 'member' },
    });
    await db.prisma.channelAccount.create({
      data: { platform: 'teams', platformUserId: 'aad-member', memberId: member.id },
    });
  });

  it('lets a committee member read their committee and those below, not those above or beside', async () => {
    const db = getDb();
    expect(await canReadCommitteeReport(db, teams('aad-root'), ids.root)).toBe(true);
    expect(await canReadCommitteeReport(db, teams('aad-root'), ids.sub)).toBe(true);
    expect(await canReadCommitteeReport(db, teams('aad-root'), ids.other)).toBe(false);
    expect(await canReadCommitteeReport(db, zalo('zalo-sub'), ids.sub)).toBe(true);
    expect(await canReadCommitteeReport(db, zalo('zalo-sub'), ids.root)).toBe(false);
    expect(
      await canReadCommitteeReport(db, { platform: 'playground', platformUserId: ids.playgroundMember }, ids.other),
    ).toBe(true);
    expect(
      await canReadCommitteeReport(db, { platform: 'playground', platformUserId: ids.playgroundMember }, ids.root),
    ).toBe(false);
  });

  it('knows an account by its platform: the same id on another platform is nobody', async () => {
    expect(await canReadCommitteeReport(getDb(), zalo('aad-root'), ids.root)).toBe(false);
    expect(await canReadCommitteeReport(getDb(), teams('nobody'), ids.root)).toBe(false);
    expect(await canReadCommitteeReport(getDb(), teams('aad-root'), 'no-such-committee')).toBe(false);
  });

  it("lets a cell's secretary read their own cell only, and no committee", async () => {
    const db = getDb();
    expect(await canReadCellReport(db, teams('aad-secretary'), ids.cell)).toBe(true);
    expect(await canReadCellReport(db, teams('aad-secretary'), ids.otherCell)).toBe(false);
    expect(await canReadCellReport(db, teams('aad-secretary'), ids.island)).toBe(false);
    expect(await canReadCommitteeReport(db, teams('aad-secretary'), ids.sub)).toBe(false);
    expect(await canReadCellReport(db, teams('aad-member'), ids.cell)).toBe(false);
  });

  it('lets committee members read the cells of their tree, and no island', async () => {
    const db = getDb();
    expect(await canReadCellReport(db, teams('aad-root'), ids.cell)).toBe(true);
    expect(await canReadCellReport(db, zalo('zalo-sub'), ids.cell)).toBe(true);
    expect(await canReadCellReport(db, teams('aad-root'), ids.otherCell)).toBe(false);
    expect(await canReadCellReport(db, teams('aad-root'), ids.island)).toBe(false);
  });

  it("gives a cell under a committee the committee's name for its minutes' header", async () => {
    const cell = await getDb().prisma.cell.findUniqueOrThrow({ where: { id: ids.cell } });
    expect(cell.parentOrganisation).toBe('Đảng bộ Công ty Cổ phần Xây dựng số 5');
  });
});
