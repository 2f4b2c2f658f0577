/**
 * The minutes of a meeting (biên bản sinh hoạt chi bộ) as a Word document, in
 * the standard layout of DOMAIN.md: header, title, every field, a vote table
 * per motion, end time and duration, adoption, signatures.
 */
import type { MeetingSummary, MotionSummary } from '../features/summaries/load-summary';
import {
  centered,
  field,
  grid,
  heading,
  headerBlock,
  item,
  leadIn,
  packDocument,
  para,
  signatureBlock,
  upper,
  type Block,
} from './docx-parts';
import { formatDueDate } from '../core/meeting-notes';
import {
  endLine,
  excusedLine,
  heldOnAnotherDayNote,
  minutesTitle,
  placeAndDate,
  presentLine,
  rateLine,
  rosterLine,
  startLine,
  timingNotes,
  unexcusedLine,
  voteRows,
} from './minutes-text';

/** The planned day, when the meeting was held on another one. */
function heldOnAnotherDayBlocks(s: MeetingSummary): Block[] {
  const note = heldOnAnotherDayNote(s);
  return note === null ? [] : [para(note, { italics: true })];
}

const comrade = (name: string | null): string => (name ? `đồng chí ${name}` : '……………………');

function opening(s: MeetingSummary): Block[] {
  return [
    headerBlock({ parent: upper(s.cell.parentOrganisation), cell: upper(s.cell.name), placeAndDate: placeAndDate(s) }),
    centered(''),
    centered(minutesTitle(s), { bold: true }),
    centered(''),
    para(
      `Hôm nay, vào hồi ${startLine(s)}, ${s.cell.name} tiến hành sinh hoạt chi bộ ${s.meeting.kind} ${s.meeting.periodLabel}.`,
    ),
    field('Thời gian bắt đầu', startLine(s)),
    ...heldOnAnotherDayBlocks(s),
    field('Địa điểm', s.meeting.venues.length > 0 ? s.meeting.venues.join('; ') : '……………………'),
    field(
      'Hình thức',
      s.meeting.onlineRoom ? `${s.meeting.form} (phòng họp trực tuyến trên ${s.meeting.onlineRoom})` : s.meeting.form,
    ),
  ];
}

function composition(s: MeetingSummary): Block[] {
  const r = s.roster;
  const blocks: Block[] = [
    heading('I. THÀNH PHẦN'),
    field('Tổng số đảng viên của chi bộ', rosterLine(s)),
    field('Đảng viên được miễn công tác và sinh hoạt đảng', String(r['exempt'] ?? 0)),
    field('Đảng viên sinh hoạt tạm thời nơi khác', String(r['attached_out'] ?? 0)),
    ...((r['suspended'] ?? 0) > 0 ? [field('Đảng viên bị đình chỉ sinh hoạt', String(r['suspended']))] : []),
    field('Có mặt', presentLine(s)),
    field('Vắng có lý do', excusedLine(s)),
    field('Vắng không có lý do', unexcusedLine(s)),
    field('Tỷ lệ đảng viên dự sinh hoạt', rateLine(s)),
  ];
  if (s.guests.length > 0) {
    blocks.push(
      field('Đại biểu dự', `${s.guests.length} đồng chí`),
      ...s.guests.map((g) => item(g.position ? `Đồng chí ${g.name} – ${g.position}` : `Đồng chí ${g.name}`)),
    );
  } else {
    blocks.push(field('Đại biểu dự', 'không có'));
  }
  blocks.push(
    field('Chủ trì', comrade(s.meeting.chair)),
    field('Thư ký', comrade(s.meeting.minuteTaker)),
    para(s.quorum.line),
    ...s.quorum.warnings.map((w) => para(w, { italics: true })),
  );
  return blocks;
}

