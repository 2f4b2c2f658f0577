/**
 * Help where no cell is bound yet: how to set the conversation up, rather than
 * member commands that cannot work before a cell and its roster exist.
 */
import type { CardAction, MessageView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { FeatureContext } from '../shared/context';
import { messageView } from '../shared/results';

const WORDS = {
  vi: {
    title: 'Thiết lập chi bộ',
    button: 'Thiết lập chi bộ',
    shared: [
      'Cuộc trò chuyện này chưa được gắn với chi bộ nào, nên các lệnh sinh hoạt (thông báo, điểm danh, biểu quyết…) chưa dùng được.',
      'Các bước thiết lập:',
      '1. Đồng chí Bí thư chi bộ bấm «Thiết lập chi bộ» dưới đây; đồng chí bấm nút được ghi nhận là Bí thư.',
      '2. Điền tên chi bộ, đảng bộ cấp trên và lịch sinh hoạt định kỳ, rồi lưu.',
      '3. Đồng bộ danh sách đảng viên với thành viên của cuộc trò chuyện.',
      'Sau khi thiết lập, gõ «trợ giúp» để xem các lệnh.',
    ],
    personal: [
      'Tài khoản của đồng chí chưa được liên kết với danh sách đảng viên của chi bộ nào, nên các lệnh sinh hoạt chưa dùng được.',
      'Nếu chi bộ đã dùng trợ lý: đề nghị đồng chí Bí thư thêm đồng chí vào danh sách đảng viên (đồng bộ danh sách trong cuộc trò chuyện của chi bộ).',
      'Nếu chi bộ chưa dùng trợ lý: thêm trợ lý vào nhóm hoặc kênh chung của chi bộ, rồi đồng chí Bí thư bấm «Thiết lập chi bộ» tại đó.',
    ],
  },
  en: {
    title: 'Set up the cell',
    button: 'Set up the cell',
    shared: [
      'This conversation is not bound to a cell yet, so the meeting commands (notice, roll call, votes…) cannot work yet.',
      'To set it up:',
      '1. The cell secretary presses "Set up the cell" below; whoever presses it is recorded as the secretary.',
      '2. Fill in the cell name, the parent organisation and the regular meeting day, then save.',
      '3. Sync the member roster with the members of this conversation.',
      'Once it is set up, type "help" to see the commands.',
    ],
    personal: [
      'Your account is not linked to any cell roster yet, so the meeting commands cannot work yet.',
      'If your cell already uses the assistant: ask the secretary to add you to the roster (sync the roster in the cell conversation).',
      'If it does not: add the assistant to the cell group or channel, and the secretary presses "Set up the cell" there.',
    ],
  },
} as const;

function setupButton(locale: Locale): CardAction {
  return { verb: 'setup.start', title: WORDS[locale].button, data: {}, style: 'positive' };
}

/** What help says before the conversation is bound to a cell: the setup steps (with the button where it works). */
export function setupHelpView(ctx: Pick<FeatureContext, 'turn'>): MessageView {
  const locale = ctx.turn.locale;
  const words = WORDS[locale];
  if (ctx.turn.conversation.personal) return messageView(locale, 'info', words.personal.join('\n'), words.title);
  return { ...messageView(locale, 'info', words.shared.join('\n'), words.title), actions: [setupButton(locale)] };
}
