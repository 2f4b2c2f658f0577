/**
 * Writing a validated roster into a cell: one transaction, so a file either
 * lands whole or not at all. Re-importing the same file changes nothing.
 */
import type { Database } from '../../store/database';
import type { RosterIssue, RosterSource, RosterWarning } from './issues';
import { planImport, type ImportPlan, type MemberChange } from './plan-import';
import type { RosterParseResult } from './validate-rows';

type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];
type Reader = Pick<Tx, 'cell' | 'member'>;

// A roster of hundreds of rows on a remote PostgreSQL outlasts Prisma's 5 s default; an admin import may wait.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 120_000 } as const;

/** Import into an existing cell, or create the cell (reused when one has the same name and parent). */
export type ImportTarget =
  | { readonly cellId: string }
  | { readonly createCell: { readonly name: string; readonly parentOrganisation?: string } };

export interface ImportOptions {
  /** Validate and count without writing. */
  readonly dryRun?: boolean;
}

export type RosterImportOutcome =
  | {
      readonly ok: true;
      readonly cellId: string | null;
      readonly cellCreated: boolean;
      readonly dryRun: boolean;
      readonly created: number;
      readonly updated: number;
      readonly unchanged: number;
      readonly notInFile: number;
      readonly warnings: readonly RosterWarning[];
      readonly source: RosterSource;
    }
  | {
      readonly ok: false;
      readonly issues: readonly RosterIssue[];
      readonly warnings: readonly RosterWarning[];
      readonly source: RosterSource;
    };

/** The cell to import into does not exist. */
export class CellNotFoundError extends Error {
  readonly code = 'cell.not_found';
  constructor(readonly cellId: string) {
    super(`Không tìm thấy chi bộ có mã "${cellId}"`);
    this.name = 'CellNotFoundError';
  }
}

// Thrown inside the transaction so Prisma rolls back a cell created for an import that is then refused.
class PlanRejected extends Error {
  constructor(readonly issues: readonly RosterIssue[]) {
    super('roster plan rejected');
  }
}

/** Imports parsed rows; refuses (writing nothing) when the file or the plan has any issue. */
export async function importRoster(
  db: Database,
  target: ImportTarget,
  parsed: RosterParseResult,
  options: ImportOptions = {},
): Promise<RosterImportOutcome> {
  const base = { warnings: parsed.warnings, source: parsed.source };
  if (parsed.issues.length > 0) return { ok: false, issues: parsed.issues, ...base };
  try {
    if (options.dryRun) return await dryRun(db.prisma, target, parsed);
    return await db.prisma.$transaction(async (tx) => {
      const { cellId, cellCreated } = await resolveCell(tx, target);
      const plan = planImport(await existingMembers(tx, cellId), parsed);
      if (plan.issues.length > 0) throw new PlanRejected(plan.issues);
      await applyPlan(tx, cellId, plan);
      await tx.auditEvent.create({
        data: { cellId, type: 'roster.imported', data: JSON.stringify({ ...counts(plan), cellCreated }) },
      });
      return success(plan, cellId, cellCreated, false, parsed);
    }, TRANSACTION_LIMITS);
  } catch (error) {
    if (error instanceof PlanRejected) return { ok: false, issues: error.issues, ...base };
    throw error;
  }
}

async function dryRun(reader: Reader, target: ImportTarget, parsed: RosterParseResult): Promise<RosterImportOutcome> {
  const cell = await findTargetCell(reader, target);
  const plan = planImport(cell ? await existingMembers(reader, cell.id) : [], parsed);
  if (plan.issues.length > 0) throw new PlanRejected(plan.issues);
  return success(plan, cell?.id ?? null, cell === null, true, parsed);
}

async function findTargetCell(reader: Reader, target: ImportTarget): Promise<{ id: string } | null> {
  if ('cellId' in target) {
    const cell = await reader.cell.findUnique({ where: { id: target.cellId }, select: { id: true } });
    if (!cell) throw new CellNotFoundError(target.cellId);
    return cell;
  }
  const parentOrganisation = target.createCell.parentOrganisation ?? '';
  return reader.cell.findFirst({
    where: { name: target.createCell.name, parentOrganisation },
    select: { id: true },
    orderBy: { createdAt: 'asc' },
  });
}

async function resolveCell(tx: Tx, target: ImportTarget): Promise<{ cellId: string; cellCreated: boolean }> {
  const found = await findTargetCell(tx, target);
  if (found) return { cellId: found.id, cellCreated: false };
  if ('cellId' in target) throw new CellNotFoundError(target.cellId);
  const { name, parentOrganisation = '' } = target.createCell;
  const cell = await tx.cell.create({ data: { name, parentOrganisation }, select: { id: true } });
  return { cellId: cell.id, cellCreated: true };
}

function existingMembers(reader: Reader, cellId: string) {
  return reader.member.findMany({ where: { cellId }, orderBy: { createdAt: 'asc' } });
}

async function applyPlan(tx: Tx, cellId: string, plan: ImportPlan): Promise<void> {
  const creates = plan.changes.flatMap((c) => (c.kind === 'create' ? [{ ...c.data, cellId }] : []));
  if (creates.length > 0) await tx.member.createMany({ data: creates });
  // Updates one by one: a transaction holds one connection, so parallel statements would only queue.
  for (const change of plan.changes) {
    if (change.kind === 'update') await tx.member.update({ where: { id: change.memberId }, data: change.data });
  }
}

function counts(plan: ImportPlan): { created: number; updated: number; unchanged: number; notInFile: number } {
  const count = (kind: MemberChange['kind']) => plan.changes.filter((c) => c.kind === kind).length;
  return {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    notInFile: plan.notInFile,
  };
}

function success(
  plan: ImportPlan,
  cellId: string | null,
  cellCreated: boolean,
  dryRun: boolean,
  parsed: RosterParseResult,
): RosterImportOutcome {
  return { ok: true, cellId, cellCreated, dryRun, ...counts(plan), warnings: parsed.warnings, source: parsed.source };
}
