/** "Họp mới": the secretary fills the meeting form; the meeting is stored as a draft until its notice is posted. */
import { randomUUID } from 'node:crypto';
import type { MeetingFormView } from '../../cards/view-models';
import { isUniqueViolation } from '../../store/errors';
import { doneAt, doneWords } from '../shared/done-words';
import { formatMeetingTime, localDateTimeToUtc, periodOf } from '../../core/format';
import { DomainError, localDetail } from '../../core/errors';
import { sortByVietnameseName } from '../../core/names';
import type { Cell, Meeting, Member } from '../../store/rows';
import { cardKey } from '../shared/card-keys';
import { fillStandingMeeting, findStandingRegularMeeting } from './month-meeting';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { committeeReplyWith, messageView, updateWith } from '../shared/results';
import { committeeCard } from '../shared/audience';
import type { TurnResult } from '../turn';
import { parseMeetingForm, submittedDefaults, type MeetingPlan } from './meeting-form-input';
import { MEETING_FORMS, MEETING_KINDS } from '../../core/types';
import { parseMeetingRule, suggestedMeetingDate } from '../../core/meeting-rule';
import { noticeViewFor } from '../notices/notice-view';
import { requireMeetingOfCell } from '../../meetings/meeting-queries';
import { say } from '../../core/wording/say';
import { MEETING_WORDING } from '../../core/wording/meetings';

/** Puts back what was submitted (only known keys and valid choices), so a form with errors loses nothing. */
function refill(submitted: Record<string, string>): Partial<MeetingFormView['defaults']> {
  const { kind, form, ...rest } = submitted;
  return {
    ...rest,
    ...(kind && (MEETING_KINDS as readonly string[]).includes(kind)
      ? { kind: kind as MeetingFormView['defaults']['kind'] & string }
      : {}),
    ...(form && (MEETING_FORMS as readonly string[]).includes(form)
      ? { form: form as MeetingFormView['defaults']['form'] }
      : {}),
  } as Partial<MeetingFormView['defaults']>;
}

