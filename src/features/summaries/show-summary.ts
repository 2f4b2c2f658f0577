/** "Tóm tắt [tháng 9/2025]": the committee asks for a meeting's summary. */
import { DomainError } from '../../core/errors';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { committeeReplyWith } from '../shared/results';
import { findLatestHeldMeeting, findMeetingOfPeriod, requireMeetingOfCell } from '../../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { loadMeetingSummary } from './load-summary';
import { summaryView } from './summary-view';

export interface SummaryRequest {
  readonly meetingId?: string;
  readonly period?: string;
}

async function pickMeetingId(ctx: FeatureContext, cellId: string, request: SummaryRequest): Promise<string> {
  if (request.meetingId) return (await requireMeetingOfCell(ctx.db, cellId, request.meetingId)).id;
  const meeting = request.period
    ? await findMeetingOfPeriod(ctx.db, cellId, request.period)
    : await findLatestHeldMeeting(ctx.db, cellId);
  if (!meeting) throw new DomainError(request.period ? 'meeting.not_found' : 'meeting.none', request.period);
  return meeting.id;
}

export async function showSummary(ctx: CommitteeContext, request: SummaryRequest): Promise<TurnResult> {
  const { cell } = ctx;
  const meetingId = await pickMeetingId(ctx, cell.id, request);
  const summary = await loadMeetingSummary(ctx.db, meetingId, ctx.turn.locale);
  return committeeReplyWith(summaryView(summary, ctx.turn.locale));
}
