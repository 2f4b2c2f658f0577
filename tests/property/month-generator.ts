/**
 * Generated messy months for the invariant tests: a roster of every status,
 * RSVPs, check-ins at a venue or none, late arrivals, ballots from members
 * who were absent (written straight into the rows, since casting refuses
 * them), show of hands recorded at the main venue, changed votes, tasks due
 * on either side of the report date. Written to the store as rows.
 */
import fc from 'fast-check';
import { MEMBER_STATUSES, type MemberStatus, type VoteChoice } from '../../src/core/types';
import type { Database } from '../../src/store/database';

export const YEAR = 2025;
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const VENUE_NAMES = ['Hội trường chính, 25 Lê Duẩn', 'Điểm cầu Nhà máy số 2', 'Điểm cầu Chi nhánh Đà Nẵng'];

export interface GenAttendance {
  readonly rsvp: 'attend' | 'attend_online' | 'excused' | null;
  readonly rsvpVenue: number | null;
  readonly presence: 'present' | 'excused' | 'unexcused' | null;
  /** Index into the meeting's venues; null = checked in with no venue. */
  readonly presenceVenue: number | null;
  readonly lateMinutes: number;
}

export interface GenMember {
  readonly status: MemberStatus;
  /** One entry per generated meeting (the second is used only when there is a second meeting). */
  readonly attendance: readonly [GenAttendance, GenAttendance];
}

export interface GenBallot {
  readonly member: number;
  /** Successive choices: the member changed their vote; the last one is stored. */
  readonly choices: readonly VoteChoice[];
  readonly comment: boolean;
}

export interface GenMotion {
  readonly kind: 'resolution' | 'admission' | 'other';
  readonly closed: boolean;
  readonly ballots: readonly GenBallot[];
  /** The chair records "tán thành" for every member present at the main venue (show of hands). */
  readonly showOfHands: boolean;
}

export interface GenMeeting {
  readonly month: number;
  readonly venues: number;
  readonly status: 'closed' | 'in_progress';
  readonly motions: readonly GenMotion[];
  /** Tasks set at the meeting: due this many days after the meeting; done or not. */
  readonly tasks: readonly { readonly dueInDays: number | null; readonly done: boolean }[];
}

export interface GenMonth {
  readonly members: readonly GenMember[];
  readonly meetings: readonly GenMeeting[];
  readonly attachedInMayVote: boolean;
  readonly excusedInDenominator: boolean;
}

const attendanceArb: fc.Arbitrary<GenAttendance> = fc.record({
  rsvp: fc.constantFrom('attend' as const, 'attend_online' as const, 'excused' as const, null),
  rsvpVenue: fc.option(fc.nat(2), { nil: null }),
  presence: fc.constantFrom(
    'present' as const,
    'present' as const,
    'present' as const,
    'excused' as const,
    'unexcused' as const,
    null,
  ),
  presenceVenue: fc.option(fc.nat(2), { nil: null }),
  lateMinutes: fc.constantFrom(0, 0, 0, 25),
});

const memberArb: fc.Arbitrary<GenMember> = fc.record({
  status: fc.constantFrom(...MEMBER_STATUSES, 'official', 'official', 'official', 'probationary'),
  attendance: fc.tuple(attendanceArb, attendanceArb),
});

const choiceArb = fc.constantFrom<VoteChoice>('approve', 'approve', 'reject', 'other');

const motionArb: fc.Arbitrary<GenMotion> = fc.record({
  kind: fc.constantFrom('resolution' as const, 'resolution' as const, 'admission' as const, 'other' as const),
  closed: fc.boolean(),
  ballots: fc.array(
    fc.record({
      member: fc.nat(),
      choices: fc.array(choiceArb, { minLength: 1, maxLength: 3 }),
      comment: fc.boolean(),
    }),
    { maxLength: 30 },
  ),
  showOfHands: fc.boolean(),
});

