/** "Danh sách": the cell's roster with statuses, roles and party groups. */
import type { RosterView } from '../../cards/view-models';
import { computeAttendance } from '../../core/attendance';
import { sortByVietnameseName } from '../../core/names';
import { roleLabel, statusLabel } from '../../core/statuses';
import { toRosterMember } from '../../store/mappers';
import type { MemberContext } from '../shared/context';
import { replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { say } from '../../core/wording/say';
import { ATTENDANCE_WORDING as W } from '../../core/wording/attendance';

const STATUS_ORDER = ['official', 'probationary', 'exempt', 'attached_in', 'attached_out', 'suspended'];

export async function showRoster(ctx: MemberContext): Promise<TurnResult> {
  const { cell } = ctx;
  const locale = ctx.turn.locale;
  const rows = await ctx.db.prisma.member.findMany({ where: { cellId: cell.id }, orderBy: { id: 'asc' } });
  const members = sortByVietnameseName(rows.map(toRosterMember), (m) => m.fullName);
  members.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const stats = computeAttendance(members, []);
  const apart = [
    ['exempt', stats.roster.exempt],
    ['attached_in', stats.roster.attached_in],
    ['attached_out', stats.roster.attached_out],
    ['suspended', stats.roster.suspended],
  ] as const;
  const extra = apart.filter(([, n]) => n > 0).map(([status, n]) => `${statusLabel(status, locale)} ${n}`);
  const totalsLine = say(locale, W.rosterTotals, {
    total: stats.total,
    official: stats.roster.official,
    probationary: stats.roster.probationary,
    extra: extra.join(', '),
  });
  const view: RosterView = {
    type: 'roster',
    locale,
    cellName: cell.name,
    totalsLine,
    members: members.map((m) => ({
      id: m.id,
      name: m.fullName,
      status: m.status,
      statusLabel: statusLabel(m.status, locale),
      role: m.role,
      roleLabel: roleLabel(m.role, locale),
      ...(m.partyGroup ? { partyGroup: m.partyGroup } : {}),
    })),
  };
  return replyWith(view);
}
