/**
 * The tables a backup holds: every Prisma model, parents before children so a
 * restore inserts rows in an order the foreign keys accept. A test checks the
 * list against the generated client's models, so a new model cannot be forgotten.
 */
import type { PrismaClient } from './generated/sqlite/client';

export interface BackupTable {
  /** The model's name (the table's name in both databases). */
  readonly model: string;
  /** Its primary key, for a stable row order. */
  readonly key: string;
}

const table = (model: string, key = 'id'): BackupTable => ({ model, key });

export const BACKUP_TABLES: readonly BackupTable[] = [
  // A sub-committee's parent usually sorts first; both land in one multi-row insert anyway, checked at its end.
  table('Committee'),
  table('CommitteeMember'),
  table('CommitteeAccount'),
  table('Cell'),
  table('Member'),
  table('ChannelAccount'),
  table('Conversation'),
  table('Meeting'),
  table('AgendaItem'),
  table('Guest'),
  table('Attendance'),
  table('Motion'),
  table('Ballot'),
  table('Opinion'),
  table('Speech'),
  table('Task'),
  table('Target'),
  table('OutboxMessage'),
  table('JobRun'),
  table('AuditEvent'),
  table('Lease', 'name'),
  table('CardMessage'),
  table('ZaloToken'),
  table('ZaloWebhookEvent'),
  table('ZaloThread', 'threadId'),
];

export type Row = Record<string, unknown>;

/** What a backup needs of a model's delegate (prisma.cell, prisma.member, …). */
export interface TableDelegate {
  findMany(args: { orderBy: Record<string, 'asc'> }): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<{ count: number }>;
  count(): Promise<number>;
}

type Client = Pick<PrismaClient, 'cell'>;

/** The delegate of a model: prisma.<model in camelCase>. */
export function delegateOf(client: Client, model: string): TableDelegate {
  const name = model.charAt(0).toLowerCase() + model.slice(1);
  const delegate = (client as unknown as Record<string, TableDelegate | undefined>)[name];
  if (!delegate) throw new Error(`backup: the client has no model ${model}`);
  return delegate;
}
