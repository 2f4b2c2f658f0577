/**
 * Over the Teams protocol (real HTTP on loopback, the connector stand-in): in
 * a channel the bot was added to but nobody has set up yet, "@chibo trợ giúp"
 * and a probationary-sounding "@chibo kết thúc biểu quyết" are answered with
 * how to set the cell up, not with member commands that cannot work yet.
 */
import { attachedCard, cardText, executeActions } from './card-text';
import { botAdded, mention, scene, teamsUser, type TeamsScene } from './activities';
import { startTeamsHarness, type TeamsHarness } from './harness';

jest.setTimeout(120_000);

describe('help in a Teams channel not yet bound to a cell, over HTTP', () => {
  let h: TeamsHarness;
  let s: TeamsScene;
  const someone = teamsUser(77, 'Nguyễn Thị Ánh', 'anh@example.vn');

  beforeAll(async () => {
    h = await startTeamsHarness({ start: new Date('2025-09-01T02:00:00Z') });
    s = scene(h.connector.serviceUrl);
    expect((await h.post(botAdded(s, someone))).status).toBe(200);
    await h.flushOutbox();
  });
  afterAll(async () => {
    await h?.close();
  });

  async function answerTo(text: string, locale = 'vi-VN'): Promise<Record<string, unknown>[]> {
    const before = h.connector.posted.length;
    expect((await h.post(mention(s, someone, text, locale))).status).toBe(200);
    await h.flushOutbox();
    return h.connector.posted.slice(before).map((p) => attachedCard(p.activity) ?? {});
  }

  it('answers "trợ giúp" with the setup steps and the setup button', async () => {
    const cards = await answerTo('trợ giúp');
    const text = cards.map(cardText).join('\n');
    expect(text).toContain('Cuộc trò chuyện này chưa được gắn với chi bộ nào');
    expect(text).toContain('Các bước thiết lập');
    expect(text).not.toMatch(/tán thành|xin vắng|điểm danh hộ|kết thúc biểu quyết/u);
    expect(cards.flatMap(executeActions).map((a) => a.verb)).toEqual(['setup.start']);
  });

  it('answers "help" in English when the client is in English', async () => {
    const text = (await answerTo('help', 'en-US')).map(cardText).join('\n');
    expect(text).toContain('This conversation is not bound to a cell yet');
    expect(text).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u);
  });

  it('refuses a meeting command by saying the conversation is not set up', async () => {
    const text = (await answerTo('kết thúc biểu quyết')).map(cardText).join('\n');
    expect(text).toContain(
      'Cuộc trò chuyện này chưa được gắn với chi bộ nào. Đề nghị đồng chí Bí thư thiết lập chi bộ.',
    );
    expect(text).not.toContain('Không tìm thấy');
  });
});
