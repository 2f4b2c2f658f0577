/**
 * Who a signed link lets in: the member it names, only while they are on the
 * committee of the cell the subject belongs to (checked on every request, so a
 * link stops working when the role is taken away). Anyone else gets 403 and
 * no data.
 */
import { isCommittee } from '../../core/statuses';
import type { Database } from '../../store/database';
import { toMemberRole } from '../../store/mappers';
import type { Member } from '../../store/rows';
import { ApiError } from '../../server';
import { verifyLink, type LinkPurpose } from '../signed-links';

export const NOT_ALLOWED_VI =
  'Không được phép: chỉ đồng chí Bí thư, Phó Bí thư và chi ủy viên của chi bộ được xem nội dung này.';

function notAllowed(): ApiError {
  return new ApiError(403, 'link.not_allowed', NOT_ALLOWED_VI);
}

/** Verifies the token and returns the committee member and the subject it names. */
export async function authorizeLink(
  db: Database,
  secret: string,
  token: string,
  now: Date,
  purpose: LinkPurpose,
): Promise<{ member: Member; subjectId: string }> {
  const check = verifyLink(secret, token, now, purpose);
  if (!check.ok) {
    if (check.reason === 'expired')
      throw new ApiError(
        410,
        'link.expired',
        'Đường dẫn đã hết hiệu lực; đề nghị đồng chí yêu cầu đường dẫn mới từ Trợ lý chi bộ.',
      );
    throw new ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
  }
  const member = await db.prisma.member.findUnique({ where: { id: check.claims.memberId } });
  if (!member || !isCommittee(toMemberRole(member.role))) throw notAllowed();
  return { member, subjectId: check.claims.subjectId };
}

/** The subject (meeting or cell) must belong to the member's own cell. */
export function requireSameCell(member: Member, cellId: string | null | undefined): void {
  if (cellId !== member.cellId) throw notAllowed();
}
