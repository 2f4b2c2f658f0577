/**
 * A month has one regular meeting. When the scheduler (or an earlier form)
 * already stored it, "họp mới" for that month fills it in — agenda, venues,
 * documents, guests, chair — instead of creating a second one. Its time is
 * changed only with "dời họp", so the correction notice and the schedule of
 * reminders follow the one path that keeps them right.
 */
import { formatMeetingTime } from '../../core/format';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import { isUniqueViolation } from '../../store/errors';
import type { Cell, Meeting, Member } from '../../store/rows';
import { periodLabel } from '../../core/period';
import type { MeetingPlan } from './meeting-form-input';
import { say } from '../../core/wording/say';
import { MEETING_WORDING } from '../../core/wording/meetings';

/** The month's regular meeting that still stands (a cancelled one leaves the month free). */
export function findStandingRegularMeeting(db: Database, cellId: string, period: string): Promise<Meeting | null> {
  return db.prisma.meeting.findFirst({
    where: { cellId, period, kind: 'regular', status: { not: 'cancelled' } },
    orderBy: { startsAt: 'asc' },
  });
}

export type FillOutcome =
  | { readonly ok: true }
  | { readonly ok: false; readonly duplicate: false; readonly message: string }
  /** The same form (formKey) already filled this meeting: nothing was changed. */
  | { readonly ok: false; readonly duplicate: true };

/** What the form fills into the stored meeting, and who fills it. */
export interface StandingFillInput {
  readonly cell: Cell;
  readonly actor: Member;
  readonly meeting: Meeting;
  readonly plan: MeetingPlan;
  readonly startsAt: Date;
  /** The submitted form's key: claimed in the same transaction, so a second submit of it changes nothing. */
  readonly formKey: string | undefined;
}

/** Thrown inside the fill's transaction to roll it back when the form was already used. */
class FormAlreadyUsed extends Error {}

function refusal(meeting: Meeting, cell: Cell, locale: Locale): string | undefined {
  const month = periodLabel(meeting.period, locale);
  const when = formatMeetingTime(meeting.startsAt, cell.timezone, locale);
  if (meeting.status === 'in_progress' || meeting.status === 'closed') {
    return say(locale, MEETING_WORDING.regularAlreadyHeld, { month, when });
  }
  return undefined;
}

function timeChanged(meeting: Meeting, cell: Cell, startsAt: Date, locale: Locale): string | undefined {
  if (meeting.startsAt.getTime() === startsAt.getTime()) return undefined;
  const month = periodLabel(meeting.period, locale);
  const when = formatMeetingTime(meeting.startsAt, cell.timezone, locale);
  return say(locale, MEETING_WORDING.regularAlreadyPlanned, { month, when });
}

/** Fills the stored regular meeting from the form (one transaction, audited), or says why not. */
export async function fillStandingMeeting(
  db: Database,
  input: StandingFillInput,
  locale: Locale,
): Promise<FillOutcome> {
  const { cell, actor, meeting, plan, startsAt, formKey } = input;
  const refused = refusal(meeting, cell, locale) ?? timeChanged(meeting, cell, startsAt, locale);
  if (refused !== undefined) return { ok: false, duplicate: false, message: refused };
  try {
    await db.prisma.$transaction(async (tx) => {
      // A conditional claim, not a read: of two submits of one form at once, one fills and the other finds it taken.
      const claim =
        formKey === undefined
          ? 1
          : (
              await tx.meeting.updateMany({
                where: { id: meeting.id, OR: [{ formKey: null }, { formKey: { not: formKey } }] },
                data: { formKey },
              })
            ).count;
      if (claim !== 1) throw new FormAlreadyUsed();
      await tx.meeting.update({
        where: { id: meeting.id },
        data: {
          form: plan.form,
          venues: JSON.stringify(plan.venues),
          joinUrl: plan.joinUrl ?? null,
          documents: JSON.stringify(plan.documents),
          chairMemberId: plan.chairMemberId ?? null,
          minuteTakerMemberId: plan.minuteTakerMemberId ?? null,
        },
      });
      await tx.agendaItem.deleteMany({ where: { meetingId: meeting.id } });
      await tx.agendaItem.createMany({
        data: plan.agenda.map((item, i) => ({
          meetingId: meeting.id,
          position: i + 1,
          title: item.title,
          presenter: item.presenter ?? null,
        })),
      });
      await tx.guest.deleteMany({ where: { meetingId: meeting.id } });
      await tx.guest.createMany({ data: plan.guests.map((guest) => ({ meetingId: meeting.id, ...guest })) });
      await tx.auditEvent.create({
        data: { cellId: cell.id, actorMemberId: actor.id, type: 'meeting.updated', subjectId: meeting.id },
      });
    });
  } catch (error) {
    if (error instanceof FormAlreadyUsed || (formKey !== undefined && isUniqueViolation(error)))
      return { ok: false, duplicate: true };
    throw error;
  }
  return { ok: true };
}
