/**
 * The vote-burst bench's world: a cell of N official members with Teams
 * accounts, all present at a meeting in progress, one open motion whose card
 * was posted in the bound channel (so every ballot also queues a coalesced
 * card update, as in production).
 */
import { cardKey } from '../src/features/shared/card-keys';
import type { Database } from '../src/store/database';

export const CHANNEL_ID = '19:benchchannel@thread.tacv2';
export const SERVICE_URL = 'http://127.0.0.1:9/';
export const BOT_ID = '28:chibo-bench';

export interface BenchWorld {
  readonly cellId: string;
  readonly motionId: string;
  /** A second open motion of another meeting for the bare endpoint (its own tally). */
  readonly bareMotionId: string;
  readonly members: readonly { readonly id: string; readonly aadObjectId: string }[];
}

function aadOf(n: number): string {
  return `00000000-0000-4000-9000-${n.toString(16).padStart(12, '0')}`;
}

async function createMembers(db: Database, cellId: string, count: number): Promise<BenchWorld['members']> {
  const rows = Array.from({ length: count }, (_, i) => ({
    cellId,
    fullName: `Đảng viên ${String(i + 1).padStart(4, '0')}`,
    status: 'official',
    role: i === 0 ? 'secretary' : 'member',
  }));
  await db.prisma.member.createMany({ data: rows });
  const members = await db.prisma.member.findMany({
    where: { cellId },
    orderBy: { fullName: 'asc' },
    select: { id: true },
  });
  const linked = members.map((m, i) => ({ id: m.id, aadObjectId: aadOf(i + 1) }));
  await db.prisma.channelAccount.createMany({
    data: linked.map((m) => ({ platform: 'teams', platformUserId: m.aadObjectId, memberId: m.id })),
  });
  return linked;
}

async function createMeeting(db: Database, cellId: string, memberIds: readonly string[], start: Date): Promise<string> {
  const meeting = await db.prisma.meeting.create({
    data: {
      cellId,
      period: '2023-12',
      form: 'online',
      startsAt: start,
      status: 'in_progress',
      startedAt: start,
      chairMemberId: memberIds[0] ?? null,
    },
  });
  await db.prisma.attendance.createMany({
    data: memberIds.map((memberId) => ({ meetingId: meeting.id, memberId, presence: 'present', checkedInAt: start })),
  });
  return meeting.id;
}

/** Builds the world in an empty, migrated database. */
/** `serviceUrl`: where the bot sends card updates (a stand-in Bot Connector, or a closed port). */
export async function createBenchWorld(
  db: Database,
  memberCount: number,
  start: Date,
  serviceUrl = SERVICE_URL,
): Promise<BenchWorld> {
  const cell = await db.prisma.cell.create({ data: { name: 'Chi bộ Thử tải', parentOrganisation: 'Đảng bộ Thử tải' } });
  const members = await createMembers(db, cell.id, memberCount);
  const reference = {
    channelId: 'msteams',
    serviceUrl,
    bot: { id: BOT_ID, name: 'chibo' },
    conversation: { id: CHANNEL_ID, isGroup: true, conversationType: 'channel' },
  };
  await db.prisma.conversation.create({
    data: { platform: 'teams', conversationId: CHANNEL_ID, cellId: cell.id, reference: JSON.stringify(reference) },
  });
  const ids = members.map((m) => m.id);
  const meetingId = await createMeeting(db, cell.id, ids, start);
  const motion = await db.prisma.motion.create({
    data: { meetingId, title: 'Nghị quyết Chi bộ tháng 12/2023', openedAt: start, openedByMemberId: ids[0] ?? null },
  });
  await db.prisma.cardMessage.create({
    data: {
      platform: 'teams',
      conversationId: CHANNEL_ID,
      cardKey: cardKey('vote', motion.id),
      platformMessageId: '1700000000001',
    },
  });
  const bare = await db.prisma.motion.create({
    data: { meetingId, title: 'Đối chứng', status: 'closed', openedAt: start },
  });
  return { cellId: cell.id, motionId: motion.id, bareMotionId: bare.id, members };
}

/** The invoke Teams sends when member `aadObjectId` presses "Tán thành". */
export function voteInvoke(aadObjectId: string, n: number, motionId: string): object {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:bench${n}`,
    channelId: 'msteams',
    serviceUrl: SERVICE_URL,
    from: { id: `29:bench${n}`, aadObjectId, name: `Đảng viên ${n}` },
    recipient: { id: BOT_ID, name: 'chibo' },
    conversation: { id: `${CHANNEL_ID};messageid=1700000000001`, isGroup: true, conversationType: 'channel' },
    replyToId: '1700000000001',
    locale: 'vi-VN',
    value: {
      action: { type: 'Action.Execute', verb: 'vote.cast', data: { motionId, choice: 'approve' } },
      trigger: 'manual',
    },
  };
}
