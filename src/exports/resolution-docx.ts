/**
 * The draft monthly resolution (nghị quyết) of a meeting: results of last
 * month's tasks, next month's tasks and targets, and the closing vote sentence
 * of DOMAIN.md. A draft: the secretary completes it before signing.
 */
import type { MeetingSummary } from '../features/summaries/load-summary';
import {
  centered,
  field,
  heading,
  headerBlock,
  item,
  leadIn,
  packDocument,
  para,
  rightSignature,
  upper,
  type Block,
} from './docx-parts';
import { placeAndDate, resolutionClosing } from './minutes-text';

function title(s: MeetingSummary): Block[] {
  const [year, month] = s.meeting.period.split('-');
  return [
    headerBlock({
      parent: upper(s.cell.parentOrganisation),
      cell: upper(s.cell.name),
      placeAndDate: placeAndDate(s),
      number: 'Số: ……-NQ/CB',
    }),
    centered(''),
    centered('NGHỊ QUYẾT', { bold: true }),
    centered(`${s.cell.name} tháng ${Number(month)} năm ${year}`, { bold: true }),
    centered('(Dự thảo)', { italics: true }),
    para(
      `Căn cứ Điều lệ Đảng; căn cứ kết quả sinh hoạt chi bộ ${s.meeting.kind} ${s.details.date}, ${s.cell.name} quyết nghị:`,
    ),
  ];
}

function results(s: MeetingSummary): Block[] {
  const blocks: Block[] = [heading('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC')];
  if (s.previousTasks.length === 0) blocks.push(para('……………………………………………………'));
  blocks.push(...s.previousTasks.map((t) => item(`${t.title} – ${t.owner}: ${t.statusLabel}.`)));
  blocks.push(field('Tình hình sinh hoạt', s.attendance.rollCallLine));
  return blocks;
}

function directions(s: MeetingSummary): Block[] {
  const blocks: Block[] = [heading('II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI')];
  if (s.details.conclusion) blocks.push(para(s.details.conclusion));
  if (s.tasks.length === 0) blocks.push(para('……………………………………………………'));
  blocks.push(
    ...s.tasks.map((t, i) =>
      para(
        `${i + 1}. ${t.title}. Phân công: đồng chí ${t.owner} phụ trách${t.due ? `, hoàn thành trước ngày ${t.due.split('-').reverse().join('/')}` : ''}.`,
      ),
    ),
  );
  if (s.targetLines.length > 0)
    blocks.push(para('Chỉ tiêu:', { bold: true }), ...s.targetLines.map((line) => item(line)));
  return blocks;
}

function execution(s: MeetingSummary): Block[] {
  return [
    heading('III. TỔ CHỨC THỰC HIỆN'),
    para(
      'Chi ủy chi bộ chỉ đạo, đôn đốc các tổ đảng và đảng viên triển khai thực hiện Nghị quyết; kết quả được đánh giá tại kỳ sinh hoạt tháng tới.',
    ),
    // The closing vote sentence, then the signature: kept on one page, the block never parted from its name.
    leadIn(resolutionClosing(s), { italics: true }),
    leadIn(''),
    rightSignature([
      { text: 'T/M CHI BỘ', style: { bold: true } },
      { text: 'BÍ THƯ', style: { bold: true }, spaceAfter: 1200 },
      { text: s.meeting.chair ?? '', style: { bold: true } },
    ]),
  ];
}

/** The draft resolution of a meeting as a .docx file. */
export async function buildResolutionDocx(s: MeetingSummary): Promise<Buffer> {
  return packDocument(`Nghị quyết ${s.cell.name} ${s.meeting.periodLabel}`, [
    ...title(s),
    ...results(s),
    ...directions(s),
    ...execution(s),
  ]);
}
