/**
 * The bot was added to a conversation: one welcome card. Its "Thiết lập chi
 * bộ" button makes the member who presses it the cell's secretary (start-setup.ts).
 */
import type { CardAction, CardView } from '../../cards/view-models';
import type { FeatureContext } from '../shared/context';
import { memberIsCommittee } from '../shared/context';
import { messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { publicCard } from '../shared/audience';

/** The bot's greeting where it was added: the whole conversation sees it. */
function publicWith(view: CardView): TurnResult {
  return { replies: [publicCard(view)], refreshes: [] };
}

function setupButton(vi: boolean): CardAction {
  return { verb: 'setup.start', title: vi ? 'Thiết lập chi bộ' : 'Set up the cell', data: {}, style: 'positive' };
}

/** In a conversation already bound: the same form, opened again to change the cell's settings. */
function settingsButton(vi: boolean): CardAction {
  return { verb: 'setup.start', title: vi ? 'Cài đặt chi bộ' : 'Cell settings', data: {} };
}

function rosterButton(vi: boolean): CardAction {
  return { verb: 'setup.roster', title: vi ? 'Danh sách đảng viên' : 'Member roster', data: { page: '1' } };
}

/** A 1:1 chat is never bound to a cell: it greets the member of their own cell, or says they are not linked yet. */
function personalWelcome(ctx: FeatureContext, vi: boolean, title: string): TurnResult {
  const text = ctx.cell
    ? vi
      ? `Trợ lý sinh hoạt chi bộ xin chào đồng chí (${ctx.cell.name}). Gõ "trợ giúp" để xem các lệnh.`
      : `The cell meeting assistant greets you (${ctx.cell.name}). Type "help" to see the commands.`
    : vi
      ? 'Trợ lý sinh hoạt chi bộ xin chào đồng chí. Tài khoản của đồng chí chưa được liên kết với danh sách đảng viên của chi bộ; đề nghị liên hệ đồng chí Bí thư.'
      : 'The cell meeting assistant greets you. Your account is not linked to a cell roster yet; please contact the cell secretary.';
  return replyWith(messageView(ctx.turn.locale, 'info', text, title));
}

/** A first install offers setup; a conversation already bound to a cell says which one. */
export function welcome(ctx: FeatureContext): TurnResult {
  const vi = ctx.turn.locale === 'vi';
  const title = vi ? 'Trợ lý sinh hoạt chi bộ' : 'Cell meeting assistant';
  if (ctx.turn.conversation.personal) return personalWelcome(ctx, vi, title);
  if (ctx.cell) {
    const text = vi
      ? `Trợ lý sinh hoạt chi bộ xin chào các đồng chí. Cuộc trò chuyện này đã được gắn với ${ctx.cell.name}. Gõ "@chibo trợ giúp" để xem các lệnh.`
      : `The cell meeting assistant greets you. This conversation is bound to ${ctx.cell.name}. Type "@chibo help" to see the commands.`;
    const actions = memberIsCommittee(ctx.member) ? [settingsButton(vi), rosterButton(vi)] : [settingsButton(vi)];
    return publicWith({ ...messageView(ctx.turn.locale, 'info', text, title), actions });
  }
  const text = vi
    ? 'Trợ lý sinh hoạt chi bộ xin chào các đồng chí. Đề nghị đồng chí Bí thư chi bộ bấm "Thiết lập chi bộ" để gắn cuộc trò chuyện này với chi bộ; đồng chí bấm nút sẽ được ghi nhận là Bí thư.'
    : 'The cell meeting assistant greets you. The cell secretary should press "Set up the cell" to bind this conversation to the cell; whoever presses it is recorded as the secretary.';
  return publicWith({ ...messageView(ctx.turn.locale, 'info', text, title), actions: [setupButton(vi)] });
}
