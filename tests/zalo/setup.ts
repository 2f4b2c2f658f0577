/** The cell every Zalo test uses: a secretary, two official members and a probationary one, and their Zalo ids. */
import { connectOa } from '../../src/channels/zalo/token-store';
import type { Member } from '../../src/store/rows';
import { createCell, createRoster } from '../support/factories';
import { expectOk, playgroundTurn, asPlayground } from '../support/turns';
import { OA_ID, type ZaloHarness } from './harness';

export interface ZaloCell {
  readonly cellId: string;
  readonly secretary: Member;
  readonly official1: Member;
  readonly official2: Member;
  readonly probationary: Member;
  /** Zalo user ids (long numeric strings: they would overflow a JS number). */
  readonly users: {
    readonly secretary: string;
    readonly official1: string;
    readonly official2: string;
    readonly probationary: string;
  };
}

export async function seedZaloCell(h: ZaloHarness): Promise<ZaloCell> {
  const cell = await createCell(h.db, { name: 'Chi bộ Phòng Kỹ thuật' });
  const { secretary, byStatus } = await createRoster(h.db, cell.id, { official: 3, probationary: 1 });
  await connectOa(h.db, { oaId: OA_ID, refreshToken: 'RT-0', cellId: cell.id });
  h.standIn.setRefreshToken('RT-0');
  return {
    cellId: cell.id,
    secretary,
    official1: byStatus.official[1]!,
    official2: byStatus.official[2]!,
    probationary: byStatus.probationary[0]!,
    users: {
      secretary: '9007199254740993001',
      official1: '9007199254740993002',
      official2: '9007199254740993003',
      probationary: '9007199254740993004',
    },
  };
}

/** Links a member's Zalo account without the code dance (for tests about something else). */
export async function linkDirectly(h: ZaloHarness, member: Member, userId: string): Promise<void> {
  await h.db.prisma.channelAccount.create({ data: { platform: 'zalo', platformUserId: userId, memberId: member.id } });
  await h.db.prisma.zaloThread.create({ data: { threadId: `user:${userId}`, lastInteractionAt: h.clock.now() } });
}

/** The secretary creates the September meeting (through the playground turn: Zalo has no forms). */
export async function createMeeting(h: ZaloHarness, secretary: Member): Promise<string> {
  const result = expectOk(
    await asPlayground(h.db, h.bot).handle(
      playgroundTurn(
        secretary,
        {
          kind: 'card.action',
          verb: 'meeting.create',
          data: {
            date: '2025-09-05',
            time: '14:00',
            form: 'in_person',
            kind: 'regular',
            venues: 'Hội trường tầng 3',
            agenda: 'Thông tin thời sự\nNghị quyết tháng 9',
            chairMemberId: secretary.id,
          },
        },
        h.clock,
      ),
    ),
  );
  const card = result.replies.find((r) => r.kind === 'card' && r.view.type === 'notice');
  if (card?.kind !== 'card' || card.view.type !== 'notice') throw new Error('no notice preview');
  return card.view.meetingId;
}
