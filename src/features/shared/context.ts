/**
 * The typed context every feature handler receives: the turn, the ports, and
 * who and where the turn is, resolved once per turn (authenticate → resolve cell).
 */
import { DomainError } from '../../core/errors';
import { isCommittee } from '../../core/statuses';
import type { Database } from '../../store/database';
import type { Cell, Member } from '../../store/rows';
import { toMemberRole } from '../../store/mappers';
import type { Clock, Logger } from '../ports';
import type { DocumentLinks } from '../minutes/document-links';
import type { CommitteeReportLinks } from '../../reports/committee-report-links';
import type { Directory, Turn } from '../turn';

export interface Services {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Signed download and dashboard links; absent where the server cannot issue them. */
  readonly links?: DocumentLinks;
  /** Signed links to a committee's report files and page; absent where the server cannot issue them. */
  readonly committeeLinks?: CommitteeReportLinks;
}

export interface FeatureContext extends Services {
  readonly turn: Turn;
  /** The cell this conversation (or this member's account) belongs to. */
  readonly cell: Cell | null;
  /** The roster member the platform authenticated, or null for a stranger. */
  readonly member: Member | null;
  // channel ports (issue 16): begin
  /** Who is in the conversation, from the channel (Teams' members API); absent where the channel lists no one. */
  readonly directory?: Directory;
  // channel ports (issue 16): end
}

/** The cell, or a domain error telling the user the conversation is not set up. */
export function requireCell(ctx: FeatureContext): Cell {
  if (!ctx.cell) throw new DomainError('cell.unknown');
  return ctx.cell;
}

/** The acting roster member, or a domain error for a stranger. */
export function requireMember(ctx: FeatureContext): Member {
  if (!ctx.member) throw new DomainError('member.unknown');
  return ctx.member;
}

/** The acting member when they are on the committee (secretary, deputy, committee member). */
export function requireCommittee(ctx: FeatureContext): Member {
  const member = requireMember(ctx);
  if (!isCommittee(toMemberRole(member.role))) throw new DomainError('role.secretary_only');
  return member;
}

export function memberIsCommittee(member: Member | null): boolean {
  return member !== null && isCommittee(toMemberRole(member.role));
}