function content(s: MeetingSummary): Block[] {
  const blocks: Block[] = [heading('II. NỘI DUNG SINH HOẠT')];
  for (const a of s.details.agenda)
    blocks.push(para(`${a.position}. ${a.title}${a.presenter ? ` (${a.presenter} trình bày)` : ''}.`));
  if (s.previousTasks.length > 0) {
    blocks.push(
      para('Kết quả thực hiện nhiệm vụ tháng trước:', { bold: true }),
      ...s.previousTasks.map((t) =>
        item(`${t.title} – ${t.owner}${t.due ? ` (hạn ngày ${t.due})` : ''}: ${t.statusLabel}.`),
      ),
    );
  }
  if (s.tasks.length > 0) {
    blocks.push(
      para('Phương hướng, nhiệm vụ tháng tới:', { bold: true }),
      ...s.tasks.map((t) =>
        item(`${t.title} – phụ trách: đồng chí ${t.owner}${t.due ? `; hạn ngày ${formatDueDate(t.due)}` : ''}.`),
      ),
    );
  }
  if (s.targetLines.length > 0)
    blocks.push(para('Chỉ tiêu và tiến độ thực hiện:', { bold: true }), ...s.targetLines.map((line) => item(line)));
  return blocks;
}

function discussion(s: MeetingSummary): Block[] {
  const blocks: Block[] = [heading('III. THẢO LUẬN')];
  if (s.speakers.length === 0) blocks.push(para('Không có ý kiến phát biểu được ghi nhận.'));
  else
    blocks.push(
      para(`Có ${s.speakers.length} ý kiến phát biểu:`),
      ...s.speakers.map((p) => item(`Đồng chí ${p.name}: ${p.gist ?? '……………………'}`)),
    );
  blocks.push(heading('IV. KẾT LUẬN CỦA CHỦ TRÌ'), para(s.details.conclusion ?? '……………………………………………………'));
  return blocks;
}

function motionBlocks(m: MotionSummary, index: number): Block[] {
  const blocks: Block[] = [para(`${index + 1}. ${m.title}`, { bold: true }), grid(voteRows(m), [50, 15, 35])];
  blocks.push(...m.resultLines.map((line) => para(line)));
  if (m.otherComments.length > 0)
    blocks.push(para('Ý kiến khác:'), ...m.otherComments.map((c) => item(`Đồng chí ${c.name}: ${c.text}`)));
  if (m.opinions.length > 0)
    blocks.push(
      para('Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết):'),
      ...m.opinions.map((o) => item(`Đồng chí ${o.name}: ${o.text}`)),
    );
  return blocks;
}

function votes(s: MeetingSummary): Block[] {
  const blocks: Block[] = [heading('V. KẾT QUẢ BIỂU QUYẾT')];
  if (s.motions.length === 0) blocks.push(para('Không có nội dung biểu quyết.'));
  s.motions.forEach((m, i) => blocks.push(...motionBlocks(m, i)));
  return blocks;
}

function closing(s: MeetingSummary): Block[] {
  return [
    para(endLine(s)),
    ...timingNotes(s).map((note) => para(note, { italics: true })),
    // The adoption sentence and the signatures share a page: a page holding only signatures proves nothing.
    leadIn('Biên bản đã được thông qua trước chi bộ và được các đồng chí dự sinh hoạt nhất trí.'),
    leadIn(''),
    signatureBlock(
      { title: 'THƯ KÝ', name: s.meeting.minuteTaker ?? '' },
      { title: 'CHỦ TRÌ', name: s.meeting.chair ?? '' },
    ),
  ];
}

/** The minutes' blocks, in order. */
export function minutesBlocks(s: MeetingSummary): Block[] {
  return [...opening(s), ...composition(s), ...content(s), ...discussion(s), ...votes(s), ...closing(s)];
}

/** The minutes of a meeting as a .docx file. */
export async function buildMinutesDocx(s: MeetingSummary): Promise<Buffer> {
  return packDocument(minutesTitle(s), minutesBlocks(s));
}
