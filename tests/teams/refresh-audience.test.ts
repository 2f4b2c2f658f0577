/**
 * The refresh lists a Teams channel keeps (src/channels/teams/refresh-audience.ts):
 * a burst reads the list once, and each channel's cache is its own — nothing
 * is shared through the module.
 */
import { createRefreshAudience } from '../../src/channels/teams/refresh-audience';
import { describeEachDatabase } from '../support/databases';
import { createCell, createMember } from '../support/factories';

describeEachDatabase('who a shared card auto-refreshes for', (getDb) => {
  async function boundCell(conversationId: string) {
    const db = getDb();
    const cell = await createCell(db);
    await db.prisma.conversation.create({
      data: { platform: 'teams', conversationId, cellId: cell.id, reference: '{}' },
    });
    const link = async (aad: string) => {
      const member = await createMember(db, cell.id);
      await db.prisma.channelAccount.create({ data: { platform: 'teams', platformUserId: aad, memberId: member.id } });
    };
    return { db, link };
  }

  it('answers a burst from one read, while a channel of its own reads afresh', async () => {
    const conversationId = '19:audience-test@thread.tacv2';
    const { db, link } = await boundCell(conversationId);
    await link('aad-1');
    const audience = createRefreshAudience(db);
    expect(await audience.of(conversationId, 'vote:m1')).toEqual(['aad-1']);
    await link('aad-2');
    // Within its few seconds the list stands (a member linked a moment ago waits to be on it).
    expect(await audience.of(conversationId, 'vote:m1')).toEqual(['aad-1']);
    expect([...(await createRefreshAudience(db).of(conversationId, 'vote:m1'))].sort()).toEqual(['aad-1', 'aad-2']);
  });

  it('lists nobody in a conversation bound to no cell', async () => {
    expect(await createRefreshAudience(getDb()).of('19:nobody@thread.tacv2', 'rollcall:x')).toEqual([]);
  });
});
