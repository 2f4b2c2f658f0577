/**
 * The meeting lifecycle's transitions on both databases: each one happens
 * once however many callers race for it (a press and the scheduler, two
 * presses), with one audit row naming who made it; a transition from the
 * wrong status changes nothing.
 */
import { isDomainError } from '../../src/core/errors';
import {
  announceMeeting,
  cancelScheduledMeeting,
  endMeeting,
  rescheduleMeeting,
  startMeeting,
  storeRuleMeeting,
} from '../../src/meetings/lifecycle';
import type { Database } from '../../src/store/database';
import { describeEachDatabase } from '../support/databases';
import { createCell, createRoster } from '../support/factories';

const NOW = new Date('2026-12-03T01:15:00Z');

async function draftMeeting(db: Database) {
  const cell = await createCell(db);
  const { secretary } = await createRoster(db, cell.id, { official: 2 });
  const meeting = await db.prisma.meeting.create({
    data: { cellId: cell.id, period: '2026-12', kind: 'regular', startsAt: new Date('2026-12-05T07:00:00Z') },
  });
  return { cell, secretary, meeting };
}

async function audits(db: Database, subjectId: string, type: string) {
  return db.prisma.auditEvent.findMany({ where: { subjectId, type }, select: { actorMemberId: true, data: true } });
}

describeEachDatabase('the meeting lifecycle', (getDb) => {
  it('announces once when a press and the scheduler race', async () => {
    const db = getDb();
    const { cell, secretary, meeting } = await draftMeeting(db);
    const outcomes = await Promise.all([
      announceMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW),
      announceMeeting(db, cell.id, meeting.id, { schedulerKey: 'notice|k' }, NOW),
    ]);
    expect(outcomes.filter((o) => o.announced)).toHaveLength(1);
    expect(outcomes.find((o) => !o.announced)).toMatchObject({ postedAt: NOW, status: 'announced' });
    expect(await audits(db, meeting.id, 'notice.posted')).toHaveLength(1);
  });

  it('starts once, from draft or announced, and names the scheduler in its audit row', async () => {
    const db = getDb();
    const { cell, secretary, meeting } = await draftMeeting(db);
    const started = await Promise.all([
      startMeeting(db, cell.id, meeting.id, { schedulerKey: 'rollcall|k' }, NOW),
      startMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW),
    ]);
    expect(started.filter(Boolean)).toHaveLength(1);
    const rows = await audits(db, meeting.id, 'rollcall.opened');
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    if (row.actorMemberId === null) expect(JSON.parse(row.data)).toEqual({ by: 'scheduler', key: 'rollcall|k' });
    else expect(row.actorMemberId).toBe(secretary.id);
    expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: 'in_progress',
      startedAt: NOW,
    });
  });

  it('ends only a meeting in progress, once', async () => {
    const db = getDb();
    const { cell, secretary, meeting } = await draftMeeting(db);
    expect(await endMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW)).toBe(false);
    await startMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW);
    const later = new Date(NOW.getTime() + 90 * 60_000);
    const ended = await Promise.all([
      endMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, later),
      endMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, later),
    ]);
    expect(ended.filter(Boolean)).toHaveLength(1);
    expect(await audits(db, meeting.id, 'meeting.closed')).toHaveLength(1);
    expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: 'closed',
      endedAt: later,
    });
  });

  it('stores the rule meeting of a month once when two writers race', async () => {
    const db = getDb();
    const cell = await createCell(db);
    const planned = {
      id: `auto-${cell.id}-2026-12`,
      period: '2026-12',
      startsAt: new Date('2026-12-05T07:00:00Z'),
      plannedMinutes: 90,
    };
    const stored = await Promise.all([
      storeRuleMeeting(db, cell.id, planned, true),
      storeRuleMeeting(db, cell.id, planned, true),
    ]);
    expect(stored.filter(Boolean)).toHaveLength(1);
    expect(await db.prisma.meeting.count({ where: { cellId: cell.id } })).toBe(1);
    expect(await audits(db, planned.id, 'meeting.scheduled')).toHaveLength(1);
  });

  it('refuses to move or cancel a meeting that has started', async () => {
    const db = getDb();
    const { cell, secretary, meeting } = await draftMeeting(db);
    await startMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW);
    const started = await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const refusals = await Promise.all([
      rescheduleMeeting(db, cell, started, new Date('2026-12-06T07:00:00Z'), { memberId: secretary.id }, NOW).catch(
        (e: unknown) => e,
      ),
      cancelScheduledMeeting(db, cell, started, null, { memberId: secretary.id }, NOW).catch((e: unknown) => e),
    ]);
    for (const refusal of refusals) expect(isDomainError(refusal) && refusal.code).toBe('meeting.closed');
    expect(await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).toMatchObject({
      status: 'in_progress',
      startsAt: meeting.startsAt,
    });
  });

  it('cancels an announced meeting and queues the cancellation notice for the scheduler', async () => {
    const db = getDb();
    const { cell, secretary, meeting } = await draftMeeting(db);
    await announceMeeting(db, cell.id, meeting.id, { memberId: secretary.id }, NOW);
    const announced = await db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    const { announced: told } = await cancelScheduledMeeting(
      db,
      cell,
      announced,
      'trùng lịch',
      { memberId: secretary.id },
      NOW,
    );
    expect(told).toBe(true);
    expect(
      await db.prisma.jobRun.findMany({ where: { meetingId: meeting.id, status: 'planned' }, select: { job: true } }),
    ).toEqual([{ job: 'meeting.cancelled' }]);
    // Everything still ahead for the meeting is recorded cancelled, so it never goes out.
    expect(
      await db.prisma.jobRun.count({ where: { meetingId: meeting.id, job: 'remind.join', status: 'cancelled' } }),
    ).toBe(1);
  });
});
