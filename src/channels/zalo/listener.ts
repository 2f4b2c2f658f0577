/**
 * Zalo's side of the cell's other channels: a notice, roll call or vote posted
 * in Teams is announced to the linked Zalo members (each their own view, with
 * the buttons to answer), and a vote's result once it is decided. Updates of a
 * card are not sent: Zalo cannot edit a message. The same goes for a Zalo
 * turn's own posted cards and results.
 */
import type { SharedCardListener } from '../shared-card-news';
import type { ZaloOutbound } from './outbound';

const LOCALE = 'vi';

export function createZaloListener(outbound: Pick<ZaloOutbound, 'announce'>): SharedCardListener {
  return {
    platform: 'zalo',
    // Its own turns too: a card posted in a 1:1 chat reaches every linked member and group of the cell.
    wants: (news) => news.posted.length > 0 || news.decided.length > 0,
    async hear(cellId, news) {
      for (const key of news.posted) await outbound.announce(cellId, key, LOCALE);
      for (const { cardKey } of news.decided) await outbound.announce(cellId, cardKey, LOCALE, 'result');
    },
  };
}
