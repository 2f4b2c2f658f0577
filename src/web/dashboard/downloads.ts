/** The signed downloads: a meeting's minutes or draft resolution (.docx), a period's spreadsheet (.xlsx). */
import type restify from 'restify';
import { buildAttendanceXlsx } from '../../exports/attendance-xlsx';
import { loadExportData } from '../../exports/export-data';
import { buildMinutesDocx } from '../../exports/minutes-docx';
import { buildResolutionDocx } from '../../exports/resolution-docx';
import { loadMeetingSummary } from '../../features/summaries/load-summary';
import type { Clock } from '../../features/ports';
import type { Database } from '../../store/database';
import { ApiError } from '../../server';
import { authorizeLink, requireSameCell } from './authorize';
import { parseExportSubject } from './links';

interface Deps {
  readonly db: Database;
  readonly clock: Clock;
  readonly linkSigningSecret: string;
}

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function sendFile(res: restify.Response, body: Buffer, contentType: string, fileName: string): void {
  res.sendRaw(200, body, {
    'Content-Type': contentType,
    // ASCII name for old clients, the exact name (UTF-8) for the rest.
    'Content-Disposition': `attachment; filename="${fileName.normalize('NFD').replace(/[^\x20-\x7e]/g, '')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
}

function queryParam(req: restify.Request, name: string): string | undefined {
  const query: unknown = req.query;
  const value =
    typeof query === 'object' && query !== null && name in query ? (query as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}

export async function sendMeetingDocument(
  deps: Deps,
  token: string,
  req: restify.Request,
  res: restify.Response,
): Promise<void> {
  const { member, subjectId } = await authorizeLink(
    deps.db,
    deps.linkSigningSecret,
    token,
    deps.clock.now(),
    'minutes',
  );
  const meeting = await deps.db.prisma.meeting.findUnique({
    where: { id: subjectId },
    select: { cellId: true, period: true },
  });
  requireSameCell(member, meeting?.cellId);
  const summary = await loadMeetingSummary(deps.db, subjectId, 'vi');
  const resolution = queryParam(req, 'doc') === 'resolution';
  const body = resolution ? await buildResolutionDocx(summary) : await buildMinutesDocx(summary);
  sendFile(res, body, DOCX, `${resolution ? 'nghi-quyet' : 'bien-ban'}-${summary.meeting.period}.docx`);
}

export async function sendExport(deps: Deps, token: string, res: restify.Response): Promise<void> {
  const { member, subjectId } = await authorizeLink(deps.db, deps.linkSigningSecret, token, deps.clock.now(), 'export');
  const subject = parseExportSubject(subjectId);
  if (!subject) throw new ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
  requireSameCell(member, subject.cellId);
  const body = await buildAttendanceXlsx(await loadExportData(deps.db, subject.cellId, subject.period));
  sendFile(res, body, XLSX, `diem-danh-bieu-quyet-${subject.period}.xlsx`);
}
