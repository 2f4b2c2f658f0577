/**
 * Shared cards by key (`vote:<motionId>`, `notice:<meetingId>`…): as one member
 * of the card's cell sees it (Teams refresh, the playground, Zalo's page), or as
 * everyone sees it, in the cell's language (an update the outbox renders when it
 * sends it, so a card never shows a tally older than its send).
 */
import type { CardView } from '../cards/view-models';
import { DomainError, logDetail } from '../core/errors';
import type { Locale } from '../core/types';
import type { Database } from '../store/database';
import type { Member } from '../store/rows';
import { rollCallViewFor } from './attendance/rollcall-view';
import { requireMeetingOfCell } from '../meetings/meeting-queries';
import { noticeViewFor } from './notices/notice-view';
import type { Services } from './shared/context';
import { parseCardKey, type CardKey } from './shared/card-keys';
import { loadMeetingSummary } from './summaries/load-summary';
import { summaryView } from './summaries/summary-view';
import { requireVoteCardMotionOfCell } from './votes/motion-queries';
import { voteViewFor } from './votes/vote-view';
import { asLocale } from '../core/wording/say';

function requireCardKey(key: string): CardKey {
  const parsed = parseCardKey(key);
  if (!parsed) throw new DomainError('input.invalid', logDetail('cardKey'));
  return parsed;
}

/** The card of `key` in `cellId` for `viewer` (null: the shared card); another cell's card is "not found". */
async function cardViewInCell(
  services: Services,
  key: CardKey,
  cellId: string,
  viewer: Member | null,
  locale: Locale,
): Promise<CardView> {
  const db = services.db;
  switch (key.kind) {
    case 'notice':
      return noticeViewFor({ ...services, turn: { locale } }, await requireMeetingOfCell(db, cellId, key.id), viewer);
    case 'rollcall':
      return rollCallViewFor(services, await requireMeetingOfCell(db, cellId, key.id), viewer, locale);
    case 'vote':
      // A member opening or refreshing the card may see a count of the last half second (60 refresh at each update).
      return voteViewFor(
        services,
        await requireVoteCardMotionOfCell(db, cellId, key.id),
        viewer,
        locale,
        viewer === null ? 'exact' : 'recent',
      );
    case 'summary': {
      const meeting = await requireMeetingOfCell(db, cellId, key.id);
      return summaryView(await loadMeetingSummary(db, meeting.id, locale), locale);
    }
  }
}

/** A shared card as `member` sees it (their own choice marked). */
export function memberCardView(services: Services, key: string, member: Member, locale: Locale): Promise<CardView> {
  return cardViewInCell(services, requireCardKey(key), member.cellId, member, locale);
}

/** The cell a card belongs to, with its language; null when the motion or meeting is gone. */
async function cellOfCard(db: Database, key: CardKey): Promise<{ id: string; locale: string } | null> {
  const select = { cell: { select: { id: true, locale: true } } } as const;
  if (key.kind === 'vote') {
    const motion = await db.prisma.motion.findUnique({ where: { id: key.id }, select: { meeting: { select } } });
    return motion?.meeting.cell ?? null;
  }
  const meeting = await db.prisma.meeting.findUnique({ where: { id: key.id }, select });
  return meeting?.cell ?? null;
}

/** A shared card as everyone sees it, in its cell's language. */
export async function sharedCardView(services: Services, key: string): Promise<CardView> {
  const parsed = requireCardKey(key);
  const cell = await cellOfCard(services.db, parsed);
  if (!cell) throw new DomainError(parsed.kind === 'vote' ? 'motion.not_found' : 'meeting.not_found');
  return cardViewInCell(services, parsed, cell.id, null, asLocale(cell.locale));
}
