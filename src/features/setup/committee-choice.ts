/**
 * The setup form's "Trực thuộc đảng bộ" choice (issue 15): a cell set up in a
 * chat can be put under one of the instance's committees, as `cells move`
 * does from the CLI. The committee then reads the cell's reports, so the
 * change is audited (`cell.committee_changed`) like any setting.
 */
import type { Database } from '../../store/database';
import type { Cell } from '../../store/rows';
import { moveCell } from '../committees/manage-committees';

export const COMMITTEE_CHANGED = 'cell.committee_changed';

/** The input value of "no committee": the cell stays an island. */
export const NO_COMMITTEE = 'none';

export interface CommitteeChoice {
  readonly id: string;
  readonly name: string;
}

const collator = new Intl.Collator('vi');

/** The instance's committees by name, the order a reader looks for one in. */
export async function loadCommitteeChoices(db: Database): Promise<CommitteeChoice[]> {
  const rows = await db.prisma.committee.findMany({ select: { id: true, name: true } });
  return rows.sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** What the form sent: undefined (not on the form), null (no committee), an offered id, or 'invalid'. */
export function parseCommitteeInput(
  raw: unknown,
  choices: readonly CommitteeChoice[],
): string | null | undefined | 'invalid' {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string') return 'invalid';
  const value = raw.trim();
  if (value === '' || value === NO_COMMITTEE) return null;
  return choices.some((c) => c.id === value) ? value : 'invalid';
}

/** Moves the cell when the choice differs from where it is; returns the cell as it is afterwards. */
export async function applyCommitteeChoice(
  db: Database,
  cell: Cell,
  committeeId: string | null,
  actorMemberId: string,
): Promise<Cell> {
  if (committeeId === cell.committeeId) return cell;
  const moved = await moveCell(db, { cellId: cell.id, committeeId });
  await db.prisma.auditEvent.create({
    data: {
      cellId: cell.id,
      actorMemberId,
      type: COMMITTEE_CHANGED,
      subjectId: cell.id,
      data: JSON.stringify({ old: cell.committeeId, new: committeeId, source: 'card' }),
    },
  });
  return moved;
}
