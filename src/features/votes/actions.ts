/** Votes: opening, ballots (buttons or text), a show of hands recorded, and the close. */
import { z } from 'zod';
import type { HandsCount } from '../../core/on-behalf';
import { VOTE_CHOICES } from '../../core/types';
import { defineAction } from '../shared/action';
import { id, shortText } from '../shared/action-fields';
import { cardKey } from '../shared/card-keys';
import { chair, chairOrMinuteTaker } from '../shared/who';
import { castVote } from './cast-vote';
import { closeVote } from './close-vote';
import { openVote } from './open-vote';
import { recordShowOfHands } from './show-of-hands';

const handsCounts = z
  .array(
    z.object({
      choice: z.enum(VOTE_CHOICES),
      names: z.array(z.object({ name: z.string().min(1).max(200), comment: shortText(1000) })).max(1000),
    }),
  )
  .min(1)
  .transform((counts): HandsCount[] =>
    counts.map((c) => ({
      choice: c.choice,
      names: c.names.map((n) => (n.comment === undefined ? { name: n.name } : { name: n.name, comment: n.comment })),
    })),
  );

export const voteActions = [
  defineAction({
    verb: 'vote.open',
    who: 'committee',
    schema: z
      .object({ meetingId: id.optional(), title: z.string().min(1).max(500), kind: z.string().max(40).optional() })
      .loose(),
    // The kind stays as typed, so the feature can refuse secret-ballot kinds with a reason.
    commands: { 'vote.open': (c) => ({ title: c.title, kind: c.kind }) },
    help: [
      {
        rank: 100,
        command: 'biểu quyết <nội dung>',
        alias: 'vote <title>',
        vi: 'Mở biểu quyết (kết nạp: …, công nhận chính thức: … cần 2/3)',
        en: 'Open a vote (admission: …, confirmation: … need 2/3)',
      },
    ],
    handle: (ctx, data) => openVote(ctx, { ...data, kind: data.kind ?? 'resolution' }),
  }),
  defineAction({
    verb: 'vote.cast',
    who: 'member',
    // No motionId when typed: the cell's open motion. The feature keeps the first 1,000 characters of a comment.
    schema: z.object({ motionId: id.optional(), choice: z.enum(VOTE_CHOICES), comment: shortText(4000) }).loose(),
    pressedOn: ({ motionId }) => (motionId === undefined ? undefined : cardKey('vote', motionId)),
    commands: { 'vote.cast': (c) => ({ choice: c.choice, comment: c.comment }) },
    help: [
      {
        rank: 110,
        command: 'tán thành | không tán thành | ý kiến khác: …',
        alias: 'approve | reject | other: …',
        vi: 'Biểu quyết (đảng viên chính thức)',
        en: 'Cast a ballot (official members)',
      },
    ],
    handle: (ctx, data) => castVote(ctx, data),
  }),
  defineAction({
    verb: 'vote.hands',
    who: chairOrMinuteTaker('role.recorder_only'),
    schema: z.object({ counts: handsCounts }).loose(),
    commands: {
      'vote.hands': (c) => ({ counts: c.counts.map((count) => ({ choice: count.choice, names: [...count.names] })) }),
    },
    help: [
      {
        rank: 120,
        command: 'biểu quyết giơ tay: tán thành <họ tên>, …; không tán thành …',
        alias: 'show of hands: approve <name>, …; reject …',
        vi: 'Ghi nhận biểu quyết giơ tay tại hội trường (chủ trì, thư ký)',
        en: 'Record a show of hands in the room (chair, minute-taker)',
      },
    ],
    handle: (ctx, data) => recordShowOfHands(ctx, data.counts),
  }),
  defineAction({
    verb: 'vote.close',
    who: chair('role.chair_only'),
    schema: z.object({ motionId: id.optional() }).loose(),
    pressedOn: ({ motionId }) => (motionId === undefined ? undefined : cardKey('vote', motionId)),
    commands: { 'vote.close': () => ({}) },
    help: [
      {
        rank: 130,
        command: 'kết thúc biểu quyết',
        alias: 'close vote',
        vi: 'Kết thúc biểu quyết, công bố kết quả',
        en: 'Close the vote and announce the result',
      },
    ],
    handle: (ctx, data) => closeVote(ctx, data.motionId),
  }),
];