async function formView(
  ctx: FeatureContext,
  cell: Cell,
  formKey: string | undefined,
  errors?: string[],
  submitted: Record<string, string> = {},
): Promise<MeetingFormView> {
  const rule = parseMeetingRule(cell.meetingRule);
  const members = await ctx.db.prisma.member.findMany({
    where: { cellId: cell.id, status: { in: ['official', 'probationary'] } },
    orderBy: { id: 'asc' },
  });
  return {
    type: 'meeting.form',
    locale: ctx.turn.locale,
    cellName: cell.name,
    ...(formKey ? { formKey } : {}),
    defaults: {
      date: suggestedMeetingDate(rule, ctx.clock.now(), cell.timezone),
      time: rule.time,
      form: 'in_person',
      ...refill(submitted),
    },
    members: sortByVietnameseName(members, (m) => m.fullName).map((m) => ({ id: m.id, name: m.fullName })),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/** Shows the new-meeting form to a committee member. */
export async function showMeetingForm(ctx: CommitteeContext): Promise<TurnResult> {
  return committeeReplyWith(await formView(ctx, ctx.cell, randomUUID()));
}

async function assertMembersOfCell(ctx: FeatureContext, cellId: string, ids: (string | undefined)[]): Promise<void> {
  const wanted = ids.filter((id): id is string => id !== undefined);
  const found = await ctx.db.prisma.member.count({ where: { cellId, id: { in: wanted } } });
  if (found !== new Set(wanted).size)
    throw new DomainError('meeting.invalid', localDetail('chủ trì / thư ký', 'chair / minute-taker'));
}

/** Stores the new meeting under the form's key; null when that form already made one (a second submit, or a race). */
async function storeMeeting(
  ctx: FeatureContext,
  cell: Cell,
  plan: MeetingPlan,
  startsAt: Date,
  formKey: string | undefined,
): Promise<string | null> {
  try {
    return await insertMeeting(ctx, cell, plan, startsAt, formKey);
  } catch (error) {
    if (formKey !== undefined && isUniqueViolation(error)) return null;
    throw error;
  }
}

async function insertMeeting(
  ctx: FeatureContext,
  cell: Cell,
  plan: MeetingPlan,
  startsAt: Date,
  formKey: string | undefined,
): Promise<string> {
  const meeting = await ctx.db.prisma.meeting.create({
    data: {
      cellId: cell.id,
      formKey: formKey ?? null,
      period: periodOf(startsAt, cell.timezone),
      kind: plan.kind,
      form: plan.form,
      startsAt,
      venues: JSON.stringify(plan.venues),
      joinUrl: plan.joinUrl ?? null,
      documents: JSON.stringify(plan.documents),
      chairMemberId: plan.chairMemberId ?? null,
      minuteTakerMemberId: plan.minuteTakerMemberId ?? null,
      agendaItems: {
        create: plan.agenda.map((item, i) => ({
          position: i + 1,
          title: item.title,
          presenter: item.presenter ?? null,
        })),
      },
      guests: { create: plan.guests },
    },
  });
  return meeting.id;
}

/** The key the form was shown with (card data; only ever compared with a stored meeting's). */
function formKeyOf(data: unknown): string | undefined {
  const value = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)['formKey'] : undefined;
  return typeof value === 'string' && /^[\w-]{8,64}$/.test(value) ? value : undefined;
}

/** This form was already submitted: nothing changes, and the pressed form says which meeting it made. */
async function alreadySubmitted(ctx: FeatureContext, cell: Cell, formKey: string): Promise<TurnResult> {
  const meeting = await ctx.db.prisma.meeting.findUnique({ where: { formKey }, select: { startsAt: true } });
  const when = meeting ? formatMeetingTime(meeting.startsAt, cell.timezone, ctx.turn.locale) : '…';
  return {
    ...updateWith(messageView(ctx.turn.locale, 'info', doneWords(ctx.turn.locale).meetingAlready(when)), []),
    updatedCardForAll: true,
  };
}

/** Validates the submitted form and stores the meeting; a bad form comes back with its errors. */
export async function createMeeting(ctx: CommitteeContext, data: unknown): Promise<TurnResult> {
  const { member, cell } = ctx;
  const formKey = formKeyOf(data);
  if (formKey !== undefined && (await ctx.db.prisma.meeting.count({ where: { formKey } })) > 0)
    return alreadySubmitted(ctx, cell, formKey);
  const parsed = parseMeetingForm(data, ctx.turn.locale);
  // The form comes back to the one who pressed, with the errors and what they typed, not to the whole channel.
  if (!parsed.ok)
    return updateWith(await formView(ctx, cell, formKey, parsed.errors, parsed.refill ?? submittedDefaults(data)), []);
  await assertMembersOfCell(ctx, cell.id, [parsed.plan.chairMemberId, parsed.plan.minuteTakerMemberId]);
  const startsAt = localDateTimeToUtc(parsed.plan.date, parsed.plan.time, cell.timezone);
  const standing =
    parsed.plan.kind === 'regular'
      ? await findStandingRegularMeeting(ctx.db, cell.id, periodOf(startsAt, cell.timezone))
      : null;
  if (standing) return fillStanding(ctx, { cell, member, standing, plan: parsed.plan, startsAt, data, formKey });
  const meetingId = await storeMeeting(ctx, cell, parsed.plan, startsAt, formKey);
  if (meetingId === null) return alreadySubmitted(ctx, cell, formKey ?? '');
  await ctx.db.prisma.auditEvent.create({
    data: { cellId: cell.id, actorMemberId: member.id, type: 'meeting.created', subjectId: meetingId },
  });
  const meeting = await requireMeetingOfCell(ctx.db, cell.id, meetingId);
  const preview = await noticeViewFor(ctx, meeting, null);
  const done = messageView(ctx.turn.locale, 'success', say(ctx.turn.locale, MEETING_WORDING.createdDraft));
  return {
    replies: [committeeCard({ ...done, actions: [postNoticeAction(ctx, meetingId)] }), committeeCard(preview)],
    updatedCard: submittedForm(ctx, cell),
    updatedCardForAll: true,
    refreshes: [],
  };
}

/** The pressed form once it made (or filled) the meeting: a sentence, no live submit button. */
function submittedForm(ctx: FeatureContext, cell: Cell) {
  return messageView(
    ctx.turn.locale,
    'success',
    doneWords(ctx.turn.locale).meetingCreated(doneAt(ctx.clock.now(), cell.timezone, ctx.turn.locale)),
  );
}

interface StandingFill {
  readonly cell: Cell;
  readonly member: Member;
  readonly standing: Meeting;
  readonly plan: MeetingPlan;
  readonly startsAt: Date;
  readonly data: unknown;
  readonly formKey: string | undefined;
}

/** The month's regular meeting is already stored: the form fills it in (its posted notice follows), or comes back with why not. */
async function fillStanding(ctx: FeatureContext, fill: StandingFill): Promise<TurnResult> {
  const { cell, member, standing, plan, startsAt, data, formKey } = fill;
  const filled = await fillStandingMeeting(
    ctx.db,
    { cell, actor: member, meeting: standing, plan, startsAt, formKey },
    ctx.turn.locale,
  );
  if (!filled.ok && filled.duplicate) return alreadySubmitted(ctx, cell, formKey ?? '');
  if (!filled.ok) return updateWith(await formView(ctx, cell, formKey, [filled.message], submittedDefaults(data)), []);
  const meeting = await requireMeetingOfCell(ctx.db, cell.id, standing.id);
  const shared = await noticeViewFor(ctx, meeting, null);
  const announced = meeting.status === 'announced';
  const vi = announced
    ? 'Đã cập nhật kỳ sinh hoạt định kỳ của tháng; thông báo đã gửi được cập nhật theo.'
    : 'Đã cập nhật kỳ sinh hoạt định kỳ của tháng (bản nháp).';
  const en = announced
    ? "Updated the month's regular meeting; the posted notice follows."
    : "Updated the month's regular meeting (draft).";
  const done = messageView(ctx.turn.locale, 'success', say(ctx.turn.locale, { vi, en }));
  // The posted notice itself is refreshed for the cell; these copies are the committee member's.
  const replies = [
    committeeCard(announced ? done : { ...done, actions: [postNoticeAction(ctx, meeting.id)] }),
    committeeCard(shared),
  ];
  return {
    replies,
    updatedCard: submittedForm(ctx, cell),
    updatedCardForAll: true,
    refreshes: announced ? [{ cardKey: cardKey('notice', meeting.id), view: shared }] : [],
  };
}

function postNoticeAction(ctx: FeatureContext, meetingId: string) {
  return {
    verb: 'notice.post' as const,
    title: say(ctx.turn.locale, MEETING_WORDING.postNotice),
    data: { meetingId },
  };
}
