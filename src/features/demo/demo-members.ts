/** The demo cell's roster: sixteen members of every status, and where each sat at the held meeting. */
import type { MemberRole, MemberStatus } from '../../core/types';

type Presence = 'present' | 'excused' | null;
export interface DemoMember {
  readonly key: string;
  readonly fullName: string;
  readonly status: MemberStatus;
  readonly role: MemberRole;
  readonly group: string;
  /** At the held meeting: where they sat (main venue or online), excused with a reason, or not summoned. */
  readonly presence: Presence;
  readonly online?: boolean;
  readonly reason?: string;
}

// Key, name, status, role, party group, presence at the held meeting.
const M = (
  key: string,
  fullName: string,
  status: MemberStatus,
  role: MemberRole,
  group: string,
  presence: Presence,
  extra: Partial<DemoMember> = {},
): DemoMember => ({ key, fullName, status, role, group, presence, ...extra });
export const DEMO_MEMBERS: readonly DemoMember[] = [
  M('m01', 'Nguyễn Văn Hùng', 'official', 'secretary', 'Tổ 1', 'present'),
  M('m02', 'Trần Thị Mai', 'official', 'deputy_secretary', 'Tổ 1', 'present'),
  M('m03', 'Lê Minh Tuấn', 'official', 'committee', 'Tổ 2', 'present'),
  M('m04', 'Phạm Quốc Bảo', 'official', 'member', 'Tổ 1', 'present'),
  M('m05', 'Hoàng Thị Lan', 'official', 'member', 'Tổ 1', 'present'),
  M('m06', 'Vũ Đức Thắng', 'official', 'member', 'Tổ 2', 'present', { online: true }),
  M('m07', 'Đặng Thị Hồng', 'official', 'member', 'Tổ 2', 'present'),
  M('m08', 'Bùi Văn Nam', 'official', 'member', 'Tổ 2', 'present', { online: true }),
  M('m09', 'Đỗ Thị Thu Hà', 'official', 'member', 'Tổ 1', 'present'),
  M('m10', 'Ngô Quang Huy', 'official', 'member', 'Tổ 2', 'present'),
  M('m11', 'Dương Thị Ngọc', 'official', 'member', 'Tổ 1', 'excused', { reason: 'Đi công tác tại Nhà máy Đà Nẵng' }),
  M('m12', 'Lý Hoàng Long', 'probationary', 'member', 'Tổ 2', 'present'),
  M('m13', 'Phan Thị Yến', 'probationary', 'member', 'Tổ 1', 'present', { online: true }),
  M('m14', 'Trịnh Văn Sơn', 'exempt', 'member', 'Tổ 2', null),
  M('m15', 'Cao Thị Thanh', 'attached_in', 'member', 'Tổ 2', 'present'),
  M('m16', 'Mai Xuân Trường', 'attached_out', 'member', 'Tổ 1', null),
];
