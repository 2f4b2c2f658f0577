/** One publication per turn, to every registered listener: what each hears, and whose failure fails the turn's delivery. */
import {
  createSharedCardNews,
  type SharedCardListener,
  type SharedCardNews,
} from '../../src/channels/shared-card-news';
import type { TurnResult } from '../../src/features/turn';
import { silentLogger } from '../support/turns';

const POSTED: TurnResult = {
  replies: [
    { kind: 'text', text: 'Biểu quyết' },
    { kind: 'card', view: { type: 'message', locale: 'vi', tone: 'info', text: 'x' }, cardKey: 'vote:m1' },
  ],
  refreshes: [],
};

function recorder(
  platform: string,
  options: { fails?: boolean; ownToo?: boolean } = {},
): SharedCardListener & { heard: SharedCardNews[] } {
  const heard: SharedCardNews[] = [];
  return {
    platform,
    heard,
    wants: (news) => (options.ownToo === true || news.origin !== platform) && news.posted.length > 0,
    hear: (_cellId, news) =>
      options.fails === true ? Promise.reject(new Error(`${platform} is down`)) : (heard.push(news), Promise.resolve()),
  };
}

describe('shared-card news', () => {
  it('is told once to every listener that wants it, the cell asked once and only when someone does', async () => {
    const hub = createSharedCardNews(silentLogger);
    const [a, b, c] = [recorder('a'), recorder('b'), recorder('c', { ownToo: true })];
    [a, b, c].forEach((listener) => hub.listen(listener));
    let asked = 0;
    await hub.publish('a', POSTED, () => ((asked += 1), Promise.resolve('cell-1')));
    expect([a.heard.length, b.heard.length, c.heard.length]).toEqual([0, 1, 1]);
    expect(b.heard[0]).toEqual({ origin: 'a', posted: ['vote:m1'], decided: [], refreshed: [] });
    expect(asked).toBe(1);
    await hub.publish(
      'a',
      { ...POSTED, error: { code: 'x', message: 'x' } },
      () => ((asked += 1), Promise.resolve('cell-1')),
    );
    expect(asked).toBe(1);
  });

  it("logs another channel's failure and tells the rest; the origin's own failure fails the publication", async () => {
    const hub = createSharedCardNews(silentLogger);
    const [down, zalo, up] = [
      recorder('down', { fails: true }),
      recorder('zalo', { ownToo: true, fails: true }),
      recorder('up'),
    ];
    [down, zalo, up].forEach((listener) => hub.listen(listener));
    await expect(hub.publish('zalo', POSTED, () => Promise.resolve('cell-1'))).rejects.toThrow('zalo is down');
    expect(up.heard).toHaveLength(1);
    const hubWithoutOwn = createSharedCardNews(silentLogger);
    [down, up].forEach((listener) => hubWithoutOwn.listen(listener));
    await expect(hubWithoutOwn.publish('teams', POSTED, () => Promise.resolve('cell-1'))).resolves.toBeUndefined();
    expect(up.heard).toHaveLength(2);
  });
});
