/** `meetings`: a cell's meetings, latest first. */
import { formLabel, meetingKindLabel } from '../core/format';
import { toMeetingForm, toMeetingKind } from '../store/mappers';
import { CliFailure, EXIT_OK, requiredOption, type CommandContext, type CommandSpec } from './context';
import { meetingStatusLabel } from './labels';
import { printJson, printLine, renderTable, shortDateTime } from './output';

const USAGE = 'meetings --cell <id> [--json]';

export const meetingsCommand: CommandSpec = {
  name: 'meetings',
  usage: [USAGE],
  summary: 'Các kỳ sinh hoạt của một chi bộ',
  options: { cell: { type: 'string' }, json: { type: 'boolean' } },
  run: listMeetings,
};

async function listMeetings(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', USAGE);
  const { cell, meetings } = await ctx.withDatabase(async (db) => {
    const found = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true, timezone: true } });
    if (!found) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
    const rows = await db.prisma.meeting.findMany({
      where: { cellId },
      orderBy: { startsAt: 'desc' },
      include: { _count: { select: { agendaItems: true, motions: true } } },
    });
    return { cell: found, meetings: rows };
  });
  if (ctx.json) {
    printJson(
      ctx.io,
      meetings.map((m) => ({
        id: m.id,
        period: m.period,
        kind: m.kind,
        form: m.form,
        status: m.status,
        startsAt: m.startsAt.toISOString(),
        startedAt: m.startedAt?.toISOString() ?? null,
        endedAt: m.endedAt?.toISOString() ?? null,
        agendaItems: m._count.agendaItems,
        motions: m._count.motions,
      })),
    );
    return EXIT_OK;
  }
  if (meetings.length === 0) {
    printLine(ctx.io, 'Chi bộ chưa có kỳ sinh hoạt nào.');
    return EXIT_OK;
  }
  const rows = meetings.map((m) => [
    m.period,
    meetingKindLabel(toMeetingKind(m.kind), 'vi'),
    formLabel(toMeetingForm(m.form), 'vi'),
    shortDateTime(m.startsAt, cell.timezone),
    meetingStatusLabel(m.status),
    String(m._count.agendaItems),
    m.id,
  ]);
  printLine(ctx.io, renderTable(['Kỳ', 'Loại', 'Hình thức', 'Thời gian', 'Trạng thái', 'Số nội dung', 'Mã'], rows));
  return EXIT_OK;
}
