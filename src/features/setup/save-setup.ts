/** The setup form's submit: the committee saves the cell's settings. */
import type { CardAction } from '../../cards/view-models';
import { formatClockText } from '../../core/format';
import { timeZoneLabel } from '../../core/time-zone-label';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { messageView, updateWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { parseSetupForm, reminderOffsetsJson, setupFormView, setupFormWithErrors, type CellSettings } from './setup-form';

function nextSteps(vi: boolean): CardAction[] {
  return [
    { verb: 'setup.roster', title: vi ? 'Đồng bộ danh sách đảng viên' : 'Sync the member roster', data: { page: '1' }, style: 'positive' },
    { verb: 'setup.start', title: vi ? 'Sửa thiết lập' : 'Edit settings', data: {} },
  ];
}

function savedText(settings: CellSettings, vi: boolean, now: Date): string {
  const rule = settings.meetingRule;
  const zone = timeZoneLabel(settings.timezone, now, vi ? 'vi' : 'en');
  const approval = settings.approvalRef ? (vi ? ` Văn bản đồng ý sinh hoạt trực tuyến: ${settings.approvalRef}.` : ` Online-meeting approval: ${settings.approvalRef}.`) : '';
  return vi
    ? `Đã lưu thiết lập ${settings.name}: sinh hoạt định kỳ ngày ${rule.day} hằng tháng, lúc ${formatClockText(rule.time, 'vi')} (${zone}).${approval} Bước tiếp theo: đồng bộ danh sách đảng viên với thành viên của cuộc trò chuyện.`
    : `Saved the settings of ${settings.name}: regular meeting on day ${rule.day} of each month at ${rule.time} (${zone}).${approval} Next: sync the member roster with this conversation's members.`;
}

export async function saveSetup(ctx: FeatureContext, data: unknown): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const locale = ctx.turn.locale;
  const parsed = parseSetupForm(data, locale);
  if (!parsed.ok) return updateWith(setupFormWithErrors(data, parsed.errors, setupFormView(cell, locale)), []);
  const s = parsed.settings;
  await ctx.db.prisma.$transaction([
    ctx.db.prisma.cell.update({
      where: { id: cell.id },
      data: {
        name: s.name,
        parentOrganisation: s.parentOrganisation,
        meetingRule: JSON.stringify(s.meetingRule),
        timezone: s.timezone,
        reminderOffsets: reminderOffsetsJson(s.reminderMinutes),
        onlineApprovalRef: s.approvalRef,
        onlineApprovalDate: s.approvalDate,
      },
    }),
    ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'cell.configured', subjectId: cell.id, data: JSON.stringify(s) } }),
  ]);
  const vi = locale === 'vi';
  const done = { ...messageView(locale, 'success', savedText(s, vi, ctx.clock.now()), vi ? 'Thiết lập chi bộ' : 'Cell setup'), actions: nextSteps(vi) };
  return updateWith(done, []);
}
