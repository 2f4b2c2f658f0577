/** `meetings`: a cell's meetings, latest first. */
import { formLabel, meetingKindLabel } from '../core/format';
import type { Database } from '../store/database';
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

async function loadMeetings(db: Database, cellId: string) {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true, timezone: true } });
  if (!cell) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId },
    orderBy: { startsAt: 'desc' },
    include: { _count: { select: { agendaItems: true, motions: true } } },
  });
  return { cell, meetings };
}
type LoadedMeeting = Awaited<ReturnType<typeof loadMeetings>>['meetings'][number];

function meetingJson(m: LoadedMeeting) {
  return {
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
  };
}

function meetingRow(m: LoadedMeeting, timeZone: string): string[] {
  return [
    m.period,
    meetingKindLabel(toMeetingKind(m.kind), 'vi'),
    formLabel(toMeetingForm(m.form), 'vi'),
    shortDateTime(m.startsAt, timeZone),
    meetingStatusLabel(m.status),
    String(m._count.agendaItems),
    m.id,
  ];
}

async function listMeetings(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', USAGE);
  const { cell, meetings } = await ctx.withDatabase((db) => loadMeetings(db, cellId));
  if (ctx.json) printJson(ctx.io, meetings.map(meetingJson));
  else if (meetings.length === 0) printLine(ctx.io, 'Chi bộ chưa có kỳ sinh hoạt nào.');
  else {
    const rows = meetings.map((m) => meetingRow(m, cell.timezone));
    printLine(ctx.io, renderTable(['Kỳ', 'Loại', 'Hình thức', 'Thời gian', 'Trạng thái', 'Số nội dung', 'Mã'], rows));
  }
  return EXIT_OK;
}