const meetingArb = (month: number): fc.Arbitrary<GenMeeting> =>
  fc.record({
    month: fc.constant(month),
    venues: fc.nat(3),
    status: fc.constantFrom('closed' as const, 'closed' as const, 'in_progress' as const),
    motions: fc.array(motionArb, { minLength: 1, maxLength: 2 }),
    tasks: fc.array(
      fc.record({ dueInDays: fc.option(fc.integer({ min: -40, max: 60 }), { nil: null }), done: fc.boolean() }),
      { maxLength: 4 },
    ),
  });

/** One or two meetings in different months of YEAR, over the same roster. */
export const monthArb: fc.Arbitrary<GenMonth> = fc.record({
  members: fc.array(memberArb, { minLength: 3, maxLength: 24 }),
  meetings: fc
    .uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 2 })
    .map((months) => [...months].sort((a, b) => a - b))
    .chain((months) => fc.tuple(...months.map(meetingArb))),
  attachedInMayVote: fc.boolean(),
  excusedInDenominator: fc.boolean(),
});

/** What was written, with the ids the store gave. */
export interface WrittenMonth {
  readonly cellId: string;
  readonly secretaryId: string;
  readonly memberIds: readonly string[];
  readonly meetingIds: readonly string[];
  readonly motionIds: readonly (readonly string[])[];
}

export const meetingStart = (month: number): Date => new Date(Date.UTC(YEAR, month - 1, 5, 7, 0));
export const venueNames = (meeting: GenMeeting): string[] => VENUE_NAMES.slice(0, meeting.venues);

async function writeRoster(db: Database, gen: GenMonth, run: number) {
  const cell = await db.prisma.cell.create({
    data: {
      name: `Chi bộ Sinh thành ${run}`,
      parentOrganisation: 'Đảng bộ Khối Doanh nghiệp',
      timezone: TIME_ZONE,
      attachedInMayVote: gen.attachedInMayVote,
      excusedInDenominator: gen.excusedInDenominator,
    },
  });
  const secretary = await db.prisma.member.create({
    data: { cellId: cell.id, fullName: 'Bí thư Nguyễn Thị Hà', status: 'official', role: 'secretary' },
  });
  const memberIds: string[] = [];
  for (const [i, m] of gen.members.entries()) {
    const row = await db.prisma.member.create({
      data: {
        cellId: cell.id,
        fullName: `Đảng viên ${String(i + 1).padStart(2, '0')} ${m.status}`,
        status: m.status,
        role: 'member',
      },
    });
    memberIds.push(row.id);
  }
  return { cellId: cell.id, secretaryId: secretary.id, memberIds };
}

async function writeAttendance(
  db: Database,
  gen: GenMonth,
  meeting: GenMeeting,
  index: number,
  meetingId: string,
  ids: { secretaryId: string; memberIds: readonly string[] },
): Promise<void> {
  const { secretaryId, memberIds } = ids;
  const venues = venueNames(meeting);
  const start = meetingStart(meeting.month);
  const data = gen.members.map((m, i) => {
    const a = m.attendance[index === 0 ? 0 : 1];
    const rsvpVenue = a.rsvp === 'excused' || a.rsvpVenue === null ? null : (venues[a.rsvpVenue] ?? null);
    const presenceVenue =
      a.presence === 'present' && a.presenceVenue !== null ? (venues[a.presenceVenue] ?? null) : null;
    return {
      meetingId,
      memberId: memberIds[i] ?? '',
      rsvp: a.rsvp,
      rsvpVenue,
      rsvpReason: a.rsvp === 'excused' ? 'Đi công tác' : null,
      presence: a.presence,
      presenceVenue,
      presenceReason: a.presence === 'excused' ? 'Ốm' : null,
      checkedInAt: a.presence === 'present' ? new Date(start.getTime() + a.lateMinutes * 60_000) : null,
    };
  });
  // The secretary chairs: present at the main venue (or with no venue when the meeting has none).
  const chair = {
    meetingId,
    memberId: secretaryId,
    rsvp: null,
    rsvpVenue: null,
    rsvpReason: null,
    presence: 'present',
    presenceVenue: venues[0] ?? null,
    presenceReason: null,
    checkedInAt: start,
  };
  await db.prisma.attendance.createMany({
    data: [chair, ...data.filter((d) => d.rsvp !== null || d.presence !== null)],
  });
}

