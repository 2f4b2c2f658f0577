import fs from 'node:fs';
import fc from 'fast-check';
import { buildAttendanceXlsx } from '../../src/exports/attendance-xlsx';
import { loadExportData } from '../../src/exports/export-data';
import { buildMinutesDocx } from '../../src/exports/minutes-docx';
import { buildResolutionDocx } from '../../src/exports/resolution-docx';
import { loadMeetingSummary } from '../../src/features/summaries/load-summary';
import { summaryText } from '../../src/features/summaries/summary-view';
import { openDatabase } from '../../src/store/database';
import { createScratchDatabase } from '../support/databases';
import { monthArb, writeMonth } from './month-generator';

it('renders a messy month', async () => {
  const scratch = await createScratchDatabase('sqlite');
  const db = await openDatabase(scratch.url);
  const gen = fc.sample(monthArb.filter((g) => g.members.length >= 14 && (g.meetings[0]?.venues ?? 0) >= 2 && g.meetings[0]?.status === 'closed' && g.members.filter((m) => m.attendance[0].presence === 'present').length >= g.members.length * 0.6 && g.members.some((m) => m.status === 'attached_in' && m.attendance[0].presence === 'present')), { seed: 7, numRuns: 1 })[0]!;
  const w = await writeMonth(db, gen, 1, () => "");
  await db.prisma.motion.updateMany({ where: { meetingId: w.meetingIds[0]! }, data: { status: 'closed' } });
  const s = await loadMeetingSummary(db, w.meetingIds[0]!, 'vi');
  fs.mkdirSync('/tmp/render', { recursive: true });
  fs.writeFileSync('/tmp/render/minutes.docx', await buildMinutesDocx(s));
  fs.writeFileSync('/tmp/render/resolution.docx', await buildResolutionDocx(s));
  fs.writeFileSync('/tmp/render/summary.txt', summaryText(s, 'vi'));
  fs.writeFileSync('/tmp/render/export.xlsx', await buildAttendanceXlsx(await loadExportData(db, w.cellId, s.meeting.period)));
  await db.close();
  await scratch.dispose();
}, 60_000);
