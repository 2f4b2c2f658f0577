/**
 * A cell put under a committee from the setup card (issue 15), on both
 * databases: the choice appears only when the instance has committees, lists
 * them by name, moves the cell (its header line becomes the committee's name,
 * the committee's report counts it), is audited, and refuses an id it did not
 * offer without saving anything. The committee's locality heads its report.
 */
import { createCommittee, updateCommittee } from '../../src/features/committees/manage-committees';
import { renderCard } from '../../src/cards/render';
import { computeCommitteeReport } from '../../src/reports/committee-report';
import { reportPlaceAndDate } from '../../src/exports/committee-report-docx-text';
import { openDatabase, type Database } from '../../src/store/database';
import type { Cell, Committee, Member } from '../../src/store/rows';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';
import { cardOf, driver, expectOk, ManualClock, playgroundBot, silentLogger } from '../support/turns';

jest.setTimeout(60_000);

type Json = Record<string, unknown>;

function inputById(card: unknown, id: string): Json | undefined {
  const walk = (node: unknown): Json | undefined => {
    if (Array.isArray(node)) return node.map(walk).find((x) => x !== undefined);
    if (typeof node !== 'object' || node === null) return undefined;
    const record = node as Json;
    if (record['id'] === id) return record;
    return Object.values(record)
      .map(walk)
      .find((x) => x !== undefined);
  };
  return walk(card);
}

describeEachDatabaseKind('putting a cell under a committee from the setup card', (kind) => {
  let scratch: ScratchDatabase;
  let db: Database;
  let cell: Cell;
  let secretary: Member;
  let ordinary: Member;
  let longBien: Committee;
  let anDuong: Committee;
  const clock = new ManualClock(new Date('2026-12-03T01:15:00Z'));
  let bot: ReturnType<typeof driver>;

  const form = async () => cardOf(expectOk(await bot.say(secretary, 'cài đặt')), 'setup.form');
  const stored = () => db.prisma.cell.findUniqueOrThrow({ where: { id: cell.id } });

  beforeAll(async () => {
    scratch = await createScratchDatabase(kind);
    db = await openDatabase(scratch.url);
    bot = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);
    cell = await createCell(db, { name: 'Chi bộ Phòng Kỹ thuật' });
    const roster = await createRoster(db, cell.id, { official: 3 });
    secretary = roster.secretary;
    ordinary = roster.byStatus.official[1]!;
  });
  afterAll(async () => {
    await db?.close();
    await scratch?.dispose();
  });

  it('offers no committee choice while the instance has none', async () => {
    const view = await form();
    expect(view.committees).toEqual([]);
    expect(inputById(renderCard(view), 'committeeId')).toBeUndefined();
  });

  it('lists the committees by Vietnamese name after "none", with the cell\'s own selected', async () => {
    longBien = await createCommittee(db, { name: 'Đảng bộ Khối Doanh nghiệp quận Long Biên', locality: 'Long Biên' });
    anDuong = await createCommittee(db, { name: 'Đảng bộ phường An Dương' });
    const view = await form();
    expect(view.committees.map((c) => c.name)).toEqual([
      'Đảng bộ Khối Doanh nghiệp quận Long Biên',
      'Đảng bộ phường An Dương',
    ]);
    expect(view.values.committeeId).toBe('none');
    const input = inputById(renderCard(view), 'committeeId');
    expect(input?.['value']).toBe('none');
    expect(input).toMatchObject({ style: 'expanded', wrap: true });
    expect((input?.['choices'] as { title: string; value: string }[]).map((c) => c.value)).toEqual([
      'none',
      longBien.id,
      anDuong.id,
    ]);
  });

  it('moves the cell on save: header line, audit row, and the committee report counts it', async () => {
    const values = (await form()).values;
    const saved = expectOk(
      await bot.press(secretary, 'setup.save', { ...values, committeeId: anDuong.id, parentOrganisation: 'gõ tay' }),
    );
    const text = saved.updatedCard?.type === 'message' ? saved.updatedCard.text : '';
    expect(text).toContain('Trực thuộc: Đảng bộ phường An Dương');
    expect(await stored()).toMatchObject({ committeeId: anDuong.id, parentOrganisation: 'Đảng bộ phường An Dương' });
    const audits = await db.prisma.auditEvent.findMany({ where: { cellId: cell.id, type: 'cell.committee_changed' } });
    expect(audits.map((a) => ({ actor: a.actorMemberId, data: JSON.parse(a.data) as unknown }))).toEqual([
      { actor: secretary.id, data: { old: null, new: anDuong.id, source: 'card' } },
    ]);
    expect((await form()).values.committeeId).toBe(anDuong.id);

    const report = await computeCommitteeReport(db, anDuong.id, '2026-12', 'vi', clock.now());
    expect(report.cells.map((c) => c.cell.id)).toEqual([cell.id]);
    const other = await computeCommitteeReport(db, longBien.id, '2026-12', 'vi', clock.now());
    expect(other.cells).toEqual([]);
  });

  it('refuses an id the card did not offer, naming the field, and saves nothing of the form', async () => {
    const values = (await form()).values;
    const refused = expectOk(
      await bot.press(secretary, 'setup.save', { ...values, committeeId: 'forged-id', locality: 'Hải Phòng' }),
    );
    const card = refused.updatedCard;
    expect(card?.type).toBe('setup.form');
    expect(card?.type === 'setup.form' ? card.errors : []).toEqual(['Chưa hợp lệ: Trực thuộc đảng bộ']);
    expect(await stored()).toMatchObject({ committeeId: anDuong.id, locality: '' });
  });

  it('takes the cell out with "none", keeping its header text, and only the committee may', async () => {
    const values = (await form()).values;
    const refused = await bot.press(ordinary, 'setup.save', { ...values, committeeId: 'none' });
    expect(refused.error?.code).toBe('role.secretary_only');
    expect((await stored()).committeeId).toBe(anDuong.id);
    expectOk(await bot.press(secretary, 'setup.save', { ...values, committeeId: 'none' }));
    expect(await stored()).toMatchObject({ committeeId: null, parentOrganisation: 'Đảng bộ phường An Dương' });
  });

  it("heads the committee report with its locality, and a rename reaches its cells' header line", async () => {
    expectOk(await bot.press(secretary, 'setup.save', { ...(await form()).values, committeeId: longBien.id }));
    const report = await computeCommitteeReport(db, longBien.id, '2026-12', 'vi', new Date('2027-01-04T03:00:00Z'));
    expect(reportPlaceAndDate(report, 'vi')).toBe('Long Biên, ngày 04 tháng 01 năm 2027');
    await updateCommittee(db, { committeeId: anDuong.id, locality: '' });
    const island = await computeCommitteeReport(db, anDuong.id, '2026-12', 'vi', new Date('2027-01-04T03:00:00Z'));
    expect(reportPlaceAndDate(island, 'vi')).toBe('……………, ngày 04 tháng 01 năm 2027');
    await updateCommittee(db, {
      committeeId: longBien.id,
      name: 'Đảng bộ Khối Doanh nghiệp và Sự nghiệp quận Long Biên',
    });
    expect((await stored()).parentOrganisation).toBe('Đảng bộ Khối Doanh nghiệp và Sự nghiệp quận Long Biên');
  });
});