/** The stored ballots of a motion: the last choice of each member; show of hands adds the main venue's members. */
export function storedBallots(
  gen: GenMonth,
  meeting: GenMeeting,
  index: number,
  motion: GenMotion,
): Map<number, { choice: VoteChoice; comment: string | null; version: number }> {
  const stored = new Map<number, { choice: VoteChoice; comment: string | null; version: number }>();
  const main = venueNames(meeting)[0];
  if (motion.showOfHands && main !== undefined) {
    gen.members.forEach((m, i) => {
      const a = m.attendance[index === 0 ? 0 : 1];
      if (a.presence === 'present' && a.presenceVenue === 0)
        stored.set(i, { choice: 'approve', comment: null, version: 1 });
    });
  }
  for (const b of motion.ballots) {
    if (gen.members.length === 0) break;
    const member = b.member % gen.members.length;
    const choice = b.choices[b.choices.length - 1] ?? 'approve';
    stored.set(member, {
      choice,
      comment: b.comment && choice === 'other' ? 'Đề nghị bổ sung chỉ tiêu' : null,
      version: b.choices.length,
    });
  }
  return stored;
}

export type SnapshotOf = (
  meeting: number,
  motion: number,
  ids: { secretaryId: string; memberIds: readonly string[] },
) => string;

/** Writes the month: cell, roster, meetings, attendance, motions and ballots, tasks; a closed motion's snapshot from `snapshot`. */
export async function writeMonth(
  db: Database,
  gen: GenMonth,
  run: number,
  snapshot: SnapshotOf,
): Promise<WrittenMonth> {
  const { cellId, secretaryId, memberIds } = await writeRoster(db, gen, run);
  const meetingIds: string[] = [];
  const motionIds: string[][] = [];
  for (const [index, meeting] of gen.meetings.entries()) {
    const start = meetingStart(meeting.month);
    const venues = venueNames(meeting).map((name, i) => ({ name, main: i === 0 }));
    const row = await db.prisma.meeting.create({
      data: {
        cellId,
        period: `${YEAR}-${String(meeting.month).padStart(2, '0')}`,
        form: venues.length > 1 ? 'mixed' : 'online',
        startsAt: start,
        startedAt: start,
        venues: JSON.stringify(venues),
        status: meeting.status,
        chairMemberId: secretaryId,
        endedAt: meeting.status === 'closed' ? new Date(start.getTime() + 100 * 60_000) : null,
      },
    });
    meetingIds.push(row.id);
    await writeAttendance(db, gen, meeting, index, row.id, { secretaryId, memberIds });
    const ids: string[] = [];
    for (const [m, motion] of meeting.motions.entries()) {
      const frozen = motion.closed ? snapshot(index, m, { secretaryId, memberIds }) : null;
      const created = await db.prisma.motion.create({
        data: {
          meetingId: row.id,
          title: `Nội dung biểu quyết ${m + 1} tháng ${meeting.month}`,
          kind: motion.kind,
          status: frozen ? 'closed' : 'open',
          openedAt: new Date(start.getTime() + (60 + m) * 60_000),
          resultSnapshot: frozen,
        },
      });
      ids.push(created.id);
      const ballots = [...storedBallots(gen, meeting, index, motion)].map(([member, b]) => ({
        motionId: created.id,
        memberId: memberIds[member] ?? '',
        choice: b.choice,
        comment: b.comment,
        version: b.version,
        castAt: start,
        updatedAt: start,
      }));
      if (ballots.length > 0) await db.prisma.ballot.createMany({ data: ballots });
    }
    motionIds.push(ids);
    const tasks = meeting.tasks.map((t, i) => ({
      cellId,
      meetingId: row.id,
      title: `Nhiệm vụ ${i + 1} tháng ${meeting.month}`,
      ownerName: 'Chi ủy',
      dueDate: t.dueInDays === null ? null : new Date(Date.UTC(YEAR, meeting.month - 1, 5 + t.dueInDays)),
      status: t.done ? 'done' : 'open',
    }));
    if (tasks.length > 0) await db.prisma.task.createMany({ data: tasks });
  }
  return { cellId, secretaryId, memberIds, meetingIds, motionIds };
}
