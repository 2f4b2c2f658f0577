/**
 * A tiny channel written the way ARCHITECTURE.md's "Add a channel" says, to
 * prove the recipe: its own folder and one line in the registry list. It
 * authenticates nobody (the request names the user: a test channel), maps a
 * request to a Turn, hands the core a directory port, publishes the turn's
 * shared-card news once, and records what reaches it: its listener's news, its
 * transport's proactive sends.
 *
 *   POST /fake/api/turn { userId, conversationId, text } | { userId, conversationId, verb, data }
 *   → { replies: string[], updatedCard?: string, error?: { code } }
 */
import type { ChannelFactory, ChannelModule } from '../../../src/channels/module';
import type { SharedCardNews } from '../../../src/channels/shared-card-news';
import type { CardVerb, CardView } from '../../../src/cards/view-models';
import type { ConversationMember, InboundEvent, Reply, Turn } from '../../../src/features/turn';
import type { OutboxPayload } from '../../../src/outbox/types';

export const FAKE = 'fake';

export interface FakeChannel extends ChannelModule {
  /** Shared-card news its listener heard, with the cell it was for. */
  readonly heard: { readonly cellId: string; readonly news: SharedCardNews }[];
  /** What the outbox sent through its transport. */
  readonly sent: { readonly recipient: string; readonly payload: OutboxPayload }[];
  /** The accounts its directory lists in every conversation. */
  readonly people: ConversationMember[];
}

interface TurnRequest {
  readonly userId: string;
  readonly conversationId: string;
  readonly text?: string;
  readonly verb?: CardVerb;
  readonly data?: Record<string, unknown>;
}

/** A view as one line of text (the fake's "rendering"). */
function textOf(view: CardView): string {
  return JSON.stringify(view);
}

function replyText(reply: Reply): string {
  return reply.kind === 'text' ? reply.text : textOf(reply.view);
}

export const fakeChannel: ChannelFactory<FakeChannel> = {
  platform: FAKE,
  create({ bot, clock, news }) {
    const heard: FakeChannel['heard'] = [];
    const sent: FakeChannel['sent'] = [];
    const people: ConversationMember[] = [];
    let serial = 0;
    return {
      platform: FAKE,
      heard,
      sent,
      people,
      routes: [
        {
          name: FAKE,
          register(server) {
            server.post('/fake/api/turn', async (req, res) => {
              const body = req.body as TurnRequest;
              const event: InboundEvent =
                body.verb === undefined
                  ? { kind: 'message', text: body.text ?? '' }
                  : { kind: 'card.action', verb: body.verb, data: body.data ?? {} };
              const turn: Turn = {
                event,
                actor: { platform: FAKE, platformUserId: body.userId },
                conversation: { platform: FAKE, conversationId: body.conversationId, personal: false },
                locale: 'vi',
                receivedAt: clock.now(),
                requestId: `fake-${(serial += 1)}`,
              };
              const result = await bot.handle(turn, { directory: { members: () => Promise.resolve(people) } });
              // A test channel: the conversation id names the cell.
              await news.publish(FAKE, result, () => Promise.resolve(body.conversationId));
              res.send(200, {
                replies: result.replies.map(replyText),
                ...(result.updatedCard === undefined ? {} : { updatedCard: textOf(result.updatedCard) }),
                ...(result.error === undefined ? {} : { error: { code: result.error.code } }),
              });
            });
          },
        },
      ],
      transport: {
        platform: FAKE,
        send: (recipient, payload) => {
          sent.push({ recipient, payload });
          return Promise.resolve({ platformMessageId: `fake-message-${sent.length}` });
        },
      },
      renderer: { platform: FAKE, render: (view) => Promise.resolve({ kind: 'text', text: textOf(view) }) },
      listener: {
        platform: FAKE,
        wants: (heardNews) => heardNews.posted.length > 0 || heardNews.decided.length > 0,
        hear: (cellId, heardNews) => {
          heard.push({ cellId, news: heardNews });
          return Promise.resolve();
        },
      },
    };
  },
};
