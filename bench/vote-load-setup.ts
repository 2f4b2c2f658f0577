/**
 * The vote-load bench's world: C cells of M official members with Teams
 * accounts, each cell bound to a channel of its own with a meeting in
 * progress (everyone present) and one open motion whose card was posted there
 * (so every ballot also queues a coalesced card update, as in production),
 * plus a closed motion per cell for the bare endpoint's rows.
 */
import { cardKey } from '../src/features/shared/card-keys';
import type { Database } from '../src/store/database';
import { BOT_ID } from './vote-burst-setup';

export interface LoadMember {
  readonly id: string;
  readonly aadObjectId: string;
}

export interface LoadCell {
  readonly cellId: string;
  readonly conversationId: string;
  readonly messageId: string;
  readonly motionId: string;
  readonly bareMotionId: string;
  readonly members: readonly LoadMember[];
}

function aadOf(cell: number, member: number): string {
  return `00000000-0000-4000-9${cell.toString(16).padStart(3, '0')}-${member.toString(16).padStart(12, '0')}`;
}

async function createCell(
  db: Database,
  n: number,
  memberCount: number,
  start: Date,
  serviceUrl: string,
): Promise<LoadCell> {
  const cell = await db.prisma.cell.create({
    data: { name: `Chi bộ Thử tải ${n + 1}`, parentOrganisation: 'Đảng bộ Thử tải' },
  });
  const rows = Array.from({ length: memberCount }, (_, i) => ({
    cellId: cell.id,
    fullName: `Đảng viên ${String(i + 1).padStart(3, '0')}`,
    status: 'official',
    role: i === 0 ? 'secretary' : 'member',
  }));
  await db.prisma.member.createMany({ data: rows });
  const found = await db.prisma.member.findMany({
    where: { cellId: cell.id },
    orderBy: { fullName: 'asc' },
    select: { id: true },
  });
  const members = found.map((m, i) => ({ id: m.id, aadObjectId: aadOf(n + 1, i + 1) }));
  await db.prisma.channelAccount.createMany({
    data: members.map((m) => ({ platform: 'teams', platformUserId: m.aadObjectId, memberId: m.id })),
  });
  const conversationId = `19:benchcell${n + 1}@thread.tacv2`;
  const reference = {
    channelId: 'msteams',
    serviceUrl,
    bot: { id: BOT_ID, name: 'chibo' },
    conversation: { id: conversationId, isGroup: true, conversationType: 'channel' },
  };
  await db.prisma.conversation.create({
    data: { platform: 'teams', conversationId, cellId: cell.id, reference: JSON.stringify(reference) },
  });
  const ids = members.map((m) => m.id);
  const meeting = await db.prisma.meeting.create({
    data: {
      cellId: cell.id,
      period: '2023-12',
      form: 'online',
      startsAt: start,
      status: 'in_progress',
      startedAt: start,
      chairMemberId: ids[0] ?? null,
    },
  });
  await db.prisma.attendance.createMany({
    data: ids.map((memberId) => ({ meetingId: meeting.id, memberId, presence: 'present', checkedInAt: start })),
  });
  const motion = await db.prisma.motion.create({
    data: {
      meetingId: meeting.id,
      title: 'Nghị quyết Chi bộ tháng 12/2023',
      openedAt: start,
      openedByMemberId: ids[0] ?? null,
    },
  });
  const messageId = String(1_700_000_000_000 + n);
  await db.prisma.cardMessage.create({
    data: { platform: 'teams', conversationId, cardKey: cardKey('vote', motion.id), platformMessageId: messageId },
  });
  const bare = await db.prisma.motion.create({
    data: { meetingId: meeting.id, title: 'Đối chứng', status: 'closed', openedAt: start },
  });
  return { cellId: cell.id, conversationId, messageId, motionId: motion.id, bareMotionId: bare.id, members };
}

/** Builds the world in an empty, migrated database. `serviceUrl`: the stand-in Bot Connector the card updates go to. */
export async function createLoadWorld(
  db: Database,
  cells: number,
  members: number,
  start: Date,
  serviceUrl: string,
): Promise<LoadCell[]> {
  const world: LoadCell[] = [];
  for (let n = 0; n < cells; n += 1) world.push(await createCell(db, n, members, start, serviceUrl));
  return world;
}

export type LoadChoice = 'approve' | 'reject';

/** One in five members rejects, so each tally has two figures to check. */
export function choiceOf(memberIndex: number): LoadChoice {
  return memberIndex % 5 === 4 ? 'reject' : 'approve';
}

/** The invoke Teams sends when a member of `cell` presses a choice on its vote card. */
export function loadInvoke(
  cell: LoadCell,
  member: LoadMember,
  n: number,
  choice: LoadChoice,
  serviceUrl: string,
): object {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:load${n}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:load${n}`, aadObjectId: member.aadObjectId, name: `Đảng viên ${n}` },
    recipient: { id: BOT_ID, name: 'chibo' },
    conversation: {
      id: `${cell.conversationId};messageid=${cell.messageId}`,
      isGroup: true,
      conversationType: 'channel',
    },
    replyToId: cell.messageId,
    locale: 'vi-VN',
    value: {
      action: { type: 'Action.Execute', verb: 'vote.cast', data: { motionId: cell.motionId, choice } },
      trigger: 'manual',
    },
  };
}
